/** @module A labelled text input in the demo's forms: the label wraps the input it names. */
import type { InputHTMLAttributes } from 'react'
import { input } from './styles'

export function TextField({
  label,
  onValue,
  ...attributes
}: { label: string; onValue: (value: string) => void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'className' | 'onChange'
>) {
  return (
    <label className="block space-y-1 text-sm">
      <span className="font-medium">{label}</span>
      <input className={input} onChange={(e) => onValue(e.target.value)} {...attributes} />
    </label>
  )
}
