import * as jose from 'jose'
import jsonwebtoken from 'jsonwebtoken'
import { snippets, toJs, toPython, type SnippetInput } from '@/lib/playground/snippets'

const SECRET = 'a-string-secret-at-least-256-bits-long'
const base: SnippetInput = {
  mode: 'sign',
  alg: 'HS256',
  header: { alg: 'HS256', typ: 'JWT' },
  payload: {
    sub: '42',
    name: 'Ada',
    admin: false,
    iss: 'https://auth.example',
    iat: 1700000000,
    exp: 1700003600,
  },
  keyKind: 'secret',
  secretEncoding: 'utf8',
}

/** Runs a snippet as an async function body, with the environment and imports it expects. */
async function run(code: string, scope: Record<string, unknown>) {
  const body = code
    .split('\n')
    .filter((line) => !line.startsWith('import '))
    .join('\n')
  const names = Object.keys(scope)
  const fn = new Function(
    ...names,
    `return (async () => {\n${body}\nreturn { token, payload }\n})()`,
  )
  return (await fn(...Object.values(scope))) as { token: string; payload: Record<string, unknown> }
}

describe('snippets', () => {
  it('turns iat/exp, iss and sub into jsonwebtoken options, as tutorials write them', () => {
    const code = snippets(base).jsonwebtoken
    expect(code).toContain('jwt.sign(')
    expect(code).toContain("expiresIn: '1h'")
    expect(code).toContain("issuer: 'https://auth.example'")
    expect(code).toContain("subject: '42'")
    expect(code).toContain("algorithm: 'HS256'")
    expect(code).toContain("algorithms: ['HS256']")
    expect(code).toContain('process.env.JWT_SECRET')
  })

  it('produce code that really signs and verifies (jsonwebtoken and jose)', async () => {
    const process = { env: { JWT_SECRET: SECRET } }
    const signed = await run(snippets(base).jsonwebtoken, { jwt: jsonwebtoken, process, req: {} })
    expect(signed.payload).toMatchObject({ sub: '42', iss: 'https://auth.example', name: 'Ada' })
    expect((signed.payload.exp as number) - (signed.payload.iat as number)).toBe(3600)

    const { SignJWT, jwtVerify } = jose
    const viaJose = await run(snippets(base).jose, { SignJWT, jwtVerify, process })
    expect(viaJose.payload).toMatchObject({ sub: '42', iss: 'https://auth.example', admin: false })
    const { payload } = await jose.jwtVerify(viaJose.token, new TextEncoder().encode(SECRET))
    expect(payload.exp! - payload.iat!).toBe(3600)
  })

  it('verify-only code reads the token from the Bearer header, and warns about no expiry', () => {
    const verify = snippets({ ...base, mode: 'verify' })
    expect(verify.jsonwebtoken).not.toContain('jwt.sign(')
    expect(verify.jsonwebtoken).toContain('Bearer')
    const noExp = snippets({ ...base, payload: { sub: '1' } }).jsonwebtoken
    expect(noExp).toContain('never expire')
  })

  it('uses key files and environment variables, never the key typed in the page', () => {
    const code = snippets({
      ...base,
      alg: 'ES256',
      header: { alg: 'ES256', kid: 'k1' },
      keyKind: 'jwks',
    })
    expect(code.jose).toContain('createRemoteJWKSet')
    expect(code.jose).toContain("importPKCS8(process.env.JWT_PRIVATE_KEY, 'ES256')")
    expect(code.jsonwebtoken).toContain("keyid: 'k1'")
    expect(code.pyjwt).toContain('PyJWKClient')
    expect(code.pyjwt).toContain('algorithms=["ES256"]')
    expect(snippets({ ...base, secretEncoding: 'base64url' }).jsonwebtoken).toContain(
      "Buffer.from(process.env.JWT_SECRET, 'base64url')",
    )
    expect(snippets({ ...base, alg: 'EdDSA' }).jsonwebtoken).toContain(
      'cannot sign or verify EdDSA',
    )
  })

  it('writes PyJWT with timedelta lifetimes and Python literals', () => {
    const code = snippets(base).pyjwt
    expect(code).toContain('"exp": now + timedelta(hours=1)')
    expect(code).toContain('"admin": False')
    expect(code).toContain('jwt.encode(')
    expect(toPython({ a: [true, null], b: 'x"y' })).toBe(
      '{\n    "a": [True, None],\n    "b": "x\\"y",\n}',
    )
  })

  it('keeps JavaScript literals valid', () => {
    const literal = toJs({ 'http://example.com/is_root': true, ok: "it's", n: [1, 2] })
    expect(new Function(`return ${literal}`)()).toEqual({
      'http://example.com/is_root': true,
      ok: "it's",
      n: [1, 2],
    })
  })
})
