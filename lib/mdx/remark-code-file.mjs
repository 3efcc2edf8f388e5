/**
 * @module remark plugin: a fenced block that names a file of the course's example app is filled
 * from that file at build time, so the code a lesson shows is the code the tests run.
 *
 *     ```js file=server/refresh.js region=refresh
 *     ```
 *
 * takes the lines between `// #region refresh` and `// #endregion refresh` of
 * content/code/server/refresh.js (the whole file without `region=`). The block must be empty in
 * the MDX, so no stale copy can hide there. In a zh-CN lesson, every `// comment` found in
 * content/code/zh-CN.json is replaced by its translation: the same code, Chinese comments.
 *
 * Plain JavaScript on purpose, like the other MDX plugins: @next/mdx imports it by path. The
 * bundler does not know the MDX depends on these files, so in `next dev` an edit to a code file
 * shows after the lesson itself is touched; `next build` always reads them fresh.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const CODE_DIR = join(process.cwd(), 'content', 'code')

/**
 * The lines of one region of a code file, without the region markers.
 *
 * @param {string} file path under content/code, e.g. `server/refresh.js`
 * @param {string | undefined} region
 * @returns {string}
 * @example
 * readCodeRegion('server/tokens.js', 'tokens') // => "import crypto from 'node:crypto'\n..."
 */
export function readCodeRegion(file, region) {
  const source = readFileSync(join(CODE_DIR, file), 'utf8')
  const lines = source.split('\n')
  let body = lines
  if (region) {
    const start = lines.findIndex((line) => line.trim() === `// #region ${region}`)
    const end = lines.findIndex((line) => line.trim() === `// #endregion ${region}`)
    if (start === -1 || end <= start) throw new Error(`${file} has no region "${region}"`)
    body = lines.slice(start + 1, end)
  }
  const kept = body.filter((line) => !/^\s*\/\/ #(end)?region\b/.test(line))
  // A region inside a function is shown at the left margin, as the lesson's reader would write it
  const indent = Math.min(
    ...kept.filter((line) => line.trim()).map((line) => /^ */.exec(line)[0].length),
  )
  return kept
    .map((line) => line.slice(Number.isFinite(indent) ? indent : 0))
    .join('\n')
    .replace(/\n+$/, '')
}

/**
 * Replaces each `// comment` that has a translation.
 *
 * @param {string} code
 * @param {Record<string, string>} translations English comment text -> translated text
 * @returns {string}
 */
export function translateComments(code, translations) {
  return code.replace(/\/\/ (.+)$/gm, (whole, text) =>
    Object.hasOwn(translations, text) ? `// ${translations[text]}` : whole,
  )
}

/**
 * @param {string | null | undefined} meta the fence's meta string, e.g. `file=a.js region=b`
 * @returns {{ file: string, region?: string } | undefined}
 */
export function parseCodeMeta(meta) {
  const file = /(?:^|\s)file=(\S+)/.exec(meta ?? '')?.[1]
  if (!file) return undefined
  const region = /(?:^|\s)region=(\S+)/.exec(meta ?? '')?.[1]
  return { file, region }
}

/** @param {any} node @param {(node: any) => void} visit */
function walk(node, visit) {
  visit(node)
  if (Array.isArray(node.children)) for (const child of node.children) walk(child, visit)
}

/** The remark plugin. */
export default function remarkCodeFile() {
  /** @param {any} tree @param {{ path?: string, history?: string[] }} file */
  return (tree, file) => {
    const path = file.path ?? file.history?.[0] ?? ''
    const zh = /zh-CN\.mdx$/.test(path)
    const translations = zh
      ? JSON.parse(readFileSync(join(CODE_DIR, 'zh-CN.json'), 'utf8'))
      : undefined
    walk(tree, (node) => {
      if (node.type !== 'code') return
      const ref = parseCodeMeta(node.meta)
      if (!ref) return
      if (node.value.trim() !== '')
        throw new Error(
          `${path}: the block for ${ref.file} must be empty; its code comes from the file`,
        )
      const code = readCodeRegion(ref.file, ref.region)
      node.value = translations ? translateComments(code, translations) : code
      node.meta = null
    })
  }
}
