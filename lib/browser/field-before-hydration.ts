/**
 * @module What a reader did to a server-rendered text field before React hydrated it. React's
 * stable build writes its state's value over a `<textarea>` while it hydrates (`initTextarea`):
 * text pasted while the page's scripts were still loading is replaced by the server's, and a
 * selection made then (select all, before a paste) collapses to the start, so the paste lands in
 * front of the old text. An `<input>` keeps its text, but the state behind it does not have it,
 * and the next render puts the state's value back. This reads the field first, during the
 * hydrating render, and puts the selection back afterwards.
 */

/** A field as the reader left it: its text, and the selection if it had the focus. */
export interface FieldSnapshot {
  value: string
  selection: { start: number; end: number; direction: 'forward' | 'backward' | 'none' } | null
}

type TextField = HTMLInputElement | HTMLTextAreaElement

function textField(id: string): TextField | null {
  if (typeof document === 'undefined') return null
  const el = document.getElementById(id)
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el : null
}

/**
 * The field `id` as it is in the document now, or undefined when it is not there (the server's
 * render, or a page rendered in the browser, whose fields do not exist yet).
 *
 * @example
 * // during the hydrating render, after the reader pasted into #token
 * readField('token') // => { value: 'eyJ…', selection: { start: 4, end: 4, direction: 'none' } }
 */
export function readField(id: string): FieldSnapshot | undefined {
  const el = textField(id)
  if (!el) return undefined
  const focused = el.ownerDocument.activeElement === el
  const { selectionStart: start, selectionEnd: end, selectionDirection: direction } = el
  return {
    value: el.value,
    selection:
      focused && start !== null && end !== null
        ? { start, end, direction: direction ?? 'none' }
        : null,
  }
}

/**
 * Puts back the selection of `snapshot` if the field still has the focus: the same range on the
 * same text, or all of it when all was selected (the text may have been replaced since, by a
 * restored session: a paste must still replace it). True when it did.
 */
export function restoreSelection(id: string, snapshot: FieldSnapshot): boolean {
  const el = textField(id)
  const { selection } = snapshot
  if (!el || !selection || el.ownerDocument.activeElement !== el) return false
  const all = selection.start === 0 && selection.end === snapshot.value.length
  if (all && snapshot.value.length > 0) el.select()
  else if (el.value === snapshot.value)
    el.setSelectionRange(selection.start, selection.end, selection.direction)
  else return false
  return true
}
