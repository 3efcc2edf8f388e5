/**
 * @module The demo forms' per-field messages: the API's issue codes (zod's, and the password
 * check's) turned into a sentence in the reader's language, and a weak password's zxcvbn-ts
 * feedback (warning, suggestions, score) shown under the password field.
 */
import type { ReactNode } from 'react'
import {
  fieldIssuesOf,
  passwordFeedbackOf,
  type FieldIssue,
  type PasswordFeedback,
} from '@/lib/demo/field-issues'
import type { Exchange } from '@/lib/demo/exchange'
import { fill } from '@/lib/i18n/fill'
import type { DemoStrings } from './strings'

export type FormField = 'email' | 'password' | 'name'
export type FieldErrors = Partial<Record<FormField, ReactNode>>

export interface PasswordLength {
  min: number
  max: number
}

/** One field's issue in the reader's language; an empty field is asked for, whatever the code. */
export function fieldMessage(
  strings: DemoStrings,
  field: FormField,
  issue: FieldIssue,
  value: string,
  length: PasswordLength,
): string {
  if (value.trim() === '') return strings.fieldErrors.required
  const messages: Record<string, string> = strings.fieldErrors[field]
  return fill(messages[issue.code] ?? strings.fieldErrors[field].default, {
    min: length.min,
    max: length.max,
  })
}

function Feedback({ feedback, strings }: { feedback: PasswordFeedback; strings: DemoStrings }) {
  const warnings: Record<string, string> = strings.zxcvbn.warnings
  const suggestions: Record<string, string> = strings.zxcvbn.suggestions
  const warning = feedback.warning ? warnings[feedback.warning] : undefined
  const known = feedback.suggestions.filter((key) => key in suggestions)
  return (
    <>
      {warning && <p>{warning}</p>}
      {known.length > 0 && (
        <ul className="ml-4 list-disc space-y-0.5">
          {known.map((key) => (
            <li key={key}>{suggestions[key]}</li>
          ))}
        </ul>
      )}
      <p>{fill(strings.strength, { score: feedback.score })}</p>
    </>
  )
}

/**
 * What to show under each field after `exchange` (a login or a register) came back: nothing for
 * a success or an error that is not about one field.
 */
export function fieldErrorsOf(
  exchange: Exchange | undefined,
  values: Partial<Record<FormField, string>>,
  strings: DemoStrings,
  length: PasswordLength,
): FieldErrors {
  const body = exchange?.response?.body
  const errors: FieldErrors = {}
  if (!exchange?.response || exchange.response.status !== 400) return errors
  const issues = fieldIssuesOf(body)
  for (const field of Object.keys(values) as FormField[]) {
    const issue = issues[field]
    if (!issue) continue
    const message = fieldMessage(strings, field, issue, values[field] ?? '', length)
    const feedback = field === 'password' ? passwordFeedbackOf(body) : null
    errors[field] = feedback ? (
      <>
        <p>{message}</p>
        <Feedback feedback={feedback} strings={strings} />
      </>
    ) : (
      <p>{message}</p>
    )
  }
  return errors
}
