/**
 * @module A labelled text input in the demo's forms: the label wraps the input it names, and a
 * field the server refused says why right below it (aria-invalid, aria-describedby).
 */
import { useId, type InputHTMLAttributes, type ReactNode } from 'react'
import { input } from './styles'

export function TextField({
  label,
  onValue,
  error,
  'aria-describedby': hint,
  ...attributes
}: {
  label: string
  onValue: (value: string) => void
  /** What is wrong with the value, in the reader's language; nothing when it is fine. */
  error?: ReactNode
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'className' | 'onChange' | 'aria-invalid'>) {
  const errorId = useId()
  const describedBy = [error ? errorId : null, hint].filter(Boolean).join(' ') || undefined
  return (
    <div className="space-y-1 text-sm">
      <label className="block space-y-1">
        <span className="font-medium">{label}</span>
        <input
          className={`${input} aria-invalid:border-rose-600 dark:aria-invalid:border-rose-400`}
          onChange={(e) => onValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...attributes}
        />
      </label>
      {error && (
        <div id={errorId} className="space-y-1 text-xs text-rose-800 dark:text-rose-300">
          {error}
        </div>
      )}
    </div>
  )
}
