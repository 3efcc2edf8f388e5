/** @module What a lab verifier answers: the claims it accepted, or a refusal with a code. */
import type { JsonObject } from '@/lib/jwt'
import type { LabErrorCode, LabRefusal } from './codes'

/** A verifier's answer. `payload` is whatever the verifier chose to believe. */
export type Verdict = { ok: true; payload: JsonObject } | LabRefusal

export function accept(payload: JsonObject): Verdict {
  return { ok: true, payload }
}

export function refuse(code: LabErrorCode, detail: string): LabRefusal {
  return { ok: false, code, detail }
}
