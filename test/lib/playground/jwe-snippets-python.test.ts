/**
 * The Python (jwcrypto) JWE snippet, run for every algorithm by a real Python with jwcrypto (the
 * Debian package, which `.ci/run` installs): it must encrypt and decrypt its own token, and jose
 * must decrypt that token too, so the two libraries agree on what the playground shows.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import * as jose from 'jose'
import { describe, expect, it } from 'vitest'
import {
  ECDH_CURVES,
  generateJweKey,
  JWE_ALGORITHMS,
  jweKeyKind,
  type JweAlgorithm,
} from '@/lib/jwt/crypto'
import { jweSnippets, type JweSnippetInput } from '@/lib/playground/jwe-snippets'

const PYTHON = '/usr/bin/python3'
const hasJwcrypto = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import jwcrypto']).status === 0
if (!hasJwcrypto && process.env.CI === 'true')
  throw new Error('CI=true and no python3-jwcrypto: the Python snippet would go untested.')

function runPython(code: string, env: Record<string, string>) {
  const script = `${code}\nprint(json.dumps({"token": compact, "payload": payload}))\n`
  const result = spawnSync(PYTHON, ['-c', script], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(result.stderr)
  return JSON.parse(result.stdout) as { token: string; payload: unknown }
}

describe.skipIf(!hasJwcrypto)('the jwcrypto JWE snippet really encrypts and decrypts', () => {
  it.each(JWE_ALGORITHMS.map((alg) => [alg]))(
    '%s, and jose decrypts what Python made',
    { timeout: 30_000 },
    async (alg: JweAlgorithm) => {
      const enc = 'A256GCM'
      const input: JweSnippetInput = {
        alg,
        enc,
        plaintext: { sub: '42', name: 'Ada' },
        secretEncoding: 'hex',
        p2c: 1000,
      }
      const key = await generateJweKey(alg, enc, ECDH_CURVES[0])
      if (!key.ok) throw new Error(key.code)
      const env: Record<string, string> =
        key.kind === 'pair'
          ? { JWE_PUBLIC_KEY: key.publicPem, JWE_PRIVATE_KEY: key.privatePem }
          : key.kind === 'password'
            ? { JWE_PASSWORD: key.password }
            : { JWE_SECRET: key.hex }
      const { token, payload } = runPython(jweSnippets(input).jwcrypto, env)
      expect(payload).toEqual({ sub: '42', name: 'Ada' })
      expect(jose.decodeProtectedHeader(token)).toMatchObject({ alg, enc })

      const kind = jweKeyKind(alg)
      const decryptionKey =
        key.kind === 'pair'
          ? await jose.importPKCS8(key.privatePem, alg)
          : key.kind === 'password'
            ? new TextEncoder().encode(key.password)
            : Buffer.from(key.hex, 'hex')
      const { plaintext } = await jose.compactDecrypt(token, decryptionKey, {
        keyManagementAlgorithms: [alg],
        // jwcrypto picks p2c itself (8192 in 1.1), above jose's default cap.
        ...(kind === 'password' && { maxPBES2Count: 100_000 }),
      })
      expect(JSON.parse(new TextDecoder().decode(plaintext))).toEqual({ sub: '42', name: 'Ada' })
    },
  )

  it.each([['utf8'], ['hex'], ['base64url']] as const)('a %s secret (dir)', async (encoding) => {
    const input: JweSnippetInput = {
      alg: 'dir',
      enc: 'A128CBC-HS256',
      plaintext: { a: 1 },
      secretEncoding: encoding,
      p2c: 1000,
    }
    const key = await generateJweKey('dir', 'A128CBC-HS256', ECDH_CURVES[0])
    if (!key.ok || key.kind !== 'secret') throw new Error('no secret')
    // A UTF-8 secret of the right length: 32 ASCII characters for A128CBC-HS256.
    const secret = { utf8: 'x'.repeat(key.bytes), hex: key.hex, base64url: key.base64url }[encoding]
    const { payload } = runPython(jweSnippets(input).jwcrypto, { JWE_SECRET: secret })
    expect(payload).toEqual({ a: 1 })
  })
})
