/** @module lib/jwt's error and warning codes in the page's language, from the `Jwt` catalog. */
import type { JwtFailure, JwtWarning } from '@/lib/jwt/errors'
import { formatMessage } from '@/lib/i18n/format-message'
import type { StringsFor } from './strings'

type Details = Omit<JwtFailure, 'ok' | 'code'>

function values(details: Details, code: string) {
  return {
    ...details,
    // A character position in a token is counted from 1 by people; lib/jwt counts from 0.
    at: details.at !== undefined && code === 'ERR_SEGMENT_BASE64' ? details.at + 1 : details.at,
    allowed: details.allowed?.join(', '),
  }
}

function withHint(strings: StringsFor<'jwt'>, text: string, details: Details): string {
  return details.hint === 'base64' ? `${text} ${strings.jwt.hints.base64}` : text
}

/** A failed result's message, e.g. "The payload part is not valid base64url at character 37: …" */
export function problemText(
  strings: StringsFor<'jwt'>,
  failure: JwtFailure,
  locale: string,
): string {
  const messages = strings.jwt.errors as Record<string, string>
  const message = messages[failure.code]
  if (!message) return failure.code
  return withHint(strings, formatMessage(message, values(failure, failure.code), locale), failure)
}

/** A warning's message. */
export function warningText(
  strings: StringsFor<'jwt'>,
  warning: JwtWarning,
  locale: string,
): string {
  const messages = strings.jwt.warnings as Record<string, string>
  const message = messages[warning.code]
  if (!message) return warning.code
  return withHint(strings, formatMessage(message, values(warning, warning.code), locale), warning)
}
