/** @module Sets the theme class before first paint, so a dark-mode reader never sees a white flash. */

export const THEME_STORAGE_KEY = 'theme'

// Kept tiny and dependency-free: it runs inline in <head> before any bundle loads.
const script = `(function(){try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t!=='light'&&t!=='dark')t='system';var d=t==='dark'||(t==='system'&&window.matchMedia('(prefers-color-scheme: dark)').matches);var e=document.documentElement;e.classList.toggle('dark',d);e.dataset.theme=t}catch(_){}})()`

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />
}
