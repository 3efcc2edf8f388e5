/**
 * @module jwe-snippets — the code that encrypts and decrypts a JWE as the playground just did:
 * jose for Node and jwcrypto for Python. Keys come from the environment, never from what was
 * typed here.
 */
import { jweKeyKind, MAX_PBES2_COUNT, type JweAlgorithm } from '@/lib/jwt/jwe-algorithms'
import type { SecretEncoding } from '@/lib/jwt/vocabulary'
import { toJs, toPython } from './snippets'

/** What the JWE snippets describe. */
export interface JweSnippetInput {
  alg: JweAlgorithm
  enc: string
  /** The payload object, or (nested) the signed token's text. */
  plaintext: Record<string, unknown> | string
  secretEncoding: SecretEncoding
  p2c: number
}

export interface JweSnippets {
  jose: string
  jwcrypto: string
}

function joseKeys(input: JweSnippetInput): string[] {
  const kind = jweKeyKind(input.alg)
  if (kind === 'rsa' || kind === 'ecdh')
    return [
      `// The recipient's key pair, as PEM (SPKI and PKCS#8)`,
      `const publicKey = await importSPKI(process.env.JWE_PUBLIC_KEY, '${input.alg}')`,
      `const privateKey = await importPKCS8(process.env.JWE_PRIVATE_KEY, '${input.alg}')`,
    ]
  if (kind === 'password')
    return [
      'const password = new TextEncoder().encode(process.env.JWE_PASSWORD)',
      'const publicKey = password',
      'const privateKey = password',
    ]
  const secret =
    input.secretEncoding === 'base64url'
      ? 'base64url.decode(process.env.JWE_SECRET)'
      : input.secretEncoding === 'hex'
        ? "Buffer.from(process.env.JWE_SECRET, 'hex')"
        : 'new TextEncoder().encode(process.env.JWE_SECRET)'
  return [
    `// One shared secret encrypts and decrypts`,
    `const secret = ${secret}`,
    'const publicKey = secret',
    'const privateKey = secret',
  ]
}

function jose(input: JweSnippetInput): string {
  const nested = typeof input.plaintext === 'string'
  const kind = jweKeyKind(input.alg)
  const imports = ['CompactEncrypt', 'compactDecrypt']
  if (kind === 'rsa' || kind === 'ecdh') imports.push('importPKCS8', 'importSPKI')
  if (kind === 'secret' && input.secretEncoding === 'base64url') imports.push('base64url')
  const header = { alg: input.alg, enc: input.enc, ...(nested && { cty: 'JWT' }) }
  const plaintext = nested
    ? `const plaintext = ${toJs(input.plaintext)} // the signed JWT, encrypted whole`
    : `const plaintext = JSON.stringify(${toJs(input.plaintext)})`
  const options = [
    `keyManagementAlgorithms: ['${input.alg}']`,
    `contentEncryptionAlgorithms: ['${input.enc}']`,
    ...(kind === 'password' ? [`maxPBES2Count: ${MAX_PBES2_COUNT}`] : []),
  ]
  return [
    `import { ${imports.join(', ')} } from 'jose'`,
    '',
    ...joseKeys(input),
    '',
    plaintext,
    'const token = await new CompactEncrypt(new TextEncoder().encode(plaintext))',
    `  .setProtectedHeader(${toJs(header, '  ')})`,
    ...(kind === 'password' ? [`  .setKeyManagementParameters({ p2c: ${input.p2c} })`] : []),
    '  .encrypt(publicKey)',
    '',
    '// Rejects (JWEDecryptionFailed) with the wrong key or a changed token; pin the algorithms',
    'const { plaintext: bytes } = await compactDecrypt(token, privateKey, {',
    `  ${options.join(',\n  ')},`,
    '})',
    nested
      ? 'const payload = new TextDecoder().decode(bytes) // now verify it with jwtVerify'
      : 'const payload = JSON.parse(new TextDecoder().decode(bytes))',
  ].join('\n')
}

function jwcryptoKeys(input: JweSnippetInput): string[] {
  const kind = jweKeyKind(input.alg)
  if (kind === 'rsa' || kind === 'ecdh')
    return [
      'public_key = jwk.JWK.from_pem(os.environ["JWE_PUBLIC_KEY"].encode())',
      'private_key = jwk.JWK.from_pem(os.environ["JWE_PRIVATE_KEY"].encode())',
    ]
  if (kind === 'password')
    return ['public_key = private_key = jwk.JWK.from_password(os.environ["JWE_PASSWORD"])']
  const k =
    input.secretEncoding === 'base64url'
      ? 'os.environ["JWE_SECRET"]'
      : input.secretEncoding === 'hex'
        ? 'base64url_encode(bytes.fromhex(os.environ["JWE_SECRET"]))'
        : 'base64url_encode(os.environ["JWE_SECRET"].encode())'
  return [`public_key = private_key = jwk.JWK(kty="oct", k=${k})`]
}

function jwcrypto(input: JweSnippetInput): string {
  const nested = typeof input.plaintext === 'string'
  const kind = jweKeyKind(input.alg)
  // No p2c here: jwcrypto sets p2s and p2c itself and refuses a second p2c ("Duplicate header").
  const header = { alg: input.alg, enc: input.enc, ...(nested && { cty: 'JWT' }) }
  const needsEncode = kind === 'secret' && input.secretEncoding !== 'base64url'
  return [
    '# pip install jwcrypto',
    'import json',
    'import os',
    '',
    'from jwcrypto import jwe, jwk',
    ...(needsEncode ? ['from jwcrypto.common import base64url_encode'] : []),
    '',
    ...jwcryptoKeys(input),
    '',
    nested
      ? `plaintext = ${toPython(input.plaintext)}.encode()  # the signed JWT, encrypted whole`
      : `plaintext = json.dumps(${toPython(input.plaintext)}).encode()`,
    ...(kind === 'password'
      ? ['# jwcrypto chooses the PBES2 salt and iteration count (p2c: 8192 in jwcrypto 1.1)']
      : []),
    `token = jwe.JWE(plaintext, protected=${toPython(header)})`,
    'token.add_recipient(public_key)',
    'compact = token.serialize(compact=True)',
    '',
    '# Raises jwe.InvalidJWEData with the wrong key or a changed token; pin the algorithms',
    `received = jwe.JWE(algs=[${JSON.stringify(input.alg)}, ${JSON.stringify(input.enc)}])`,
    'received.deserialize(compact, key=private_key)',
    nested
      ? 'payload = received.payload.decode()  # now verify it as a JWS'
      : 'payload = json.loads(received.payload)',
  ].join('\n')
}

/**
 * The JWE snippets for the encryption on screen.
 *
 * @example
 * jweSnippets({ alg: 'dir', enc: 'A256GCM', plaintext: { sub: '42' }, secretEncoding: 'base64url', p2c: 600000 }).jose
 * // contains "new CompactEncrypt(" and "contentEncryptionAlgorithms: ['A256GCM']"
 */
export function jweSnippets(input: JweSnippetInput): JweSnippets {
  return { jose: jose(input), jwcrypto: jwcrypto(input) }
}
