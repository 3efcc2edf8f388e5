import { Buffer } from 'node:buffer'
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

/** Runs the jose snippet as an async function body, with the imports and environment it expects. */
async function run(code: string, env: Record<string, string>) {
  const body = code
    .split('\n')
    .filter((line) => !line.startsWith('import '))
    .join('\n')
  const scope = { ...jose, Buffer, process: { env } }
  const fn = new Function(
    ...Object.keys(scope),
    `return (async () => {\n${body}\nreturn { token, payload }\n})()`,
  )
  return (await fn(...Object.values(scope))) as { token: string; payload: unknown }
}

async function envFor(
  alg: JweAlgorithm,
  enc: string,
  encoding: JweSnippetInput['secretEncoding'],
): Promise<Record<string, string>> {
  const key = await generateJweKey(alg, enc, ECDH_CURVES[0])
  if (!key.ok) throw new Error(key.code)
  if (key.kind === 'pair') return { JWE_PUBLIC_KEY: key.publicPem, JWE_PRIVATE_KEY: key.privatePem }
  if (key.kind === 'password') return { JWE_PASSWORD: key.password }
  const secret =
    encoding === 'hex' ? key.hex : encoding === 'base64url' ? key.base64url : 'x'.repeat(key.bytes)
  return { JWE_SECRET: secret }
}

// RSA key generation takes seconds when the machine is busy.
describe('the jose JWE snippet really encrypts and decrypts', { timeout: 30_000 }, () => {
  it.each(JWE_ALGORITHMS.map((alg) => [alg]))('%s', async (alg) => {
    const enc = 'A256GCM'
    const encoding = 'base64url'
    const input: JweSnippetInput = {
      alg,
      enc,
      plaintext: { sub: '42', name: 'Ada' },
      secretEncoding: encoding,
      p2c: 1000,
    }
    const { token, payload } = await run(jweSnippets(input).jose, await envFor(alg, enc, encoding))
    expect(payload).toEqual({ sub: '42', name: 'Ada' })
    expect(jose.decodeProtectedHeader(token)).toMatchObject({ alg, enc })
  })

  it.each([['utf8'], ['hex'], ['base64url']] as const)('a %s secret (dir)', async (encoding) => {
    const input: JweSnippetInput = {
      alg: 'dir',
      enc: 'A128CBC-HS256',
      plaintext: { a: 1 },
      secretEncoding: encoding,
      p2c: 1000,
    }
    const { payload } = await run(
      jweSnippets(input).jose,
      await envFor('dir', 'A128CBC-HS256', encoding),
    )
    expect(payload).toEqual({ a: 1 })
  })

  it('a nested token: the signed JWT comes back as text, with cty: JWT', async () => {
    const jws = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2ln'
    const input: JweSnippetInput = {
      alg: 'A128KW',
      enc: 'A128GCM',
      plaintext: jws,
      secretEncoding: 'base64url',
      p2c: 1000,
    }
    const { token, payload } = await run(
      jweSnippets(input).jose,
      await envFor('A128KW', 'A128GCM', 'base64url'),
    )
    expect(payload).toBe(jws)
    expect(jose.decodeProtectedHeader(token).cty).toBe('JWT')
  })

  it('the jwcrypto snippet pins the algorithms and reads keys from the environment', () => {
    for (const alg of JWE_ALGORITHMS) {
      const code = jweSnippets({
        alg,
        enc: 'A256GCM',
        plaintext: { sub: '42' },
        secretEncoding: 'base64url',
        p2c: 1000,
      }).jwcrypto
      expect(code).toContain(`jwe.JWE(algs=["${alg}", "A256GCM"])`)
      expect(code).toMatch(
        jweKeyKind(alg) === 'secret' ? /JWE_SECRET/ : /JWE_(PUBLIC_KEY|PASSWORD)/,
      )
    }
  })
})
