/** @module The lab's view of a presented token: a compact JWS, parsed once, before any verifier. */
import { decodeToken, type JsonObject } from '@/lib/jwt'
import type { LabRefusal } from './codes'
import { refuse } from './verdict'

/** A compact JWS whose header and payload are JSON objects. Nothing in it is verified. */
export interface LabJws {
  /** The token as presented. */
  token: string
  header: JsonObject
  payload: JsonObject
  /** `header.payload` exactly as presented: the bytes a signature covers. */
  signingInput: string
  /** The decoded signature bytes (empty for an unsecured token). */
  signature: Uint8Array
}

/** Tokens longer than this are refused before decoding (the Authorization header caps at 8 KB). */
export const MAX_LAB_TOKEN_LENGTH = 8 * 1024

/**
 * Splits and decodes a token, or refuses it with LAB_TOKEN_MALFORMED.
 *
 * @example parseLabToken('eyJhbGciOiJub25lIn0.eyJyb2xlIjoiYWRtaW4ifQ.')
 */
export function parseLabToken(token: string): { ok: true; jws: LabJws } | LabRefusal {
  if (token.length > MAX_LAB_TOKEN_LENGTH) {
    return refuse('LAB_TOKEN_MALFORMED', `The token is over ${MAX_LAB_TOKEN_LENGTH} characters.`)
  }
  const decoded = decodeToken(token)
  if (!decoded.ok) {
    return refuse('LAB_TOKEN_MALFORMED', `The token does not decode (${decoded.code}).`)
  }
  if (decoded.kind !== 'jws' || decoded.partial) {
    return refuse('LAB_TOKEN_MALFORMED', 'A lab token is a compact JWS: header.payload.signature.')
  }
  if (decoded.payload?.type !== 'json' || !decoded.signature || !decoded.signingInput) {
    return refuse('LAB_TOKEN_MALFORMED', 'The payload is not a JSON object.')
  }
  return {
    ok: true,
    jws: {
      token,
      header: decoded.header,
      payload: decoded.payload.value,
      signingInput: decoded.signingInput,
      signature: decoded.signature,
    },
  }
}
