/**
 * @module field-issues — what a 400 says about each field of a form: the API's `issues` (zod's
 * `{ path, code, message }`) grouped by field, and the strength feedback of a weak password.
 * The UI translates by `code`; the English `message` is never shown.
 */

/** One problem with one field, as the API reports it (`code` is zod's, or `password_too_weak`). */
export interface FieldIssue {
  code: string
  message: string
}

/** The password check's verdict: zxcvbn-ts's score and its untranslated feedback keys. */
export interface PasswordFeedback {
  score: number
  warning: string | null
  suggestions: string[]
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The first issue of each field in a problem+json body; `{}` when there are none.
 *
 * @example
 * fieldIssuesOf({ issues: [{ path: 'email', code: 'invalid_format', message: '…' }] })
 * // => { email: { code: 'invalid_format', message: '…' } }
 */
export function fieldIssuesOf(body: unknown): Record<string, FieldIssue> {
  const out: Record<string, FieldIssue> = {}
  if (!isRecord(body) || !Array.isArray(body.issues)) return out
  for (const issue of body.issues) {
    if (!isRecord(issue) || typeof issue.path !== 'string' || typeof issue.code !== 'string') {
      continue
    }
    // The field is the path's first segment (a nested path still names the input it came from).
    const field = issue.path.split('.')[0] ?? ''
    if (field && !(field in out)) {
      out[field] = {
        code: issue.code,
        message: typeof issue.message === 'string' ? issue.message : '',
      }
    }
  }
  return out
}

/**
 * The `password` feedback of a PASSWORD_TOO_WEAK answer, or null. Unknown shapes are dropped
 * rather than shown half-read.
 *
 * @example
 * passwordFeedbackOf({ password: { score: 0, warning: 'simpleRepeat', suggestions: [] } })
 * // => { score: 0, warning: 'simpleRepeat', suggestions: [] }
 */
export function passwordFeedbackOf(body: unknown): PasswordFeedback | null {
  if (!isRecord(body) || !isRecord(body.password)) return null
  const { score, warning, suggestions } = body.password
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > 4) return null
  return {
    score,
    warning: typeof warning === 'string' && warning ? warning : null,
    suggestions: Array.isArray(suggestions)
      ? suggestions.filter((s): s is string => typeof s === 'string' && s !== '')
      : [],
  }
}
