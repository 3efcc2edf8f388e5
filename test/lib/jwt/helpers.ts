// Loads conformance vectors from test/fixtures/vectors (see its README for provenance).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { SUPPORTED_ALGORITHMS } from '@/lib/jwt/algorithms'

const root = fileURLToPath(new URL('../../fixtures/vectors/', import.meta.url))

export function loadVector<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(root + path, 'utf8')) as T
}

export interface WycheproofTest {
  tcId: number
  comment: string
  jws: string | object
  result: 'valid' | 'invalid' | 'acceptable'
  flags: string[]
}
export interface WycheproofGroup {
  comment: string
  private?: Record<string, unknown>
  public?: Record<string, unknown>
  tests: WycheproofTest[]
}
export interface WycheproofFile {
  numberOfTests: number
  testGroups: WycheproofGroup[]
}

/** The verify allow-list for conformance runs: every algorithm lib/jwt supports. */
export const ALL_ALGORITHMS = [...SUPPORTED_ALGORITHMS]
