import 'server-only'

/**
 * @module Code shown to learners, sliced out of the files that run: a top-level function with its
 * JSDoc, or a whole file without its imports. The demo's "our server" panels (lib/demo) and the
 * attack labs' verifiers (lib/labs) both read their code here, at build time, so a renamed or
 * removed function fails the build instead of leaving a stale copy on the page.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A file of this repository and, optionally, the top-level functions to show from it. */
export interface SourceExcerpt {
  file: string
  /** Top-level functions to show, in this order; none: the whole file without its imports. */
  names?: readonly string[]
}

/** `source` without its leading import statements (and the blank lines after them). */
export function withoutImports(source: string): string {
  const lines = source.split('\n')
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    if (line.trim() === '' || line.startsWith("import 'server-only'")) i += 1
    else if (line.startsWith('import ')) {
      // A multi-line import ends on the line with its module specifier.
      while (i < lines.length && !/from '[^']+'$|^import '[^']+'$/.test(lines[i]!)) i += 1
      i += 1
    } else break
  }
  return lines.slice(i).join('\n').trimEnd()
}

/**
 * The top-level function `name` of a Prettier-formatted TypeScript file, with its JSDoc: from its
 * declaration to the first line that is a lone `}`. Throws when there is no such function.
 *
 * @example functionSource(readFileSync('lib/auth/service.ts', 'utf8'), 'logout')
 */
export function functionSource(source: string, name: string): string {
  const lines = source.split('\n')
  const declaration = new RegExp(`^(export )?(async )?function ${name}\\b`)
  const start = lines.findIndex((line) => declaration.test(line))
  if (start === -1) throw new Error(`No top-level function ${name} in this file.`)
  const end = lines.findIndex((line, i) => i > start && line === '}')
  if (end === -1) throw new Error(`The function ${name} does not end with a lone "}".`)
  let first = start
  if (lines[start - 1]?.trim().endsWith('*/')) {
    while (first > 0 && !lines[first]!.trim().startsWith('/**')) first -= 1
  }
  return lines.slice(first, end + 1).join('\n')
}

/** The code of one excerpt, headed by its file's path. */
export function excerptCode(excerpt: SourceExcerpt, source: string): string {
  const body = excerpt.names
    ? excerpt.names.map((name) => functionSource(source, name)).join('\n\n')
    : withoutImports(source)
  const what = excerpt.names ? ` (${excerpt.names.join(', ')})` : ''
  return `// ${excerpt.file}${what}\n${body}`
}

/** The code of several excerpts of this repository (at `root`), each headed by its path. */
export function readExcerpts(excerpts: readonly SourceExcerpt[], root = process.cwd()): string {
  return (
    excerpts
      // Read when the page is rendered (at build time: the pages are static); not a file for the
      // server bundle to trace, so Turbopack is told not to follow it.
      .map((excerpt) =>
        excerptCode(
          excerpt,
          readFileSync(join(/* turbopackIgnore: true */ root, excerpt.file), 'utf8'),
        ),
      )
      .join('\n\n')
  )
}
