/**
 * @module The browser-chrome colours of the installed app: the page background of each theme
 * (Tailwind's white and zinc-950, app/globals.css), for the manifest and the theme-color meta.
 */
export const THEME_COLORS = { light: '#ffffff', dark: '#09090b' } as const
