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

/**
 * Where a lab's verifiers live: `vulnerableVerify` / `hardenedVerify` in `lib/labs/<slug>.ts`;
 * every hardened verifier ends in lib/labs/hardened.ts's `verifyPinned`, shown with it, since
 * that is where the allow-list and the claim checks are.
 */
export function verifierExcerpts(slug: LabSlug, kind: VerifierKind): SourceExcerpt[] {
  const file = `lib/labs/${slug}.ts`
  return kind === 'vulnerable'
    ? [{ file, names: ['vulnerableVerify'] }]
    : [
        { file, names: ['hardenedVerify'] },
        { file: 'lib/labs/hardened.ts', names: ['verifyPinned'] },
      ]
}

/** The code of one verifier, headed by its files' paths, read from the repository at `root`. */
export function verifierCode(slug: LabSlug, kind: VerifierKind, root = process.cwd()): string {
  return readExcerpts(verifierExcerpts(slug, kind), root)
}
