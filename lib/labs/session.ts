/** @module The session token every lab hands the learner: a low-privilege user of one instance. */
import { SignJWT, type CryptoKey, type JWTHeaderParameters } from 'jose'
import { LAB_INSTANCE_TTL_SECONDS, labIssuer, type LabSessionClaims, type LabSlug } from './catalog'

/** The claims of a fresh session token for instance `sid`. */
export function sessionClaims(slug: LabSlug, sid: string, now: Date): LabSessionClaims {
  const iat = Math.floor(now.getTime() / 1000)
  return {
    iss: labIssuer(slug),
    aud: slug,
    sub: 'wiener',
    role: 'user',
    sid,
    iat,
    exp: iat + LAB_INSTANCE_TTL_SECONDS,
  }
}

/**
 * Signs the session token of instance `sid` with its key; `header` adds `kid`, `jku` and the like.
 * An HMAC secret is given as text (its UTF-8 bytes are the key).
 */
export async function signSession(
  slug: LabSlug,
  sid: string,
  now: Date,
  key: CryptoKey | string,
  header: JWTHeaderParameters,
): Promise<string> {
  const { iss, aud, sub, iat, exp, ...claims } = sessionClaims(slug, sid, now)
  const keyBytes = typeof key === 'string' ? new TextEncoder().encode(key) : key
  return new SignJWT({ ...claims })
    .setProtectedHeader({ typ: 'JWT', ...header })
    .setIssuer(iss)
    .setAudience(aud)
    .setSubject(sub)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(keyBytes)
}
