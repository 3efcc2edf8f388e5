/**
 * @module epk — checks that a JWE's ephemeral public key (`epk`) is a point on its curve, before
 * any key agreement. An attacker who sends points off the curve (on a weaker curve) and watches
 * what the receiver does can learn its private key piece by piece: the invalid-curve attack
 * (Jager, Schwenk and Somorovsky, 2015; several JOSE libraries were vulnerable). WebCrypto checks
 * this too when it imports the point; doing it here makes the refusal explicit, with its own code.
 * Pure BigInt arithmetic: no jose.
 */
import { decodeBase64url } from './base64url-decode'
import { fail, type JwtFailure } from './errors'
import { isJsonObject } from './json-object'
import type { EcdhCurve } from './jwe-algorithms'

interface Weierstrass {
  bytes: number
  p: bigint
  b: bigint
}

// y² = x³ − 3x + b (mod p): SEC 2 / FIPS 186-4 domain parameters.
const NIST: Record<'P-256' | 'P-384' | 'P-521', Weierstrass> = {
  'P-256': {
    bytes: 32,
    p: BigInt('0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff'),
    b: BigInt('0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b'),
  },
  'P-384': {
    bytes: 48,
    p: BigInt(
      '0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff',
    ),
    b: BigInt(
      '0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef',
    ),
  },
  'P-521': {
    bytes: 66,
    p: (BigInt(1) << BigInt(521)) - BigInt(1),
    b: BigInt(
      '0x0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00',
    ),
  },
}

function toBigInt(bytes: Uint8Array): bigint {
  let value = BigInt(0)
  for (const byte of bytes) value = (value << BigInt(8)) | BigInt(byte)
  return value
}

function coordinate(value: unknown, bytes: number): bigint | null {
  if (typeof value !== 'string') return null
  const decoded = decodeBase64url(value)
  return decoded.ok && decoded.bytes.length === bytes ? toBigInt(decoded.bytes) : null
}

const invalid = (reason: string) => fail('ERR_JWE_HEADER_INVALID', { claim: 'epk', reason })

/**
 * Null when `epk` is a well-formed public point on a supported curve; otherwise why not:
 * `ERR_JWE_EPK_OFF_CURVE` for a NIST point that does not satisfy the curve equation (or has a
 * coordinate outside the field), `ERR_JWE_HEADER_INVALID` (`claim: 'epk'`) for a missing or
 * misshapen key.
 *
 * @example
 * checkEpk({ kty: 'EC', crv: 'P-256', x: '…', y: '…' }) // => null
 * checkEpk({ kty: 'EC', crv: 'P-256', x: '…', y: 'AAAA…' }) // => { ok: false, code: 'ERR_JWE_EPK_OFF_CURVE', actual: 'P-256' }
 */
export function checkEpk(epk: unknown): JwtFailure | null {
  if (!isJsonObject(epk)) return invalid('missing')
  const crv = epk.crv as EcdhCurve | undefined
  if (epk.kty === 'OKP' && crv === 'X25519') {
    const x = typeof epk.x === 'string' ? decodeBase64url(epk.x) : null
    return x?.ok && x.bytes.length === 32 ? null : invalid('x')
  }
  if (epk.kty !== 'EC' || (crv !== 'P-256' && crv !== 'P-384' && crv !== 'P-521'))
    return invalid('crv')
  if ('d' in epk) return invalid('private')
  const curve = NIST[crv]
  const x = coordinate(epk.x, curve.bytes)
  const y = coordinate(epk.y, curve.bytes)
  if (x === null || y === null) return invalid(x === null ? 'x' : 'y')
  const { p, b } = curve
  if (x >= p || y >= p) return fail('ERR_JWE_EPK_OFF_CURVE', { actual: crv })
  const left = (y * y) % p
  const right = (((x * x * x - BigInt(3) * x + b) % p) + p) % p
  return left === right ? null : fail('ERR_JWE_EPK_OFF_CURVE', { actual: crv })
}
