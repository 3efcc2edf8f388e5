import 'server-only'

/**
 * @module The verifiers each lab page shows, read from the lab modules that run (lib/labs, the
 * server half of issue 12) when the page is rendered at build time, with the demo's slicer
 * (lib/demo/server-code.ts). A renamed or removed verifier fails the build instead of leaving a
 * stale copy on the page.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { excerptCode, type SourceExcerpt } from '@/lib/demo/server-code'
import type { LabSlug } from '@/lib/labs/catalog'

export type VerifierKind = 'vulnerable' | 'hardened'

/** Where each lab's two verifiers live: `lib/labs/<slug>.ts`, `vulnerableVerify` / `hardenedVerify`. */
export function verifierExcerpt(slug: LabSlug, kind: VerifierKind): SourceExcerpt {
  return {
    file: `lib/labs/labs/${slug}.ts`,
    names: [kind === 'vulnerable' ? 'vulnerableVerify' : 'hardenedVerify'],
  }
}

/** The code of one verifier, headed by its file's path, read from the repository at `root`. */
export function verifierCode(slug: LabSlug, kind: VerifierKind, root = process.cwd()): string {
  const excerpt = verifierExcerpt(slug, kind)
  return excerptCode(excerpt, readFileSync(join(root, excerpt.file), 'utf8'))
}
