'use client'
/**
 * @module Decode or edit-and-sign. Decode verifies the token on screen (the one just signed, if
 * any). In edit mode, a note on what signs (or that nothing will) and the explicit opt-in to an
 * unsecured `alg: none` token; in either mode, once edited, the way back to the pasted token.
 */
import { useId } from 'react'
import type { StringsFor } from './strings'

export interface ModeSwitchProps {
  strings: StringsFor<'mode'>
  editing: boolean
  onEdit: () => void
  /** Decode and verify the token now on screen. */
  onDecode: () => void
  onBackToPasted: () => void
  /** A secret or private key is there to sign with. */
  canSign: boolean
  /** The header asks for `alg: none`, so the opt-in is offered. */
  offerNone: boolean
  allowNone: boolean
  onAllowNone: (allow: boolean) => void
  /** A pasted token to go back to. */
  hasPasted: boolean
}

export function ModeSwitch(props: ModeSwitchProps) {
  const { strings, editing } = props
  const id = useId()
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-sm font-semibold">{strings.mode.label}</legend>
      <div className="inline-flex rounded-lg border border-zinc-300 p-0.5 dark:border-zinc-700">
        {(['decode', 'encode'] as const).map((mode) => (
          <label
            key={mode}
            className="cursor-pointer rounded-md px-3 py-1.5 text-sm font-medium text-zinc-700 has-checked:bg-indigo-700 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-indigo-600 dark:text-zinc-300 dark:has-checked:bg-indigo-400 dark:has-checked:text-zinc-950"
          >
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode}
              checked={(mode === 'encode') === editing}
              onChange={() => (mode === 'encode' ? props.onEdit() : props.onDecode())}
              className="sr-only"
            />
            {mode === 'decode' ? strings.mode.decode : strings.mode.encode}
          </label>
        ))}
      </div>
      {editing && (
        <div className="space-y-2 rounded-lg border border-indigo-300 bg-indigo-50 p-3 text-sm text-indigo-950 dark:border-indigo-800 dark:bg-indigo-950/50 dark:text-indigo-50">
          <p>{props.canSign ? strings.mode.encodeNote : strings.mode.encodeNoKey}</p>
          {props.offerNone && (
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={props.allowNone}
                onChange={(e) => props.onAllowNone(e.target.checked)}
              />
              {strings.mode.allowNone}
            </label>
          )}
        </div>
      )}
      {props.hasPasted && (
        <button
          type="button"
          onClick={props.onBackToPasted}
          className="block rounded-md border border-zinc-300 px-2.5 py-1 text-xs font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800"
        >
          {strings.mode.backToPasted}
        </button>
      )}
    </fieldset>
  )
}
