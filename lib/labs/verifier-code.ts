import 'server-only'

/**
 * @module The code a lab page shows, read from the files that run (at build time: lab pages are
 * static): the lab's vulnerable verifier, and its hardened verifier with the shared checks it
 * calls. A renamed or removed function fails the build instead of leaving a stale copy.
 */
import { readExcerpts, type SourceExcerpt } from '@/lib/source-code/excerpt'
import type { LabSlug } from './catalog'

/** The excerpts of each panel, for lab `slug`. */
export function verifierExcerpts(
  slug: LabSlug,
): Record<'vulnerable' | 'hardened', SourceExcerpt[]> {
  const file = `lib/labs/${slug}.ts`
  return {
    vulnerable: [{ file, names: ['vulnerableVerify'] }],
    hardened: [
      { file, names: ['hardenedVerify'] },
      { file: 'lib/labs/hardened.ts', names: ['verifyPinned'] },
    ],
  }
}

/**
 * The vulnerable and the hardened verifier of lab `slug` as source text, each headed by its path.
 *
 * @example verifierCode('alg-none').vulnerable // '// lib/labs/alg-none.ts (vulnerableVerify)\n/** Checks…'
 */
export function verifierCode(
  slug: LabSlug,
  root = process.cwd(),
): Record<'vulnerable' | 'hardened', string> {
  const excerpts = verifierExcerpts(slug)
  return {
    vulnerable: readExcerpts(excerpts.vulnerable, root),
    hardened: readExcerpts(excerpts.hardened, root),
  }
}
