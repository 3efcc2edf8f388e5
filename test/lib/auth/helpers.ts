/** Helpers for lib/auth tests: a migrated store with keys in a temporary file. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore, type Store } from '@/lib/db'
import { ensureSigningKeys } from '@/lib/auth/keys'

export async function openTestStore(name = 'auth.db'): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'jwtpg-auth-'))
  const store = await openStore(`file:${join(dir, name)}`)
  await ensureSigningKeys(store)
  return store
}

export function b64url(value: unknown): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString(
    'base64url',
  )
}
