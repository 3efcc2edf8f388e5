import 'server-only'

/**
 * @module The demo's "our server" panels, read from the files that run: for each step, its route
 * file and the named functions it calls, sliced out of the source when the page is rendered (at
 * build time: the demo page is static). A renamed or removed function fails the build instead of
 * leaving a stale copy on the page.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RouteStep } from './exchange'

/** A file of this repository and, optionally, the top-level functions to show from it. */
export interface SourceExcerpt {
  file: string
  /** Top-level functions to show, in this order; none: the whole file without its imports. */
  names?: readonly string[]
}

export const SERVER_CODE: Record<RouteStep, readonly SourceExcerpt[]> = {
  register: [
    { file: 'app/api/auth/register/route.ts' },
    { file: 'lib/auth/service.ts', names: ['register', 'passwordWeakness'] },
  ],
  login: [
    { file: 'app/api/auth/login/route.ts' },
    { file: 'lib/auth/service.ts', names: ['login'] },
    { file: 'lib/http/auth-responses.ts', names: ['sessionResponse'] },
  ],
  me: [
    { file: 'app/api/me/route.ts' },
    { file: 'lib/auth/service.ts', names: ['me'] },
    { file: 'lib/http/auth-responses.ts', names: ['meResponse'] },
  ],
  refresh: [
    { file: 'app/api/auth/refresh/route.ts' },
    { file: 'lib/auth/service.ts', names: ['refresh', 'rotate'] },
    { file: 'lib/auth/refresh-token.ts', names: ['rotateRefreshToken'] },
    { file: 'lib/http/auth-responses.ts', names: ['refreshResponse'] },
  ],
  replay: [
    { file: 'app/api/demo/replay-refresh/route.ts' },
    { file: 'lib/auth/service.ts', names: ['replayRefresh'] },
    { file: 'lib/http/auth-responses.ts', names: ['replayResponse'] },
  ],
  logout: [
    { file: 'app/api/auth/logout/route.ts' },
    { file: 'lib/auth/service.ts', names: ['logout'] },
    { file: 'lib/http/auth-responses.ts', names: ['logoutResponse'] },
  ],
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

/** The "our server" panel of a step, read from the repository at `root`. */
export function serverCode(step: RouteStep, root = process.cwd()): string {
  return SERVER_CODE[step]
    .map((excerpt) => excerptCode(excerpt, readFileSync(join(root, excerpt.file), 'utf8')))
    .join('\n\n')
}
