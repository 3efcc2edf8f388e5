import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LAB_SLUGS } from '@/lib/labs/catalog'
import { verifierCode } from '@/lib/labs-ui/verifier-code'

describe('the verifiers shown on the lab pages', () => {
  it.each(LAB_SLUGS)('are the functions in lib/labs/%s.ts, as they are written there', (slug) => {
    const source = readFileSync(`lib/labs/${slug}.ts`, 'utf8')
    const vulnerable = verifierCode(slug, 'vulnerable')
    const hardened = verifierCode(slug, 'hardened')
    expect(vulnerable).toMatch(/export async function vulnerableVerify\(/)
    expect(hardened).toMatch(/export async function hardenedVerify\(/)
    expect(hardened).toMatch(/export async function verifyPinned\(/)
    // Every line shown (but the file headings) is a line of the file that runs.
    for (const line of vulnerable.split('\n').filter((l) => !l.startsWith('// lib/labs/')))
      expect(source).toContain(line)
    expect(vulnerable).not.toContain('hardenedVerify(')
  })
})
