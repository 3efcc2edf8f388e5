/**
 * Route-test helpers for the labs: requests to the route handlers as `next start` would hand them
 * over (Host and the connection hook's peer header), and the learner's side of each attack,
 * built with lib/jwt's signer only, never with lib/labs.
 */
import { createHmac } from 'node:crypto'
import { decodeBase64url, encodeBase64url } from '@/lib/jwt'
import { generateKeyPairFor, signToken, type KeyInput } from '@/lib/jwt/crypto'
import * as session from '@/app/api/labs/[slug]/session/route'
import * as admin from '@/app/api/labs/[slug]/admin/route'
import * as jwks from '@/app/api/labs/[slug]/jwks.json/route'
import * as publicPem from '@/app/api/labs/algorithm-confusion/public.pem/route'
import * as wordlist from '@/app/api/labs/weak-secret/wordlist/route'
import * as exploit from '@/app/api/labs/exploit-server/[id]/route'
import { ORIGIN, connectionHeaders } from '../../api/helpers'

export { ORIGIN }

let peers = 0
/** A client address of its own (10.0.0.0/8, room for millions), so rate limits do not interfere. */
export function freshPeer(): string {
  peers += 1
  return `10.${(peers >> 16) & 255}.${(peers >> 8) & 255}.${peers & 255}`
}

export const routes = { session, admin, jwks, publicPem, wordlist, exploit }

export function labRequest(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: BodyInit; peer?: string } = {},
): Request {
  return new Request(`${ORIGIN}${path}`, {
    method: init.method ?? 'GET',
    headers: { ...connectionHeaders(ORIGIN, init.peer ?? freshPeer()), ...init.headers },
    body: init.body,
  })
}

/** POST /api/labs/<slug>/session → the learner's token. */
export async function startSession(slug: string): Promise<string> {
  const res = await session.POST(labRequest(`/api/labs/${slug}/session`, { method: 'POST' }))
  expect(res.status).toBe(200)
  const body = (await res.json()) as { token: string }
  expect(Object.keys(body)).toEqual(['token'])
  return body.token
}

/** GET /api/labs/<slug>/admin, optionally through the hardened verifier. */
export function askAdmin(slug: string, token: string, verifier?: string): Promise<Response> {
  const query = verifier === undefined ? '' : `?verifier=${encodeURIComponent(verifier)}`
  return Promise.resolve(
    admin.GET(
      labRequest(`/api/labs/${slug}/admin${query}`, {
        headers: { Authorization: `Bearer ${token}` },
      }),
    ),
  )
}

function segmentJson(segment: string): Record<string, unknown> {
  const decoded = decodeBase64url(segment)
  if (!decoded.ok) throw new Error('not base64url')
  return JSON.parse(new TextDecoder().decode(decoded.bytes)) as Record<string, unknown>
}

export function headerOf(token: string): Record<string, unknown> {
  return segmentJson(token.split('.')[0]!)
}

export function claimsOf(token: string): Record<string, unknown> {
  return segmentJson(token.split('.')[1]!)
}

/** The learner's claims with `role: "admin"`: what every forged token carries. */
export function adminClaims(token: string): Record<string, unknown> {
  return { ...claimsOf(token), role: 'admin' }
}

/** Signs header and payload with lib/jwt, as the playground would. */
export async function sign(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  key?: KeyInput,
): Promise<string> {
  const signed = await signToken(JSON.stringify(header), JSON.stringify(payload), {
    ...(key && { key }),
    allowUnsecured: true,
  })
  if (!signed.ok) throw new Error(`sign failed: ${signed.code}`)
  return signed.token
}

/** The same token with another payload and its signature untouched. */
export function withPayload(token: string, payload: Record<string, unknown>): string {
  const [header, , signature] = token.split('.')
  return `${header}.${encodeBase64url(JSON.stringify(payload))}.${signature}`
}

export async function learnerKeyPair(alg: 'RS256' | 'ES256') {
  const pair = await generateKeyPairFor(alg)
  if (!pair.ok) throw new Error('keygen failed')
  return pair
}

/** Tries every word as the HS256 secret of `token` with node:crypto: the test's own cracker. */
export function crack(token: string, words: readonly string[]): string | undefined {
  const [header, payload, signature] = token.split('.')
  const input = `${header}.${payload}`
  return words.find(
    (word) => createHmac('sha256', word).update(input).digest('base64url') === signature,
  )
}
