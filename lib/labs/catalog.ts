/**
 * @module The attack labs as data: the one list the lab routes, the lab pages and the tests read.
 * No server-only code here, so pages may import it.
 */
import type { LessonSlug } from '@/lib/lessons/course'
import type { LabErrorCode } from './codes'

/** Every lab, in the order of the labs index. A typo in a slug fails the type check. */
export const LAB_SLUGS = [
  'unverified-signature',
  'alg-none',
  'weak-secret',
  'jwk-injection',
  'jku-injection',
  'kid-traversal',
  'kid-sql-injection',
  'algorithm-confusion',
  'psychic-signature',
] as const

export type LabSlug = (typeof LAB_SLUGS)[number]

/** PortSwigger's three levels. */
export const LAB_LEVELS = ['apprentice', 'practitioner', 'expert'] as const
export type LabLevel = (typeof LAB_LEVELS)[number]

export interface LabEntry {
  slug: LabSlug
  level: LabLevel
  /** The lesson that explains the attack, and the heading id of its section there. */
  lesson: { slug: LessonSlug; heading: string }
  /** Other lessons the lab relates to. */
  related: readonly LessonSlug[]
  /** The algorithm of the session token the lab issues. */
  alg: 'HS256' | 'RS256' | 'ES256'
  /** True when GET /api/labs/<slug>/jwks.json?sid=… serves the instance's public keys. */
  jwks: boolean
  /** The code(s) the hardened verifier refuses the lab's forged token with. */
  hardenedRefuses: readonly LabErrorCode[]
}

export const LABS: Readonly<Record<LabSlug, LabEntry>> = {
  'unverified-signature': {
    slug: 'unverified-signature',
    level: 'apprentice',
    lesson: { slug: 'attacks', heading: 'the-check' },
    related: ['verifying'],
    alg: 'HS256',
    jwks: false,
    hardenedRefuses: ['LAB_SIGNATURE_INVALID'],
  },
  'alg-none': {
    slug: 'alg-none',
    level: 'apprentice',
    lesson: { slug: 'attacks', heading: 'alg-none' },
    related: ['header'],
    alg: 'HS256',
    jwks: false,
    hardenedRefuses: ['LAB_ALG_NOT_ALLOWED'],
  },
  'weak-secret': {
    slug: 'weak-secret',
    level: 'practitioner',
    lesson: { slug: 'attacks', heading: 'weak-secrets' },
    related: ['signature'],
    alg: 'HS256',
    jwks: false,
    hardenedRefuses: ['LAB_SIGNATURE_INVALID'],
  },
  'jwk-injection': {
    slug: 'jwk-injection',
    level: 'practitioner',
    lesson: { slug: 'attacks', heading: 'jku-x5u-jwk' },
    related: ['algorithms-and-keys'],
    alg: 'RS256',
    jwks: true,
    hardenedRefuses: ['LAB_EMBEDDED_JWK_REFUSED'],
  },
  'jku-injection': {
    slug: 'jku-injection',
    level: 'practitioner',
    lesson: { slug: 'attacks', heading: 'jku-x5u-jwk' },
    related: ['algorithms-and-keys'],
    alg: 'RS256',
    jwks: true,
    hardenedRefuses: ['LAB_JKU_NOT_ALLOWED'],
  },
  'kid-traversal': {
    slug: 'kid-traversal',
    level: 'practitioner',
    lesson: { slug: 'attacks', heading: 'kid-injection' },
    related: ['header'],
    alg: 'HS256',
    jwks: false,
    hardenedRefuses: ['LAB_KID_UNKNOWN'],
  },
  'kid-sql-injection': {
    slug: 'kid-sql-injection',
    level: 'expert',
    lesson: { slug: 'attacks', heading: 'kid-injection' },
    related: ['header'],
    alg: 'HS256',
    jwks: false,
    hardenedRefuses: ['LAB_KID_UNKNOWN'],
  },
  'algorithm-confusion': {
    slug: 'algorithm-confusion',
    level: 'expert',
    lesson: { slug: 'attacks', heading: 'algorithm-confusion' },
    related: ['algorithms-and-keys', 'header'],
    alg: 'RS256',
    jwks: true,
    hardenedRefuses: ['LAB_ALG_NOT_ALLOWED'],
  },
  'psychic-signature': {
    slug: 'psychic-signature',
    level: 'expert',
    lesson: { slug: 'attacks', heading: 'psychic-signatures' },
    related: ['algorithms-and-keys'],
    alg: 'ES256',
    jwks: true,
    hardenedRefuses: ['LAB_ECDSA_SIGNATURE_INVALID'],
  },
}

export function isLabSlug(value: string): value is LabSlug {
  return (LAB_SLUGS as readonly string[]).includes(value)
}

/** How long a lab instance (and the session token it issues) lives. */
export const LAB_INSTANCE_TTL_SECONDS = 30 * 60

/** How long a JWKS published on the exploit server stays there. */
export const EXPLOIT_TTL_SECONDS = 60 * 60

/** The claims of every lab's session token: `sid` names the instance whose keys verify it. */
export interface LabSessionClaims {
  /** `urn:jwt-playground:lab:<slug>` */
  iss: string
  /** The lab's slug. */
  aud: LabSlug
  sub: 'wiener'
  role: 'user' | 'admin'
  /** The lab instance (22 base64url characters). */
  sid: string
  iat: number
  exp: number
}

/** The issuer of a lab's session tokens. */
export function labIssuer(slug: LabSlug): string {
  return `urn:jwt-playground:lab:${slug}`
}

/** An instance id, an exploit-server id: 8 to 64 base64url characters. */
export const LAB_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/

/** The path of a lab instance's public keys (labs whose entry says `jwks: true`). */
export function labJwksPath(slug: LabSlug, sid: string): string {
  return `/api/labs/${slug}/jwks.json?sid=${encodeURIComponent(sid)}`
}

/** The path of the algorithm-confusion instance's public key, as the PEM its verifier loads. */
export function labPublicPemPath(sid: string): string {
  return `/api/labs/algorithm-confusion/public.pem?sid=${encodeURIComponent(sid)}`
}

/** The path of an exploit-server entry: PUT a JWKS there, GET serves it back. */
export function exploitServerPath(id: string): string {
  return `/api/labs/exploit-server/${encodeURIComponent(id)}`
}
