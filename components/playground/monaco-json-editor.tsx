'use client'
/**
 * @module The Monaco JSON editor, self-hosted: Monaco and its workers come from this site's own
 * build (never a CDN, which the CSP would refuse anyway). This module is only ever loaded with
 * next/dynamic after first paint; importing it statically would put ~1 MB gzip in the first load.
 */
import Editor, { loader, type OnMount } from '@monaco-editor/react'
// The editor core and JSON, not the full 'monaco-editor' entry, which also registers ~80
// languages (twice the download, and a longer long task while the browser evaluates it).
import * as monaco from 'monaco-editor/editor/editor.api'
import { jsonDefaults } from 'monaco-editor/languages/features/json/register'
// JSON's language support (loaded by Monaco when the first JSON model appears) reaches its worker
// through this module, which registers every editor contribution and the services they need.
// Loaded late, those services came after Monaco had built its service collection, so any editor
// created afterwards threw "depends on UNKNOWN service ICodeLensCache". Imported here, everything
// is registered before the first editor exists; it costs no extra bytes, since JSON loads it
// anyway.
import 'monaco-editor/internal/common/workers'
// The find widget's tab-order patch (its inputs leave the tab order while it is hidden).
import 'monaco-editor/features/find/register'
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { scanJson } from '@/lib/jwt/json-scan'
import { textChange } from '@/lib/playground/text-change'
import type { ClaimDocs } from './strings'

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'json')
      return new Worker(new URL('monaco-editor/language/json/json.worker', import.meta.url), {
        type: 'module',
      })
    return new Worker(new URL('monaco-editor/editor/editor.worker', import.meta.url), {
      type: 'module',
    })
  },
}
loader.config({ monaco })
// Syntax errors are marked by the page itself, in the reader's language, so Monaco's own
// English diagnostics would only repeat them.
jsonDefaults.setDiagnosticsOptions({ validate: false })

// Hover documentation per model: the provider is global to the JSON language, the docs are not.
const docsByModel = new Map<string, ClaimDocs>()
let hoverRegistered = false

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&')
}

function registerHover() {
  if (hoverRegistered) return
  hoverRegistered = true
  monaco.languages.registerHoverProvider('json', {
    provideHover(model, position) {
      const docs = docsByModel.get(model.uri.toString())
      if (!docs) return null
      const scan = scanJson(model.getValue())
      if (!scan.ok) return null
      const offset = model.getOffsetAt(position)
      const member = scan.members.find((m) => offset >= m.keyStart && offset <= m.valueEnd)
      const doc = member && docs[member.key]
      if (!member || !doc) return null
      const start = model.getPositionAt(member.keyStart)
      const end = model.getPositionAt(member.valueEnd)
      return {
        range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
        contents: [
          { value: `**${escapeMarkdown(member.key)}** · ${escapeMarkdown(doc.name)}` },
          { value: escapeMarkdown(doc.description) },
          ...(doc.detail ? [{ value: escapeMarkdown(doc.detail) }] : []),
        ],
      }
    },
  })
}

function subscribeTheme(onChange: () => void) {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] })
  return () => observer.disconnect()
}
const readTheme = () => (document.documentElement.classList.contains('dark') ? 'vs-dark' : 'vs')

/** Writes `value` into `model` unless it is one of the editor's own recent texts coming back. */
function syncModel(model: monaco.editor.ITextModel, value: string, emitted: string[]) {
  const echo = emitted.lastIndexOf(value)
  if (echo >= 0) {
    emitted.splice(0, echo + 1)
    return
  }
  emitted.length = 0
  // Only the part that changed: one character typed in a 64 KB token rewrites a few characters
  // of a 48 KB payload, where replacing the whole model re-tokenized and re-measured all of it.
  const change = textChange(model.getValue(), value)
  if (!change) return
  const start = model.getPositionAt(change.start)
  const end = model.getPositionAt(change.end)
  const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column)
  // A model edit, not the editor's: it applies in a read-only editor too, and stays undoable.
  model.pushEditOperations([], [{ range, text: change.text }], () => null)
}

export interface MonacoJsonEditorProps {
  value: string
  onChange: (value: string) => void
  /** Model path, e.g. `header.json`; one per editor. */
  path: string
  label: string
  docs: ClaimDocs
  /** A syntax error to mark, with its message in the page's language. */
  error: { at: number; message: string } | null
  /** The text offset under the pointer or cursor, for highlighting; null when none. */
  onLocate: (offset: number | null) => void
  onReady: () => void
  /**
   * Decode mode: the editor shows the token and takes no edits, so Tab moves on to the next
   * field (Monaco indents only in a writable editor); typing shows `readOnlyMessage`.
   */
  readOnly: boolean
  readOnlyMessage: string
  /** Out of sight behind a placeholder: `value` is not written into the model meanwhile. */
  hidden?: boolean
}

export function MonacoJsonEditor(props: MonacoJsonEditorProps) {
  const theme = useSyncExternalStore(subscribeTheme, readTheme, () => 'vs')
  const [height, setHeight] = useState(96)
  const exit = useRef<HTMLSpanElement>(null)
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null)
  const latest = useRef(props)
  const emitted = useRef<string[]>([])
  useEffect(() => {
    latest.current = props
  })
  const uri = monaco.Uri.parse(`inmemory://playground/${props.path}`).toString()

  useEffect(() => {
    docsByModel.set(uri, props.docs)
  }, [uri, props.docs])
  useEffect(() => () => void docsByModel.delete(uri), [uri])

  useEffect(() => {
    const model = editorRef.current?.getModel()
    if (!model) return
    const { error } = props
    if (!error) return monaco.editor.setModelMarkers(model, 'playground', [])
    const start = model.getPositionAt(error.at)
    monaco.editor.setModelMarkers(model, 'playground', [
      {
        severity: monaco.MarkerSeverity.Error,
        message: error.message,
        startLineNumber: start.lineNumber,
        startColumn: start.column,
        endLineNumber: start.lineNumber,
        endColumn: start.column + 1,
      },
    ])
  }, [props, props.error, props.value])

  const onMount = useCallback<OnMount>((editor, m) => {
    editorRef.current = editor
    registerHover()
    const model = editor.getModel()!
    // A model kept from an earlier mount (one per path) may hold older text.
    syncModel(model, latest.current.value, [])
    const cursorOffset = () => {
      const p = editor.getPosition()
      return p ? model.getOffsetAt(p) : null
    }
    editor.onDidContentSizeChange((e) => {
      if (e.contentHeightChanged) setHeight(Math.min(Math.max(e.contentHeight + 8, 64), 480))
    })
    editor.onMouseMove((e) => {
      const p = e.target.position
      latest.current.onLocate(
        p && e.target.type === m.editor.MouseTargetType.CONTENT_TEXT ? model.getOffsetAt(p) : null,
      )
    })
    editor.onMouseLeave(() =>
      latest.current.onLocate(editor.hasTextFocus() ? cursorOffset() : null),
    )
    editor.onDidChangeCursorPosition(() => {
      if (editor.hasTextFocus()) latest.current.onLocate(cursorOffset())
    })
    editor.onDidFocusEditorText(() => latest.current.onLocate(cursorOffset()))
    editor.onDidBlurEditorText(() => latest.current.onLocate(null))
    // Monaco keeps Tab for indenting: Escape moves focus just past the editor, so the next Tab
    // goes on to the page (Ctrl+M, Monaco's own tab-focus toggle, works too). An action, not
    // `addCommand`: a command's keybinding is shared by every editor on the page, so Escape in
    // the header editor ran the payload editor's handler and Tab then skipped the payload.
    editor.addAction({
      id: 'playground.leaveEditor',
      label: 'Leave the editor',
      keybindings: [m.KeyCode.Escape],
      precondition:
        '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !renameInputVisible && !inSnippetMode && !markersNavigationVisible',
      run: () => exit.current?.focus(),
    })
    setHeight(Math.min(Math.max(editor.getContentHeight() + 8, 64), 480))
    latest.current.onReady()
  }, [])

  const onChange = useCallback((value: string | undefined) => {
    emitted.current.push(value ?? '')
    if (emitted.current.length > 100) emitted.current.shift()
    latest.current.onChange(value ?? '')
  }, [])

  // The text comes back from the page one render behind the keyboard. Treated as a controlled
  // value (as @monaco-editor/react's `value` does), a late echo replaced what had been typed
  // since, losing keystrokes mid-word ("not valid JSON at column 6"). So an echo of the editor's
  // own text is ignored, and only a change from elsewhere (a new token, "Back to the pasted
  // token", a picked algorithm) is written into the model, as one undoable edit.
  // Hidden (the pane shows "No payload" for a moment), the model keeps its text: when the
  // payload comes back a keystroke later, only what changed is written.
  useEffect(() => {
    const model = editorRef.current?.getModel()
    if (model && !props.hidden) syncModel(model, props.value, emitted.current)
  }, [props.value, props.hidden])

  return (
    <>
      <div
        style={{ height }}
        className="overflow-hidden rounded-lg border border-zinc-200 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-indigo-600 dark:border-zinc-800 dark:focus-within:outline-indigo-400"
        data-testid={`monaco-${props.path}`}
      >
        <Editor
          defaultValue={props.value}
          onChange={onChange}
          language="json"
          path={`inmemory://playground/${props.path}`}
          theme={theme}
          loading={null}
          onMount={onMount}
          options={{
            ariaLabel: props.label,
            readOnly: props.readOnly,
            readOnlyMessage: { value: props.readOnlyMessage },
            // Typed JSON comes out exactly as typed: no closing quote or brace appears ahead of
            // the cursor to be typed over (or, when Monaco loses track of it, left behind as a
            // stray `"}`).
            autoClosingBrackets: 'never',
            autoClosingQuotes: 'never',
            autoSurround: 'never',
            minimap: { enabled: false },
            lineNumbers: 'on',
            lineNumbersMinChars: 2,
            glyphMargin: false,
            folding: true,
            wordWrap: 'on',
            wrappingIndent: 'indent',
            scrollBeyondLastLine: false,
            automaticLayout: true,
            fontSize: 13,
            tabSize: 2,
            renderLineHighlight: 'none',
            fixedOverflowWidgets: true,
            overviewRulerLanes: 0,
            hideCursorInOverviewRuler: true,
            scrollbar: { alwaysConsumeMouseWheel: false },
            padding: { top: 6, bottom: 6 },
            // Claims are free text: word-based suggestions only get in the way of typing.
            quickSuggestions: false,
            suggestOnTriggerCharacters: false,
            wordBasedSuggestions: 'off',
            unicodeHighlight: { invisibleCharacters: true, ambiguousCharacters: true },
          }}
        />
      </div>
      <span ref={exit} tabIndex={-1} className="sr-only" />
    </>
  )
}
