/** @module Error and warning codes from lib/jwt, in the page's language. */
import type { JwtFailure, JwtWarning } from '@/lib/jwt/errors'
import { duration, fill } from '@/lib/playground/format'
import type { PlaygroundStrings } from './strings'

type Details = Omit<JwtFailure, 'ok' | 'code'>

function values(strings: PlaygroundStrings, details: Details, locale?: string) {
  const parts = strings.parts as Record<string, string>
  return {
    ...details,
    segment: details.segment ? (parts[details.segment] ?? details.segment) : undefined,
    // Offsets are 0-based in lib/jwt; people count characters from 1.
    at: details.at !== undefined ? details.at + 1 : undefined,
    allowed: details.allowed?.join(', '),
    duration:
      details.seconds !== undefined && locale ? duration(details.seconds, locale) : details.seconds,
  }
}

/** A failed result's message, e.g. "The payload is not valid base64url at character 37." */
export function problemText(strings: PlaygroundStrings, failure: JwtFailure): string {
  const errors = strings.errors as Record<string, string>
  const variant = failure.hint === 'base64' ? errors[`${failure.code}_base64`] : undefined
  const template = variant ?? errors[failure.code] ?? failure.code
  return fill(template, values(strings, failure))
}

/** A warning's message. */
export function warningText(
  strings: PlaygroundStrings,
  warning: JwtWarning,
  locale: string,
): string {
  const messages = strings.warningMessages as Record<string, string>
  return fill(messages[warning.code] ?? warning.code, values(strings, warning, locale))
}
