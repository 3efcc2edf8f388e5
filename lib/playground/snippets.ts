/**
 * @module snippets — the code that does what the playground shows: `jsonwebtoken`, `jose` and
 * PyJWT. Keys always come from the environment or a file, never from what was typed here, so
 * copying a snippet can never leak a secret.
 */
import { isEdDsa } from '@/lib/jwt/algorithms'
import type { KeyKind, SecretEncoding } from '@/lib/jwt/vocabulary'

/** What the snippets describe. */
export interface SnippetInput {
  /** `sign` shows how to create this token, then verify it; `verify` only verifies. */
  mode: 'sign' | 'verify'
  alg: string
  header: Record<string, unknown>
  payload: Record<string, unknown> | undefined
  /** How the verification key is given. */
  keyKind: KeyKind
  secretEncoding: SecretEncoding
}

export interface Snippets {
  jsonwebtoken: string
  jose: string
  pyjwt: string
}

const MAX_LITERAL = 1200
const IDENT = /^[A-Za-z_$][\w$]*$/

function durationText(seconds: number): string | number {
  if (seconds > 0 && seconds % 86400 === 0) return `${seconds / 86400}d`
  if (seconds > 0 && seconds % 3600 === 0) return `${seconds / 3600}h`
  if (seconds > 0 && seconds % 60 === 0) return `${seconds / 60}m`
  return seconds
}

function pythonDuration(seconds: number): string {
  if (seconds % 86400 === 0) return `timedelta(days=${seconds / 86400})`
  if (seconds % 3600 === 0) return `timedelta(hours=${seconds / 3600})`
  if (seconds % 60 === 0) return `timedelta(minutes=${seconds / 60})`
  return `timedelta(seconds=${seconds})`
}

function jsString(value: string): string {
  return `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`
}

/** A JSON value as a JavaScript literal, with unquoted keys where allowed. */
export function toJs(value: unknown, indent = ''): string {
  if (typeof value === 'string') return jsString(value)
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined'
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    const flat = `[${value.map((v) => toJs(v, inner)).join(', ')}]`
    if (flat.length < 60 && !flat.includes('\n')) return flat
    return `[\n${value.map((v) => inner + toJs(v, inner)).join(',\n')},\n${indent}]`
  }
  const entries = Object.entries(value)
  if (entries.length === 0) return '{}'
  const lines = entries.map(
    ([k, v]) => `${inner}${IDENT.test(k) ? k : jsString(k)}: ${toJs(v, inner)}`,
  )
  return `{\n${lines.join(',\n')},\n${indent}}`
}

/** A JSON value as a Python literal. */
export function toPython(value: unknown, indent = ''): string {
  if (value === true) return 'True'
  if (value === false) return 'False'
  if (value === null || value === undefined) return 'None'
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value !== 'object') return JSON.stringify(value)
  const inner = `${indent}    `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    const flat = `[${value.map((v) => toPython(v, inner)).join(', ')}]`
    if (flat.length < 60 && !flat.includes('\n')) return flat
    return `[\n${value.map((v) => inner + toPython(v, inner)).join(',\n')},\n${indent}]`
  }
  const entries = Object.entries(value)
  if (entries.length === 0) return '{}'
  const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${toPython(v, inner)}`)
  return `{\n${lines.join(',\n')},\n${indent}}`
}

/** Keeps a huge payload from turning the snippet into a wall: the first claims and a count. */
function trimmed(payload: Record<string, unknown>): {
  claims: Record<string, unknown>
  omitted: number
} {
  const entries = Object.entries(payload)
  const claims: Record<string, unknown> = {}
  let size = 0
  let kept = 0
  for (const [k, v] of entries) {
    const length = (JSON.stringify(v) ?? '').length + k.length
    if (kept > 0 && size + length > MAX_LITERAL) break
    if (length > MAX_LITERAL) {
      claims[k] = '…'
    } else claims[k] = v
    size += length
    kept++
  }
  return { claims, omitted: entries.length - kept }
}

interface Plan {
  /** Claims left in the payload literal. */
  claims: Record<string, unknown>
  omitted: number
  lifetime?: number
  notBefore?: number
  /** exp given as an absolute date (no iat to count from). */
  absoluteExp?: number
  iss?: string
  sub?: string
  aud?: string | string[]
  jti?: string
  kid?: string
  /** Header parameters other than alg, typ and kid. */
  extraHeader: Record<string, unknown>
  typ?: string
}

function plan(input: SnippetInput): Plan {
  const rest: Record<string, unknown> = { ...(input.payload ?? {}) }
  const out: Plan = { claims: {}, omitted: 0, extraHeader: {} }
  const { iat, exp, nbf } = rest
  const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
  if (num(iat) && num(exp) && exp > iat) {
    out.lifetime = exp - iat
    delete rest.exp
    delete rest.iat
    if (num(nbf) && nbf >= iat) {
      out.notBefore = nbf - iat
      delete rest.nbf
    }
  } else if (num(exp)) {
    out.absoluteExp = exp
    delete rest.exp
  }
  for (const claim of ['iss', 'sub', 'jti'] as const) {
    if (typeof rest[claim] === 'string') {
      out[claim] = rest[claim] as string
      delete rest[claim]
    }
  }
  const aud = rest.aud
  if (typeof aud === 'string' || (Array.isArray(aud) && aud.every((a) => typeof a === 'string'))) {
    out.aud = aud as string | string[]
    delete rest.aud
  }
  const { claims, omitted } = trimmed(rest)
  out.claims = claims
  out.omitted = omitted
  for (const [k, v] of Object.entries(input.header)) {
    if (k === 'alg') continue
    if (k === 'kid' && typeof v === 'string') out.kid = v
    else if (k === 'typ' && typeof v === 'string') out.typ = v
    else out.extraHeader[k] = v
  }
  return out
}

const isHmac = (alg: string) => alg.startsWith('HS')

function nodeSecret(encoding: SnippetInput['secretEncoding']): string {
  if (encoding === 'base64url') return "Buffer.from(process.env.JWT_SECRET, 'base64url')"
  if (encoding === 'hex') return "Buffer.from(process.env.JWT_SECRET, 'hex')"
  return 'process.env.JWT_SECRET'
}

function omittedNote(p: Plan, comment: string): string {
  return p.omitted > 0 ? `  ${comment} … ${p.omitted} more claims\n` : ''
}

function jsonwebtoken(input: SnippetInput): string {
  const p = plan(input)
  const { alg } = input
  const hmac = isHmac(alg)
  const lines: string[] = []
  const eddsa = isEdDsa(alg)
  lines.push(
    hmac
      ? "import jwt from 'jsonwebtoken'"
      : "import fs from 'node:fs'\nimport crypto from 'node:crypto'\nimport jwt from 'jsonwebtoken'",
  )
  if (eddsa) lines.push('// jsonwebtoken 9 cannot sign or verify EdDSA: use the jose tab instead.')
  lines.push('')
  if (input.mode === 'sign') {
    const options: string[] = [`algorithm: ${jsString(alg)}`]
    if (p.lifetime !== undefined) options.push(`expiresIn: ${toJs(durationText(p.lifetime))}`)
    if (p.notBefore !== undefined) options.push(`notBefore: ${toJs(durationText(p.notBefore))}`)
    if (p.iss !== undefined) options.push(`issuer: ${jsString(p.iss)}`)
    if (p.sub !== undefined) options.push(`subject: ${jsString(p.sub)}`)
    if (p.aud !== undefined) options.push(`audience: ${toJs(p.aud)}`)
    if (p.jti !== undefined) options.push(`jwtid: ${jsString(p.jti)}`)
    if (p.kid !== undefined) options.push(`keyid: ${jsString(p.kid)}`)
    if (p.absoluteExp === undefined && p.lifetime === undefined)
      options.push('// no expiresIn: this token would never expire')
    const header = { ...p.extraHeader, ...(p.typ && p.typ !== 'JWT' && { typ: p.typ }) }
    if (Object.keys(header).length > 0) options.push(`header: ${toJs(header, '  ')}`)
    const claims = p.absoluteExp !== undefined ? { ...p.claims, exp: p.absoluteExp } : p.claims
    const key = hmac ? nodeSecret(input.secretEncoding) : "fs.readFileSync('private.pem')"
    lines.push(
      `const token = jwt.sign(\n  ${toJs(claims, '  ')},\n${omittedNote(p, '//')}  ${key},\n  {\n${options.map((o) => `    ${o}${o.startsWith('//') ? '' : ','}`).join('\n')}\n  },\n)`,
    )
    lines.push('')
  } else {
    lines.push("// The token from the request's Authorization: Bearer header")
    lines.push("const token = req.get('authorization')?.replace(/^Bearer /i, '')")
  }
  const verifyKey = hmac
    ? nodeSecret(input.secretEncoding)
    : input.keyKind === 'jwk'
      ? "crypto.createPublicKey({ key: JSON.parse(fs.readFileSync('public.jwk.json', 'utf8')), format: 'jwk' })"
      : input.keyKind === 'jwks'
        ? "crypto.createPublicKey({ key: jwks.keys.find((k) => k.kid === jwt.decode(token, { complete: true }).header.kid), format: 'jwk' })"
        : "fs.readFileSync('public.pem')"
  const verifyOptions = [`algorithms: [${jsString(alg)}]`]
  if (p.iss !== undefined) verifyOptions.push(`issuer: ${jsString(p.iss)}`)
  if (p.aud !== undefined) verifyOptions.push(`audience: ${toJs(p.aud)}`)
  lines.push(
    `// Throws TokenExpiredError, NotBeforeError or JsonWebTokenError when it is not valid\nconst payload = jwt.verify(token, ${verifyKey}, {\n  ${verifyOptions.join(',\n  ')},\n})`,
  )
  return lines.join('\n')
}

function joseKeys(input: SnippetInput): { sign: string; verify: string; imports: string[] } {
  const { alg } = input
  if (isHmac(alg)) {
    const secret =
      input.secretEncoding === 'utf8'
        ? 'new TextEncoder().encode(process.env.JWT_SECRET)'
        : input.secretEncoding === 'hex'
          ? "Uint8Array.from(Buffer.from(process.env.JWT_SECRET, 'hex'))"
          : 'base64url.decode(process.env.JWT_SECRET)'
    return {
      sign: `const secret = ${secret}`,
      verify: '',
      imports: input.secretEncoding === 'base64url' ? ['base64url'] : [],
    }
  }
  const sign = `const privateKey = await importPKCS8(process.env.JWT_PRIVATE_KEY, ${jsString(alg)})`
  if (input.keyKind === 'jwks')
    return {
      sign,
      verify:
        "// Picks the key by the token's kid\nconst jwks = createRemoteJWKSet(new URL('https://issuer.example/.well-known/jwks.json'))",
      imports: ['importPKCS8', 'createRemoteJWKSet'],
    }
  if (input.keyKind === 'jwk')
    return {
      sign,
      verify: `const publicKey = await importJWK(JSON.parse(process.env.JWT_PUBLIC_JWK), ${jsString(alg)})`,
      imports: ['importPKCS8', 'importJWK'],
    }
  return {
    sign,
    verify: `const publicKey = await importSPKI(process.env.JWT_PUBLIC_KEY, ${jsString(alg)})`,
    imports: ['importPKCS8', 'importSPKI'],
  }
}

function jose(input: SnippetInput): string {
  const p = plan(input)
  const { alg } = input
  const hmac = isHmac(alg)
  const keys = joseKeys(input)
  const names = new Set<string>(['jwtVerify'])
  if (input.mode === 'sign') names.add('SignJWT')
  for (const name of keys.imports) {
    if (input.mode === 'verify' && name === 'importPKCS8') continue
    names.add(name)
  }
  const lines = [`import { ${[...names].sort().join(', ')} } from 'jose'`, '']
  const verifyWith = hmac ? 'secret' : input.keyKind === 'jwks' ? 'jwks' : 'publicKey'
  if (input.mode === 'sign' || hmac) lines.push(keys.sign)
  if (keys.verify) lines.push(keys.verify)
  lines.push('')
  if (input.mode === 'sign') {
    const header: Record<string, unknown> = { alg, ...p.extraHeader }
    if (p.typ) header.typ = p.typ
    if (p.kid) header.kid = p.kid
    const claims = p.absoluteExp !== undefined ? { ...p.claims, exp: p.absoluteExp } : p.claims
    const chain = [`new SignJWT(${toJs(claims, '')})`, `.setProtectedHeader(${toJs(header, '  ')})`]
    if (p.lifetime !== undefined) {
      chain.push('.setIssuedAt()')
      chain.push(`.setExpirationTime(${toJs(durationText(p.lifetime))})`)
      if (typeof durationText(p.lifetime) === 'number')
        chain[chain.length - 1] =
          `.setExpirationTime(Math.floor(Date.now() / 1000) + ${p.lifetime})`
    }
    if (p.notBefore !== undefined)
      chain.push(`.setNotBefore(Math.floor(Date.now() / 1000) + ${p.notBefore})`)
    if (p.iss !== undefined) chain.push(`.setIssuer(${jsString(p.iss)})`)
    if (p.sub !== undefined) chain.push(`.setSubject(${jsString(p.sub)})`)
    if (p.aud !== undefined) chain.push(`.setAudience(${toJs(p.aud)})`)
    if (p.jti !== undefined) chain.push(`.setJti(${jsString(p.jti)})`)
    chain.push(`.sign(${hmac ? 'secret' : 'privateKey'})`)
    lines.push(`const token = await ${chain.join('\n  ')}`)
    if (p.omitted > 0) lines.push(`// … ${p.omitted} more claims`)
    lines.push('')
  }
  const options = [`algorithms: [${jsString(alg)}]`]
  if (p.iss !== undefined) options.push(`issuer: ${jsString(p.iss)}`)
  if (p.aud !== undefined) options.push(`audience: ${toJs(p.aud)}`)
  lines.push(
    `// Rejects (JWTExpired, JWSSignatureVerificationFailed, ...) when it is not valid\nconst { payload, protectedHeader } = await jwtVerify(token, ${verifyWith}, {\n  ${options.join(',\n  ')},\n})`,
  )
  return lines.join('\n')
}

function pyjwt(input: SnippetInput): string {
  const p = plan(input)
  const { alg } = input
  const hmac = isHmac(alg)
  const lines = [
    hmac ? '# pip install pyjwt' : '# pip install "pyjwt[crypto]"',
    'import os',
    ...(input.mode === 'sign' && p.lifetime !== undefined
      ? ['from datetime import datetime, timedelta, timezone']
      : []),
    'import jwt',
    '',
  ]
  const secret =
    input.secretEncoding === 'utf8'
      ? 'os.environ["JWT_SECRET"]'
      : input.secretEncoding === 'hex'
        ? 'bytes.fromhex(os.environ["JWT_SECRET"])'
        : 'jwt.utils.base64url_decode(os.environ["JWT_SECRET"])'
  if (input.mode === 'sign') {
    const claims: Record<string, unknown> = { ...p.claims }
    if (p.iss !== undefined) claims.iss = p.iss
    if (p.sub !== undefined) claims.sub = p.sub
    if (p.aud !== undefined) claims.aud = p.aud
    if (p.jti !== undefined) claims.jti = p.jti
    if (p.absoluteExp !== undefined) claims.exp = p.absoluteExp
    let literal = toPython(claims)
    if (p.lifetime !== undefined) {
      lines.push('now = datetime.now(tz=timezone.utc)')
      const extra = [`    "iat": now,`, `    "exp": now + ${pythonDuration(p.lifetime)},`]
      if (p.notBefore !== undefined) extra.push(`    "nbf": now + ${pythonDuration(p.notBefore)},`)
      literal =
        literal === '{}'
          ? `{\n${extra.join('\n')}\n}`
          : literal.replace(/\n}$/, `\n${extra.join('\n')}\n}`)
    }
    const header: Record<string, unknown> = { ...p.extraHeader }
    if (p.kid) header.kid = p.kid
    if (p.typ && p.typ !== 'JWT') header.typ = p.typ
    const key = hmac ? secret : 'os.environ["JWT_PRIVATE_KEY"]'
    const args = [literal.replace(/\n/g, '\n    '), key, `algorithm=${JSON.stringify(alg)}`]
    if (Object.keys(header).length > 0) args.push(`headers=${toPython(header, '    ')}`)
    lines.push(`token = jwt.encode(\n    ${args.join(',\n    ')},\n)`)
    if (p.omitted > 0) lines.push(`# … ${p.omitted} more claims`)
    lines.push('')
  }
  const verifyKey = hmac
    ? secret
    : input.keyKind === 'jwks'
      ? 'jwt.PyJWKClient("https://issuer.example/.well-known/jwks.json").get_signing_key_from_jwt(token).key'
      : input.keyKind === 'jwk'
        ? 'jwt.PyJWK.from_json(os.environ["JWT_PUBLIC_JWK"]).key'
        : 'os.environ["JWT_PUBLIC_KEY"]'
  const options = [`algorithms=[${JSON.stringify(alg)}]`]
  if (p.iss !== undefined) options.push(`issuer=${JSON.stringify(p.iss)}`)
  if (p.aud !== undefined) options.push(`audience=${toPython(p.aud)}`)
  lines.push(
    `# Raises ExpiredSignatureError, InvalidSignatureError, ... when it is not valid\npayload = jwt.decode(\n    token,\n    ${verifyKey},\n    ${options.join(',\n    ')},\n)`,
  )
  return lines.join('\n')
}

/**
 * The three snippets for the token and key on screen.
 *
 * @example
 * snippets({ mode: 'sign', alg: 'HS256', header: { alg: 'HS256', typ: 'JWT' },
 *   payload: { sub: '42', iat: 1700000000, exp: 1700003600 }, keyKind: 'secret', secretEncoding: 'utf8' })
 *   .jsonwebtoken // contains "expiresIn: '1h'" and "subject: '42'"
 */
export function snippets(input: SnippetInput): Snippets {
  return { jsonwebtoken: jsonwebtoken(input), jose: jose(input), pyjwt: pyjwt(input) }
}
