/** @module Reads and validates JSON request bodies: 415, 413, 400 before any handler logic runs. */
import type { z } from 'zod'
import { ApiError } from './errors'

export const MAX_BODY_BYTES = 16 * 1024

/**
 * Reads the body as bytes, refusing more than `limit` bytes whether or not Content-Length told
 * the truth (a chunked body has none, and a lying one is cut off as soon as it goes over).
 */
export async function readBodyBytes(req: Request, limit = MAX_BODY_BYTES): Promise<Uint8Array> {
  const declared = req.headers.get('content-length')
  if (declared !== null) {
    const length = Number(declared)
    if (Number.isFinite(length) && length > limit) {
      throw new ApiError('BODY_TOO_LARGE', `The body is ${length} bytes; the limit is ${limit}.`)
    }
  }
  if (!req.body) return new Uint8Array(0)
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel().catch(() => {})
      throw new ApiError('BODY_TOO_LARGE', `The body is over the limit of ${limit} bytes.`)
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

function isJsonContentType(value: string | null): boolean {
  if (!value) return false
  const mediaType = value.split(';')[0]?.trim().toLowerCase()
  return mediaType === 'application/json'
}

/**
 * Reads a JSON body of at most `limit` bytes: 415 when it is not `application/json`, 413 when it
 * is too large, 400 INVALID_JSON when it does not parse. The value is not validated.
 *
 * @example const body = await readJsonBody(req, 8 * 1024)
 */
export async function readJsonBody(req: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  if (!isJsonContentType(req.headers.get('content-type'))) {
    throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as Content-Type: application/json.')
  }
  const bytes = await readBodyBytes(req, limit)
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    throw new ApiError('INVALID_JSON', 'The body could not be parsed as JSON.')
  }
}

/**
 * Parses a JSON body and validates it with a zod schema.
 *
 * @example const { email, password } = await parseJson(req, LoginBody)
 */
export async function parseJson<S extends z.ZodType>(
  req: Request,
  schema: S,
): Promise<z.output<S>> {
  const data = await readJsonBody(req)
  const result = schema.safeParse(data)
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      code: issue.code,
      message: issue.message,
    }))
    const first = issues[0]
    const detail = first ? `${first.path || 'body'}: ${first.message}` : 'The body is not valid.'
    throw new ApiError('VALIDATION_FAILED', detail, { extra: { issues } })
  }
  return result.data
}
