'use client'
/**
 * @module The header and payload JSON the editors show: the decoded token's, or the learner's own
 * text in edit mode, each with its scan (members for highlighting) and, when editing, why it
 * cannot be signed, in the page's language.
 */
import { useMemo } from 'react'
import type { DecodeResult } from '@/lib/jwt/decode'
import { fill } from '@/lib/i18n/fill'
import { decodedTexts } from '@/lib/playground/analysis'
import { jsonObjectProblem } from '@/lib/playground/json-problem'
import { scanJson, type JsonScan } from '@/lib/jwt/json-scan'
import type { StringsFor } from './strings'

export type EditorError = { at: number; line: number; column: number; message: string }

function editorError(
  text: string,
  scan: JsonScan,
  strings: StringsFor<'editors'>,
): EditorError | null {
  const problem = jsonObjectProblem(text, scan)
  if (!problem) return null
  const reasons = strings.editors.reasons as Record<string, string>
  const { at, line, column, reason } = problem
  return {
    at,
    line,
    column,
    message: fill(strings.editors.invalid, { line, column, reason: reasons[reason] ?? reason }),
  }
}

export type EditorTexts = ReturnType<typeof useEditorTexts>

export function useEditorTexts(options: {
  editing: boolean
  decoded: DecodeResult | undefined
  edited: { headerText: string; payloadText: string }
  /** The decoded texts' scans, made with the decoding (in a worker for a long token). */
  decodedScans: { header: JsonScan; payload: JsonScan }
  strings: StringsFor<'editors'>
}) {
  const { editing, decoded, edited, decodedScans, strings } = options
  const { headerText: decodedHeaderText, payloadText: decodedPayloadText } = decodedTexts(decoded)
  const headerText = editing ? edited.headerText : decodedHeaderText
  const payloadText = editing ? edited.payloadText : decodedPayloadText
  // In decode mode the texts are the decoded ones, already scanned: a 48 KB payload is not
  // scanned again on the page.
  const decodedHeaderScan = decodedScans.header
  const decodedPayloadScan = decodedScans.payload
  const headerScan = useMemo(
    () => (headerText === decodedHeaderText ? decodedHeaderScan : scanJson(headerText)),
    [headerText, decodedHeaderText, decodedHeaderScan],
  )
  const payloadScan = useMemo(
    () => (payloadText === decodedPayloadText ? decodedPayloadScan : scanJson(payloadText)),
    [payloadText, decodedPayloadText, decodedPayloadScan],
  )
  const headerError = editing ? editorError(headerText, headerScan, strings) : null
  const payloadError = editing ? editorError(payloadText, payloadScan, strings) : null
  return {
    decodedHeaderText,
    decodedPayloadText,
    headerText,
    payloadText,
    headerScan,
    payloadScan,
    headerError,
    payloadError,
  }
}
