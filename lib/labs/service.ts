/**
 * @module The labs' domain: start an instance, check a token against its vulnerable or hardened
 * verifier, serve its public keys. Values in, tagged results out; ./http turns them into
 * Responses. Instances live in this process's memory (one bounded store per lab): several
 * processes behind a balancer need sticky sessions for the labs.
 */
import { LABS, LAB_ID_PATTERN, LAB_SLUGS, isLabSlug, type LabSlug } from './catalog'
import type { LabRefusal } from './codes'
import { ExpiringStore } from './expiring-store'
import { newFlag, randomId } from './ids'
import { parseLabToken } from './jws'
import type { LabContext } from './lab'
import { LAB_MODULES } from './registry'
import { LAB_INSTANCE_TTL_SECONDS } from './catalog'
import { refuse } from './verdict'

/** The most live instances of one lab; a new one beyond that evicts the oldest. */
export const MAX_INSTANCES_PER_LAB = 500

interface LiveInstance {
  slug: LabSlug
  sid: string
  flag: string
  instance: unknown
}

const stores = Object.fromEntries(
  LAB_SLUGS.map((slug) => [
    slug,
    new ExpiringStore<LiveInstance>(
      MAX_INSTANCES_PER_LAB,
      LAB_INSTANCE_TTL_SECONDS * 1000,
      (live) => LAB_MODULES[slug].forget?.(live.instance),
    ),
  ]),
) as Record<LabSlug, ExpiringStore<LiveInstance>>

export type Verifier = 'vulnerable' | 'hardened'

/** The verifier the `?verifier=` values ask for: none is the vulnerable one; one `hardened`, the fix. */
export function parseVerifier(values: readonly string[]): Verifier | LabRefusal {
  if (values.length === 0) return 'vulnerable'
  if (values.length === 1 && values[0] === 'hardened') return 'hardened'
  return refuse(
    'LAB_VERIFIER_UNKNOWN',
    'Leave verifier out for the vulnerable server, or say verifier=hardened.',
  )
}

function labOf(slug: string): LabSlug | LabRefusal {
  return isLabSlug(slug)
    ? slug
    : refuse('LAB_UNKNOWN', `There is no lab called "${slug.slice(0, 64)}".`)
}

/** Starts a fresh instance of lab `slug` and returns the learner's session token. */
export async function startLab(
  slug: string,
  context: LabContext,
): Promise<{ ok: true; token: string } | LabRefusal> {
  const lab = labOf(slug)
  if (typeof lab !== 'string') return lab
  const sid = randomId()
  const { instance, token } = await LAB_MODULES[lab].issueSession(sid, context)
  stores[lab].set(sid, { slug: lab, sid, flag: newFlag(lab), instance }, context.now.getTime())
  return { ok: true, token }
}

function findInstance(slug: LabSlug, sid: unknown, now: Date): LiveInstance | LabRefusal {
  if (typeof sid !== 'string' || !LAB_ID_PATTERN.test(sid)) {
    return refuse('LAB_INSTANCE_UNKNOWN', 'The token has no sid naming a lab instance.')
  }
  const found = stores[slug].get(sid, now.getTime())
  if (found.ok) return found.value
  return found.reason === 'expired'
    ? refuse('LAB_INSTANCE_EXPIRED', 'This lab instance has expired: start the lab again.')
    : refuse(
        'LAB_INSTANCE_UNKNOWN',
        'No live instance of this lab has this sid: start the lab again.',
      )
}

export type AdminResult = { ok: true; solved: true; lab: LabSlug; flag: string } | LabRefusal

/**
 * The admin page of lab `slug`, behind the `verifier` asked for: the flag for an accepted token
 * whose role is admin, LAB_NOT_ADMIN for an accepted one that is not, the refusal otherwise.
 */
export async function checkAdmin(input: {
  slug: string
  token: string
  verifier: Verifier
  context: LabContext
}): Promise<AdminResult> {
  const lab = labOf(input.slug)
  if (typeof lab !== 'string') return lab
  const parsed = parseLabToken(input.token)
  if (!parsed.ok) return parsed
  const live = findInstance(lab, parsed.jws.payload.sid, input.context.now)
  if ('ok' in live) return live
  const labModule = LAB_MODULES[lab]
  const verify =
    input.verifier === 'hardened' ? labModule.hardenedVerify : labModule.vulnerableVerify
  const verdict = await verify(parsed.jws, live.instance, input.context)
  if (!verdict.ok) return verdict
  if (verdict.payload.role !== 'admin') {
    const role = JSON.stringify(verdict.payload.role ?? null).slice(0, 64)
    return refuse('LAB_NOT_ADMIN', `The token was accepted, but its role is ${role}, not "admin".`)
  }
  return { ok: true, solved: true, lab, flag: live.flag }
}

/** The public keys of instance `sid` of lab `slug` (labs with `jwks: true`). */
export function instanceJwks(
  slug: string,
  sid: string | null,
  now: Date,
): { ok: true; jwks: unknown } | LabRefusal {
  const lab = labOf(slug)
  if (typeof lab !== 'string') return lab
  const labModule = LAB_MODULES[lab]
  if (!LABS[lab].jwks || !labModule.publicJwks) {
    return refuse(
      'LAB_NO_PUBLIC_KEYS',
      'This lab signs with a shared secret: it has no public keys.',
    )
  }
  const live = lookupBySid(lab, sid, now)
  if ('ok' in live) return live
  return { ok: true, jwks: labModule.publicJwks(live.instance) }
}

/** The public key of an algorithm-confusion instance, as the PEM text its verifier uses. */
export function instancePublicPem(
  sid: string | null,
  now: Date,
): { ok: true; pem: string } | LabRefusal {
  const live = lookupBySid('algorithm-confusion', sid, now)
  if ('ok' in live) return live
  const { keys } = live.instance as { keys: { publicPem: string } }
  return { ok: true, pem: keys.publicPem }
}

function lookupBySid(slug: LabSlug, sid: string | null, now: Date): LiveInstance | LabRefusal {
  if (sid === null || !LAB_ID_PATTERN.test(sid)) {
    return refuse('LAB_INSTANCE_MISSING', 'Add ?sid=<the sid claim of your session token>.')
  }
  return findInstance(slug, sid, now)
}

/** Forgets every instance (tests). */
export function clearLabInstances(): void {
  for (const store of Object.values(stores)) store.clear()
}
