/**
 * @module What every lab module provides. Each lab (./alg-none.ts, …) exports the same three
 * top-level functions, so the lab page can show them sliced from the file that runs:
 * `issueSession` (a fresh instance and the learner's token), `vulnerableVerify` (the flawed
 * server) and `hardenedVerify` (the fix, which refuses the forged token).
 */
import type { JWK } from 'jose'
import type { LabJws } from './jws'
import type { Verdict } from './verdict'

/** What a verifier knows about the request besides the token. */
export interface LabContext {
  /** The origin the request was sent to (lib/http's requestOrigin): the lab's own URLs start so. */
  origin: string
  now: Date
}

export interface LabModule<Instance> {
  /** A new instance `sid`: its keys, and the learner's session token (role "user"). */
  issueSession(sid: string, context: LabContext): Promise<{ instance: Instance; token: string }>
  vulnerableVerify(jws: LabJws, instance: Instance, context: LabContext): Promise<Verdict>
  hardenedVerify(jws: LabJws, instance: Instance, context: LabContext): Promise<Verdict>
  /** The instance's public keys, for labs whose catalogue entry says `jwks: true`. */
  publicJwks?(instance: Instance): { keys: JWK[] }
  /** Called when the instance leaves memory (evicted or replaced), to drop what it holds elsewhere. */
  forget?(instance: Instance): void
}

/** Erases the instance type, so one registry can hold every lab. */
export function defineLab<Instance>(lab: LabModule<Instance>): LabModule<unknown> {
  return lab as LabModule<unknown>
}
