import ts from 'typescript'
import { LAB_SLUGS } from '@/lib/labs/catalog'
import { LAB_MODULES } from '@/lib/labs/registry'
import { verifierCode } from '@/lib/labs/verifier-code'

describe('the verifier code a lab page shows', () => {
  it.each(LAB_SLUGS)('%s: both verifiers, sliced whole from the module that runs', (slug) => {
    const { vulnerable, hardened } = verifierCode(slug)
    expect(vulnerable.split('\n')[0]).toBe(`// lib/labs/${slug}.ts (vulnerableVerify)`)
    expect(vulnerable).toMatch(/export async function vulnerableVerify\(/)
    expect(hardened).toMatch(/export async function hardenedVerify\(/)
    expect(hardened).toContain('// lib/labs/hardened.ts (verifyPinned)')
    // Each slice parses on its own: no half function.
    for (const code of [vulnerable, hardened]) {
      const parsed = ts.transpileModule(code, { reportDiagnostics: true })
      expect(parsed.diagnostics ?? []).toEqual([])
    }
    // The functions shown are the ones the registry runs.
    expect(LAB_MODULES[slug].vulnerableVerify.name).toBe('vulnerableVerify')
    expect(LAB_MODULES[slug].hardenedVerify.name).toBe('hardenedVerify')
  })
})
