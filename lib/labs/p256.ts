/**
 * @module NIST P-256 with BigInt, for the psychic-signature lab's hand-written ECDSA verifier:
 * points in Jacobian coordinates, inverses by Fermat (x^(m-2) mod m, which sends 0 to 0, as
 * Java's hand-written code did). Slow and not constant-time: it verifies public lab tokens only.
 */

/** The field prime, the group order, the curve's b, and the base point (SEC 2, §2.4.2). */
export const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn
export const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn
const GX = 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n
const GY = 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n

/** A point in Jacobian coordinates (X/Z², Y/Z³); Z = 0 is the point at infinity. */
export interface JacobianPoint {
  x: bigint
  y: bigint
  z: bigint
}

export const G: JacobianPoint = { x: GX, y: GY, z: 1n }
const INFINITY: JacobianPoint = { x: 0n, y: 1n, z: 0n }

export function mod(a: bigint, m: bigint): bigint {
  const r = a % m
  return r >= 0n ? r : r + m
}

export function modPow(base: bigint, exponent: bigint, m: bigint): bigint {
  let result = 1n
  let b = mod(base, m)
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % m
    b = (b * b) % m
  }
  return result
}

/** a⁻¹ mod m for a prime m, by Fermat's little theorem; 0 has no inverse and yields 0. */
export function modInverse(a: bigint, m: bigint): bigint {
  return modPow(a, m - 2n, m)
}

function double(p: JacobianPoint): JacobianPoint {
  if (p.z === 0n || p.y === 0n) return INFINITY
  const y2 = (p.y * p.y) % P
  const s = (4n * p.x * y2) % P
  const z2 = (p.z * p.z) % P
  const m = mod(3n * (p.x - z2) * (p.x + z2), P) // a = −3
  const x = mod(m * m - 2n * s, P)
  const y = mod(m * (s - x) - 8n * y2 * y2, P)
  return { x, y, z: (2n * p.y * p.z) % P }
}

function add(p: JacobianPoint, q: JacobianPoint): JacobianPoint {
  if (p.z === 0n) return q
  if (q.z === 0n) return p
  const pz2 = (p.z * p.z) % P
  const qz2 = (q.z * q.z) % P
  const u1 = (p.x * qz2) % P
  const u2 = (q.x * pz2) % P
  const s1 = (p.y * qz2 * q.z) % P
  const s2 = (q.y * pz2 * p.z) % P
  if (u1 === u2) return s1 === s2 ? double(p) : INFINITY
  const h = mod(u2 - u1, P)
  const r = mod(s2 - s1, P)
  const h2 = (h * h) % P
  const h3 = (h2 * h) % P
  const x = mod(r * r - h3 - 2n * u1 * h2, P)
  const y = mod(r * (u1 * h2 - x) - s1 * h3, P)
  return { x, y, z: (h * p.z * q.z) % P }
}

/** k·p by double-and-add. */
export function multiply(p: JacobianPoint, k: bigint): JacobianPoint {
  let result = INFINITY
  let addend = p
  for (let e = mod(k, N); e > 0n; e >>= 1n) {
    if (e & 1n) result = add(result, addend)
    addend = double(addend)
  }
  return result
}

export function addPoints(p: JacobianPoint, q: JacobianPoint): JacobianPoint {
  return add(p, q)
}

/** The affine x and y of a point (the point at infinity comes out as (0, 0)). */
export function toAffine(p: JacobianPoint): { x: bigint; y: bigint } {
  const zInverse = modInverse(p.z, P)
  const z2 = (zInverse * zInverse) % P
  return { x: (p.x * z2) % P, y: (p.y * z2 * zInverse) % P }
}

/** True when (x, y) satisfies y² = x³ − 3x + b. */
export function isOnCurve(x: bigint, y: bigint): boolean {
  return mod(y * y - (x * x * x - 3n * x + B), P) === 0n
}

/** Big-endian bytes as a BigInt. */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  let value = 0n
  for (const byte of bytes) value = (value << 8n) | BigInt(byte)
  return value
}
