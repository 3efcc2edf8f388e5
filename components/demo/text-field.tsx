/**
 * @module A labelled text input in the demo's forms: the label wraps the input it names, and a
 * field the server refused says why right below it (aria-invalid, aria-describedby).
 */
import { useId, useLayoutEffect, type InputHTMLAttributes, type ReactNode } from 'react'
import { useFieldBeforeHydration } from '@/components/ui/use-field-before-hydration'
import { input } from './styles'

export function TextField({
  label,
  value,
  onValue,
  error,
  'aria-describedby': hint,
  ...attributes
}: {
  label: string
  value: string
  onValue: (value: string) => void
  /** What is wrong with the value, in the reader's language; nothing when it is fine. */
  error?: ReactNode
} & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'className' | 'onChange' | 'aria-invalid' | 'id' | 'value'
>) {
  const errorId = useId()
  const inputId = useId()
  // Typed while the page hydrated: the state does not have it, and the next render would put
  // the state's value back over it.
  const typed = useFieldBeforeHydration(inputId, value)
  useLayoutEffect(() => {
    if (typed !== undefined) onValue(typed)
    // Once, after hydration; onValue is a new function on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed])
  const describedBy = [error ? errorId : null, hint].filter(Boolean).join(' ') || undefined
  return (
    <div className="space-y-1 text-sm">
      <label className="block space-y-1">
        <span className="font-medium">{label}</span>
        <input
          className={`${input} aria-invalid:border-rose-600 dark:aria-invalid:border-rose-400`}
          id={inputId}
          value={value}
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
