import 'server-only'

/**
 * @module The verifiers each lab page shows, read from the lab modules that run (lib/labs, the
 * server half of issue 12) when the page is rendered at build time, with the slicer the demo uses
 * (lib/source-code). A renamed or removed verifier fails the build instead of leaving a stale
 * copy on the page.
 */
import { readExcerpts, type SourceExcerpt } from '@/lib/source-code/excerpt'
import type { LabSlug } from '@/lib/labs/catalog'

export type VerifierKind = 'vulnerable' | 'hardened'

/** Where a lab's verifier lives: `vulnerableVerify` / `hardenedVerify` in `lib/labs/<slug>.ts`. */
export function verifierExcerpt(slug: LabSlug, kind: VerifierKind): SourceExcerpt {
  return {
    file: `lib/labs/${slug}.ts`,
    names: [kind === 'vulnerable' ? 'vulnerableVerify' : 'hardenedVerify'],
  }
}

/** The code of one verifier, headed by its file's path, read from the repository at `root`. */
export function verifierCode(slug: LabSlug, kind: VerifierKind, root = process.cwd()): string {
  return readExcerpts([verifierExcerpt(slug, kind)], root)
}
