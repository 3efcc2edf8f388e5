/**
 * @module rehype plugin: highlights fenced code at build time with Shiki, in a light and a dark
 * theme at once. Each token carries `--shiki-light` and `--shiki-dark` CSS variables
 * (`defaultColor: false`), and app/globals.css (the `.shiki` rules) picks one by the `dark` class, so
 * no highlighter and no theme switch logic reaches the browser.
 *
 * Plain JavaScript on purpose: @next/mdx imports plugins by path (Turbopack needs serialisable
 * options), outside the TypeScript pipeline.
 */
import { createHighlighter } from 'shiki'

export const THEMES = { light: 'github-light-default', dark: 'github-dark-default' }
// github-light-default greys comments at #6E7781: 4.35:1 on the code boxes' #FAFAFA, below WCAG
// AA's 4.5:1. Its own muted foreground, #57606A, is 6.1:1. The dark theme's comments pass.
const COLOR_REPLACEMENTS = { 'github-light-default': { '#6e7781': '#57606a' } }
const LANGS = [
  'javascript',
  'typescript',
  'jsx',
  'tsx',
  'json',
  'http',
  'shellscript',
  'python',
  'yaml',
  'html',
  'diff',
]
const ALIASES = {
  js: 'javascript',
  ts: 'typescript',
  sh: 'shellscript',
  bash: 'shellscript',
  shell: 'shellscript',
  py: 'python',
  yml: 'yaml',
  jsonc: 'json',
}

/** @type {Promise<import('shiki').Highlighter> | undefined} */
let highlighter

function getHighlighter() {
  highlighter ??= createHighlighter({ themes: Object.values(THEMES), langs: LANGS })
  return highlighter
}

/** @param {any} node @returns {string} */
function textOf(node) {
  if (node.type === 'text') return node.value
  return (node.children ?? []).map(textOf).join('')
}

/** @param {any} node @param {(node: any) => void} visit */
function walk(node, visit) {
  visit(node)
  if (Array.isArray(node.children)) for (const child of node.children) walk(child, visit)
}

/**
 * Highlights one snippet to a hast `<pre>`; unknown languages stay plain but keep the same box.
 *
 * @param {string} code
 * @param {string} language as written after the fence, e.g. `js`
 * @example
 * const pre = await highlightToHast('const a = 1', 'js') // => { type: 'element', tagName: 'pre', ... }
 */
export async function highlightToHast(code, language) {
  const shiki = await getHighlighter()
  const wanted = ALIASES[language] ?? language
  const lang = shiki.getLoadedLanguages().includes(wanted) ? wanted : 'text'
  const root = shiki.codeToHast(code, {
    lang,
    themes: THEMES,
    defaultColor: false,
    colorReplacements: COLOR_REPLACEMENTS,
  })
  const pre = root.children.find((child) => child.type === 'element' && child.tagName === 'pre')
  pre.properties = { ...pre.properties, dataLanguage: language || 'text' }
  return pre
}

/** The rehype plugin: every `<pre><code class="language-x">` becomes Shiki's dual-theme markup. */
export default function rehypeShiki() {
  /** @param {any} tree */
  return async (tree) => {
    /** @type {any[]} */
    const blocks = []
    walk(tree, (node) => {
      if (node.type !== 'element' || node.tagName !== 'pre') return
      const code = node.children?.find((c) => c.type === 'element' && c.tagName === 'code')
      if (code) blocks.push({ pre: node, code })
    })
    await Promise.all(
      blocks.map(async ({ pre, code }) => {
        const className = [code.properties?.className ?? []].flat().map(String)
        const language = className.find((c) => c.startsWith('language-'))?.slice(9) ?? ''
        const highlighted = await highlightToHast(textOf(code).replace(/\n$/, ''), language)
        pre.properties = highlighted.properties
        pre.children = highlighted.children
      }),
    )
  }
}
