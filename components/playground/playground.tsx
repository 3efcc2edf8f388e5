'use client'
/**
 * @module The playground: one input that takes anything, the token coloured by part, the decoded
 * header and payload (Monaco after first paint), a verdict that cannot mislead, keys, edit-and-
 * sign, teaching warnings, code, and a share link. Finding and decoding are synchronous and
 * jose-free (first load); verifying, signing and key tools load lib/jwt's jose half on demand.
 * Nothing typed here is ever sent anywhere.
 */
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { KeyInput, VerifyResult } from '@/lib/jwt'
import { isSupportedAlgorithm } from '@/lib/jwt/algorithms'
import { encodeBase64url } from '@/lib/jwt/base64url'
import { decodeToken } from '@/lib/jwt/decode'
import type { JwtFailure, JwtWarning } from '@/lib/jwt/errors'
import type { JsonObject } from '@/lib/jwt/json'
import { explainClaims, tokenState } from '@/lib/jwt/explain'
import { findTokens } from '@/lib/jwt/find'
import { loadJwt } from '@/lib/playground/crypto'
import { fill, localDate, relative } from '@/lib/playground/format'
import { tokenRangeFor } from '@/lib/playground/highlight'
import { memberAt, scanJson, setStringMember, type JsonScan } from '@/lib/playground/json-scan'
import type { LessonSlug } from '@/lib/playground/lessons'
import type { SnippetInput } from '@/lib/playground/snippets'
import { clearSaved, loadSaved, save, type SavedState } from '@/lib/playground/storage'
import { tokenFromHash } from '@/lib/playground/share'
import { verdictFor } from '@/lib/playground/verdict'
import { ClaimsTable } from './claims-table'
import { CodeSnippets } from './code-snippets'
import { JsonPane } from './json-pane'
import { KeyPanel, type Generated } from './key-panel'
import { problemText } from './problem-text'
import { SharePanel } from './share-panel'
import type { ClaimDocs, PlaygroundStrings } from './strings'
import { TimeControl } from './time-control'
import { TokenView } from './token-view'
import { ClaimsCard, claimsStateText, VerdictCard } from './verdict-banner'
import { WarningsList } from './warnings-list'

export interface PlaygroundProps {
  strings: PlaygroundStrings
  locale: string
  /** The token shown before anything is pasted, and its (public, teaching) secret. */
  example: { token: string; secret: string }
  /** Localized `/learn/<slug>` hrefs, resolved on the server. */
  lessonHrefs: Record<LessonSlug, string>
}

const DEFAULT_HEADER = '{\n  "alg": "HS256",\n  "typ": "JWT"\n}'

function defaultPayload(): string {
  const now = Math.floor(Date.now() / 1000)
  return `{\n  "sub": "1234567890",\n  "name": "Ada Lovelace",\n  "iat": ${now},\n  "exp": ${now + 3600}\n}`
}

type PublicKind = 'pem' | 'jwk' | 'jwks'

/** What a pasted public key looks like (the same rules as lib/jwt's detectKeyKind). */
function detectPublicKind(text: string): PublicKind {
  const trimmed = text.trim()
  if (trimmed.startsWith('{')) return /"keys"\s*:/.test(trimmed) ? 'jwks' : 'jwk'
  return 'pem'
}

/** An editor's JSON error, in the page's language; null when the text is a JSON object. */
function jsonProblem(text: string, scan: JsonScan, strings: PlaygroundStrings) {
  const reasons = strings.editors.reasons as Record<string, string>
  if (!scan.ok)
    return {
      at: scan.at,
      line: scan.line,
      column: scan.column,
      message: fill(strings.editors.invalid, {
        line: scan.line,
        column: scan.column,
        reason: reasons[scan.reason] ?? scan.reason,
      }),
    }
  const at = text.search(/\S/)
  if (text[at] !== '{') {
    const before = text.slice(0, Math.max(at, 0))
    const line = before.split('\n').length
    const column = at - before.lastIndexOf('\n')
    return {
      at: Math.max(at, 0),
      line,
      column,
      message: fill(strings.editors.invalid, { line, column, reason: reasons['not-object'] }),
    }
  }
  return null
}

function dedupe(warnings: JwtWarning[]): JwtWarning[] {
  const seen = new Set<string>()
  return warnings.filter((w) => {
    const key = `${w.code}|${w.segment ?? ''}|${w.path ?? ''}|${w.claim ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function onIdle(run: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(run, { timeout: 1500 })
    return () => window.cancelIdleCallback(id)
  }
  const timer = setTimeout(run, 200)
  return () => clearTimeout(timer)
}

export function Playground({ strings, locale, example, lessonHrefs }: PlaygroundProps) {
  const id = useId()
  const defaults = useMemo<SavedState>(
    () => ({
      input: example.token,
      mode: 'decode',
      headerText: '',
      payloadText: '',
      pasted: null,
      alg: 'HS256',
      secret: example.secret,
      secretEncoding: 'utf8',
      publicKey: '',
      publicFormat: 'auto',
      privateKey: '',
      allowNone: false,
      consumedHash: null,
    }),
    [example],
  )
  const [state, setState] = useState<SavedState>(defaults)
  const [restored, setRestored] = useState(false)
  const [notice, setNotice] = useState<'restored' | null>(null)
  const update = useCallback(
    (patch: Partial<SavedState>) => setState((s) => ({ ...s, ...patch })),
    [],
  )

  // Restore after hydration (the server cannot see the fragment or this tab's storage): a shared
  // link's token first, unless this tab already opened that link, then the tab's own session.
  useEffect(() => {
    const saved = loadSaved(defaults)
    const hash = window.location.hash
    const linked = tokenFromHash(hash)
    /* eslint-disable react-hooks/set-state-in-effect -- reading browser-only state once */
    if (linked && hash !== saved.consumedHash) {
      const fresh = saved === defaults
      setState({
        ...saved,
        input: linked,
        mode: 'decode',
        pasted: null,
        consumedHash: hash,
        // The example's secret must not be tried against someone else's token.
        ...(fresh && { secret: '' }),
      })
      setNotice('restored')
    } else if (saved !== defaults) setState(saved)
    setRestored(true)
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [defaults])

  useEffect(() => {
    if (!restored) return
    const timer = setTimeout(() => save(state), 250)
    return () => clearTimeout(timer)
  }, [state, restored])

  // The clock ticks only in the browser; the server renders no relative times.
  const [clock, setClock] = useState<number | null>(null)
  const [fixedNow, setFixedNow] = useState<number | null>(null)
  useEffect(() => {
    const tick = () => setClock(Date.now())
    const first = setTimeout(tick, 0)
    const timer = setInterval(tick, 1000)
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [])
  const nowMs = fixedNow ?? clock

  // Monaco and jose arrive after first paint, when the browser is idle.
  const [loadEditor, setLoadEditor] = useState(false)
  useEffect(
    () =>
      onIdle(() => {
        setLoadEditor(true)
        void loadJwt().catch(() => {})
      }),
    [],
  )

  // Find and decode: synchronous and cheap, but deferred so typing in a 64 KB token stays smooth.
  const input = useDeferredValue(state.input)
  const found = useMemo(() => findTokens(input), [input])
  const [picked, setPicked] = useState<number | null>(null)
  const tokens = found.ok ? found.tokens : []
  const current = found.ok
    ? picked !== null && tokens[picked]
      ? tokens[picked]
      : found.best
    : undefined
  const token = current?.token
  const decoded = useMemo(
    () => (token ? decodeToken(token, { payload: 'any' }) : undefined),
    [token],
  )
  const jws = decoded?.ok && decoded.kind === 'jws' ? decoded : undefined
  const tokenAlg = decoded?.ok
    ? decoded.alg
    : typeof decoded?.header?.alg === 'string'
      ? decoded.header.alg
      : undefined

  const editing = state.mode === 'encode'
  const decodedHeaderText = decoded?.ok ? decoded.headerText : ''
  const decodedPayloadText = jws?.payload
    ? jws.payload.type === 'json'
      ? jws.payload.text
      : (jws.payload.text ?? '')
    : ''
  const headerText = editing ? state.headerText : decodedHeaderText
  const payloadText = editing ? state.payloadText : decodedPayloadText
  const headerScan = useMemo(() => scanJson(headerText), [headerText])
  const payloadScan = useMemo(() => scanJson(payloadText), [payloadText])
  const headerError = editing ? jsonProblem(headerText, headerScan, strings) : null
  const payloadError = editing ? jsonProblem(payloadText, payloadScan, strings) : null

  // The picker follows the token's alg when a new token arrives; a different choice afterwards
  // stays, so a learner sees the allow-list refuse it. (Adjusted during render, not in an effect.)
  const [syncedAlg, setSyncedAlg] = useState<string | undefined>(undefined)
  if (tokenAlg !== syncedAlg) {
    setSyncedAlg(tokenAlg)
    if (tokenAlg && isSupportedAlgorithm(tokenAlg))
      update({ alg: tokenAlg === 'Ed25519' ? 'EdDSA' : tokenAlg })
  }

  const hmac = state.alg.startsWith('HS')
  const allowList = useMemo(
    () => (state.alg === 'EdDSA' ? ['EdDSA', 'Ed25519'] : [state.alg]),
    [state.alg],
  )
  const secretKey: KeyInput | undefined =
    state.secret !== ''
      ? { kind: 'secret', value: state.secret, encoding: state.secretEncoding }
      : undefined
  const publicKey = state.publicKey.trim()
    ? ({ kind: state.publicFormat, value: state.publicKey } as KeyInput)
    : undefined
  const hasPublicKey = publicKey !== undefined
  const privateKey: KeyInput | undefined = state.privateKey.trim()
    ? { kind: 'auto', value: state.privateKey }
    : undefined
  const verifyKey = hmac ? secretKey : (publicKey ?? (editing ? privateKey : undefined))
  const signKey = hmac ? secretKey : privateKey

  // Verify, debounced; a result only counts for the exact token, key and allow-list it was for.
  const verifiable = jws && !jws.partial && !jws.unsecured
  const verifyId =
    token && verifyKey && verifiable ? JSON.stringify([token, allowList, verifyKey]) : null
  const [verification, setVerification] = useState<{ id: string; result: VerifyResult } | null>(
    null,
  )
  useEffect(() => {
    if (!verifyId) return
    const [t, algorithms, key] = JSON.parse(verifyId) as [string, string[], KeyInput]
    let cancelled = false
    const timer = setTimeout(
      async () => {
        let result: VerifyResult
        try {
          const jwt = await loadJwt()
          result = await jwt.verifyToken(t, { key, algorithms })
        } catch (error) {
          result = {
            ok: false,
            code: 'ERR_INTERNAL',
            stage: 'signature',
            detail: String(error),
            warnings: [],
          }
        }
        if (!cancelled) setVerification({ id: verifyId, result })
      },
      t.length > 16_000 ? 250 : 60,
    )
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [verifyId])
  const verified = verification?.id === verifyId ? verification.result : undefined

  // Edit mode: re-sign on every valid edit, with the secret or private key in hand.
  const pastedSignature = useMemo(() => {
    if (!state.pasted) return ''
    const pasted = findTokens(state.pasted)
    return pasted.ok ? (pasted.best.token.split('.')[2] ?? '') : ''
  }, [state.pasted])
  const signId =
    editing && !headerError && !payloadError
      ? JSON.stringify([headerText, payloadText, signKey ?? null, state.allowNone, pastedSignature])
      : null
  const [signError, setSignError] = useState<JwtFailure | null>(null)
  const [signWarnings, setSignWarnings] = useState<JwtWarning[]>([])
  useEffect(() => {
    if (!signId) return
    const [h, p, key, allowNone, oldSignature] = JSON.parse(signId) as [
      string,
      string,
      KeyInput | null,
      boolean,
      string,
    ]
    let cancelled = false
    const timer = setTimeout(async () => {
      let next: string
      try {
        const jwt = await loadJwt()
        const result = await jwt.signToken(h, p, {
          ...(key && { key }),
          allowUnsecured: allowNone,
        })
        if (cancelled) return
        if (result.ok) {
          setSignError(null)
          setSignWarnings(result.warnings.filter((w) => w.code === 'WARN_UNSECURED_TOKEN'))
          next = result.token
        } else {
          setSignError(result.code === 'ERR_KEY_MISSING' ? null : result)
          setSignWarnings([])
          // Not signed: keep the token in step with the JSON, with the old signature, which
          // then honestly fails to verify.
          next = `${encodeBase64url(h)}.${encodeBase64url(p)}.${oldSignature}`
        }
      } catch (error) {
        if (cancelled) return
        setSignError({ ok: false, code: 'ERR_INTERNAL', detail: String(error) })
        return
      }
      setState((s) => (s.mode === 'encode' ? { ...s, input: next } : s))
    }, 80)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [signId])

  const jsonError = headerError
    ? { segment: 'header' as const, line: headerError.line, column: headerError.column }
    : payloadError
      ? { segment: 'payload' as const, line: payloadError.line, column: payloadError.column }
      : undefined
  const verdict = verdictFor({
    decoded,
    ...(!found.ok && { findFailure: found }),
    verification: verified,
    hasKey: Boolean(verifyKey),
    keyKind: hmac ? 'secret' : 'public',
    ...(jsonError && { jsonError }),
  })

  // Claims and time.
  // Keyed on the payload text: a new signature or a re-sign of the same JSON keeps the same
  // object, so the claims table and hover docs do not rebuild on every keystroke.
  const liveClaims = jws?.payload?.type === 'json' ? jws.payload : undefined
  const [claimsSnapshot, setClaimsSnapshot] = useState<{ text: string | null; value?: JsonObject }>(
    { text: null },
  )
  const liveText = liveClaims?.text ?? null
  if (liveText !== claimsSnapshot.text)
    setClaimsSnapshot(
      liveClaims ? { text: liveClaims.text, value: liveClaims.value } : { text: null },
    )
  const claimsObject = liveText === claimsSnapshot.text ? claimsSnapshot.value : liveClaims?.value
  const claims = useMemo(() => (claimsObject ? explainClaims(claimsObject) : []), [claimsObject])
  const lifetime = claimsObject && nowMs !== null ? tokenState(claimsObject, nowMs) : null
  const claimsState =
    nowMs === null && claimsObject
      ? { text: strings.claimsState.pending, tone: 'neutral' as const }
      : claimsStateText(lifetime, strings.claimsState, Math.floor((nowMs ?? 0) / 1000), locale)
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)

  // Highlight: the member under the pointer, cursor or tapped claim, mapped to token bytes.
  const [locate, setLocate] = useState<{ part: 'header' | 'payload'; offset: number } | null>(null)
  const [claimPick, setClaimPick] = useState<string | null>(null)
  const onLocateHeader = useCallback(
    (offset: number | null) => setLocate(offset === null ? null : { part: 'header', offset }),
    [],
  )
  const onLocatePayload = useCallback(
    (offset: number | null) => setLocate(offset === null ? null : { part: 'payload', offset }),
    [],
  )
  const active = useMemo(() => {
    if (!decoded || decoded.segments.length < 2) return null
    let part: 'header' | 'payload'
    let member
    if (claimPick !== null && payloadScan.ok) {
      part = 'payload'
      member = payloadScan.members.find((m) => m.key === claimPick)
    } else if (locate) {
      part = locate.part
      const scan = part === 'header' ? headerScan : payloadScan
      member = scan.ok ? memberAt(scan.members, locate.offset) : undefined
    } else return null
    if (!member) return null
    const text = part === 'header' ? headerText : payloadText
    // In edit mode the token catches up a moment after the JSON: only map when they agree.
    const tokenText = part === 'header' ? decodedHeaderText : decodedPayloadText
    if (tokenText !== text) return null
    const segment = decoded.segments[part === 'header' ? 0 : 1]!
    const range = tokenRangeFor(
      text,
      member.keyStart,
      member.valueEnd,
      segment.start,
      segment.end - segment.start,
    )
    return { part, key: member.key, range }
  }, [
    decoded,
    claimPick,
    locate,
    headerScan,
    payloadScan,
    headerText,
    payloadText,
    decodedHeaderText,
    decodedPayloadText,
  ])

  // Hover docs for Monaco; time claims also get their date (refreshed once a minute).
  const minute = nowMs === null ? null : Math.floor(nowMs / 60_000)
  const payloadDocs = useMemo<ClaimDocs>(() => {
    const docs: ClaimDocs = { ...(strings.jwt.claims as ClaimDocs) }
    if (minute === null) return docs
    for (const c of claims) {
      if (!c.time || !docs[c.claim]) continue
      const date = localDate(c.time.seconds, locale)
      if (date)
        docs[c.claim] = {
          ...docs[c.claim]!,
          detail: `${date} · ${relative(c.time.seconds, minute * 60, locale)}`,
        }
    }
    return docs
  }, [strings.jwt.claims, claims, minute, locale])
  const headerDocs = strings.headerParams as ClaimDocs

  // Editing: a change in either editor switches to edit mode, visibly; the pasted token is kept.
  const latest = useRef({ decodedHeaderText, decodedPayloadText, tokenAlg })
  useEffect(() => {
    latest.current = { decodedHeaderText, decodedPayloadText, tokenAlg }
  })
  const startEditing = useCallback((patch: { headerText?: string; payloadText?: string } = {}) => {
    setState((s) => {
      if (s.mode === 'encode') return { ...s, ...patch }
      const { decodedHeaderText: h, decodedPayloadText: p, tokenAlg: alg } = latest.current
      let header = patch.headerText ?? (h || DEFAULT_HEADER)
      // Signing with the algorithm the learner picked: say so in the header, where it belongs.
      if (patch.headerText === undefined && alg !== s.alg)
        header = setStringMember(header, 'alg', s.alg) ?? header
      return {
        ...s,
        mode: 'encode',
        pasted: s.input,
        headerText: header,
        payloadText: patch.payloadText ?? (p || defaultPayload()),
      }
    })
  }, [])
  const onHeaderChange = useCallback(
    (text: string) => startEditing({ headerText: text }),
    [startEditing],
  )
  const onPayloadChange = useCallback(
    (text: string) => startEditing({ payloadText: text }),
    [startEditing],
  )
  function backToPasted() {
    setSignError(null)
    setSignWarnings([])
    setState((s) => ({ ...s, mode: 'decode', input: s.pasted ?? s.input, pasted: null }))
  }
  function onInput(value: string) {
    setPicked(null)
    setNotice(null)
    setSignError(null)
    setSignWarnings([])
    setState((s) => ({ ...s, input: value, mode: 'decode', pasted: null }))
  }
  function onAlg(alg: string) {
    setState((s) => {
      if (s.mode !== 'encode') return { ...s, alg }
      return { ...s, alg, headerText: setStringMember(s.headerText, 'alg', alg) ?? s.headerText }
    })
  }

  // Key generation.
  const [generated, setGenerated] = useState<Generated | null>(null)
  const [generating, setGenerating] = useState(false)
  const [generateError, setGenerateError] = useState<JwtFailure | null>(null)
  async function generate() {
    setGenerating(true)
    setGenerateError(null)
    try {
      const jwt = await loadJwt()
      if (hmac) {
        const secret = jwt.generateHmacSecret(state.alg)
        if (!secret.ok) return setGenerateError(secret)
        update({ secret: secret.base64url, secretEncoding: 'base64url' })
        setGenerated({
          kind: 'secret',
          bytes: secret.bytes.length,
          base64url: secret.base64url,
          hex: secret.hex,
          jwk: JSON.stringify(secret.jwk, null, 2),
        })
      } else {
        const pair = await jwt.generateKeyPairFor(state.alg)
        if (!pair.ok) return setGenerateError(pair)
        update({ publicKey: pair.publicPem, publicFormat: 'auto', privateKey: pair.privatePem })
        setGenerated({
          kind: 'pair',
          alg: pair.alg,
          publicPem: pair.publicPem,
          privatePem: pair.privatePem,
          publicJwk: JSON.stringify(pair.publicJwk, null, 2),
          privateJwk: JSON.stringify(pair.privateJwk, null, 2),
        })
      }
    } catch (error) {
      setGenerateError({
        ok: false,
        code: 'ERR_KEY_GENERATION',
        alg: state.alg,
        detail: String(error),
      })
    } finally {
      setGenerating(false)
    }
  }

  function loadExample() {
    setPicked(null)
    setNotice(null)
    setSignError(null)
    setGenerated(null)
    setState({ ...defaults, consumedHash: state.consumedHash })
  }
  function clearAll() {
    clearSaved()
    setPicked(null)
    setNotice(null)
    setSignError(null)
    setGenerated(null)
    setFixedNow(null)
    setState({ ...defaults, input: '', secret: '', consumedHash: state.consumedHash })
  }

  const warnings = useMemo(() => {
    const list: JwtWarning[] = []
    if (found.ok && !editing) list.push(...found.warnings)
    if (decoded) list.push(...decoded.warnings)
    if (verified) list.push(...verified.warnings)
    list.push(...signWarnings)
    // Signing here with a freshly made key pair, verifying with its private half is expected.
    const signingWithPrivate = editing && !hmac && !hasPublicKey
    return dedupe(
      list.filter((w) => !(signingWithPrivate && w.code === 'WARN_PRIVATE_KEY_FOR_VERIFY')),
    )
  }, [found, editing, decoded, verified, signWarnings, hmac, hasPublicKey])

  const keyError =
    verdict.kind === 'key-problem'
      ? problemText(strings, verdict.failure, locale)
      : generateError
        ? problemText(strings, generateError, locale)
        : undefined
  const snippetInput = useMemo<SnippetInput>(
    () => ({
      mode: editing ? 'sign' : 'verify',
      alg: state.alg,
      header: decoded?.ok ? decoded.header : { alg: state.alg, typ: 'JWT' },
      payload: claimsObject,
      keyKind: hmac
        ? 'secret'
        : state.publicFormat !== 'auto'
          ? state.publicFormat
          : detectPublicKind(state.publicKey),
      secretEncoding: state.secretEncoding,
    }),
    [
      editing,
      state.alg,
      decoded,
      claimsObject,
      hmac,
      state.publicFormat,
      state.publicKey,
      state.secretEncoding,
    ],
  )

  const foundText =
    found.ok && current
      ? fill(current.name ? strings.input.foundNamed : strings.input.found, {
          segments: current.segments,
          source: strings.sources[current.source],
          name: current.name,
        })
      : null
  const inputError =
    !found.ok && found.code !== 'ERR_INPUT_EMPTY' ? problemText(strings, found, locale) : null
  const decodeError = decoded && !decoded.ok ? problemText(strings, decoded, locale) : null
  const signedHere = editing && Boolean(signKey) && !signError
  const headerOnly = headerScan.ok && headerText.trim() !== ''
  const payloadMissing = !editing && (!jws || !jws.payload)

  return (
    <div className="space-y-8">
      <section aria-label={strings.verdict.label} className="grid gap-3 md:grid-cols-2">
        <VerdictCard verdict={verdict} strings={strings} locale={locale} signedHere={signedHere} />
        <ClaimsCard
          text={claimsState.text}
          tone={claimsState.tone}
          label={strings.claimsState.label}
          {...(claimsObject &&
            verdict.kind !== 'verified' && { note: strings.claimsState.untrusted })}
        >
          <TimeControl
            strings={strings}
            locale={locale}
            realNow={clock}
            fixed={fixedNow}
            onFixed={setFixedNow}
            iat={num(claimsObject?.iat)}
            exp={num(claimsObject?.exp)}
          />
        </ClaimsCard>
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <div className="min-w-0 space-y-6">
          <div className="space-y-2">
            <div className="flex flex-wrap items-end justify-between gap-2">
              <label htmlFor={`${id}-input`} className="text-sm font-semibold">
                {strings.input.label}
              </label>
              <div className="flex gap-2">
                <button
                  type="button"
                  onClick={loadExample}
                  className="rounded-md px-2 py-1 text-xs font-medium text-indigo-700 underline underline-offset-4 dark:text-indigo-300"
                >
                  {strings.loadExample}
                </button>
                <button
                  type="button"
                  onClick={clearAll}
                  className="rounded-md px-2 py-1 text-xs font-medium text-zinc-700 underline underline-offset-4 dark:text-zinc-300"
                >
                  {strings.clearAll}
                </button>
              </div>
            </div>
            <textarea
              id={`${id}-input`}
              value={state.input}
              onChange={(e) => onInput(e.target.value)}
              rows={5}
              spellCheck={false}
              autoComplete="off"
              autoCapitalize="off"
              aria-describedby={`${id}-input-help ${id}-input-status`}
              aria-invalid={Boolean(inputError || decodeError)}
              className="block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 font-mono text-sm break-all dark:border-zinc-700 dark:bg-zinc-950"
            />
            <p id={`${id}-input-help`} className="text-xs text-zinc-600 dark:text-zinc-400">
              {strings.input.help}
            </p>
            <div id={`${id}-input-status`} aria-live="polite" className="space-y-1 text-sm">
              {notice === 'restored' && (
                <p className="font-medium text-indigo-800 dark:text-indigo-300">
                  {strings.share.restored}
                </p>
              )}
              {foundText && <p data-testid="found">{foundText}</p>}
              {inputError && (
                <p className="font-medium text-red-700 dark:text-red-300">{inputError}</p>
              )}
              {decodeError && (
                <p
                  className="font-medium text-red-700 dark:text-red-300"
                  data-testid="decode-error"
                >
                  {decodeError}
                </p>
              )}
            </div>
            {tokens.length > 1 && (
              <label className="flex flex-wrap items-center gap-2 text-sm">
                {fill(strings.input.pick, { count: tokens.length })}
                <select
                  value={picked ?? tokens.indexOf(found.ok ? found.best : tokens[0]!)}
                  onChange={(e) => setPicked(Number(e.target.value))}
                  className="rounded-md border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950"
                >
                  {tokens.map((t, i) => (
                    <option key={`${t.start}`} value={i}>
                      {fill(strings.input.pickOption, {
                        index: i + 1,
                        source: strings.sources[t.source],
                      })}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {token && decoded && (
              <>
                <TokenView
                  token={token}
                  segments={decoded.segments}
                  label={strings.input.tokenLabel}
                  highlight={active?.range ?? null}
                  {...(decoded &&
                    !decoded.ok &&
                    decoded.code === 'ERR_SEGMENT_BASE64' &&
                    decoded.at !== undefined && { errorAt: decoded.at })}
                />
                <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-hidden="true">
                  <li className="text-jwt-header">■ {strings.parts.header}</li>
                  <li className="text-jwt-payload">■ {strings.parts.payload}</li>
                  <li className="text-jwt-signature">■ {strings.parts.signature}</li>
                </ul>
              </>
            )}
          </div>

          <KeyPanel
            strings={strings}
            alg={state.alg}
            onAlg={onAlg}
            tokenAlg={tokenAlg}
            secret={state.secret}
            onSecret={(secret) => update({ secret })}
            secretEncoding={state.secretEncoding}
            onSecretEncoding={(secretEncoding) => update({ secretEncoding })}
            publicKey={state.publicKey}
            onPublicKey={(publicKey) => update({ publicKey })}
            publicFormat={state.publicFormat}
            onPublicFormat={(publicFormat) => update({ publicFormat })}
            privateKey={state.privateKey}
            onPrivateKey={(privateKey) => update({ privateKey })}
            editing={editing}
            keyError={keyError}
            signError={signError ? problemText(strings, signError, locale) : undefined}
            detected={
              !hmac && state.publicFormat === 'auto' && state.publicKey.trim()
                ? strings.keys[detectPublicKind(state.publicKey)]
                : undefined
            }
            onGenerate={generate}
            generating={generating}
            generated={generated}
          />
        </div>

        <div className="min-w-0 space-y-5">
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
                    checked={state.mode === mode}
                    onChange={() => (mode === 'encode' ? startEditing() : backToPasted())}
                    className="sr-only"
                  />
                  {mode === 'decode' ? strings.mode.decode : strings.mode.encode}
                </label>
              ))}
            </div>
            {editing && (
              <div className="space-y-2 rounded-lg border border-indigo-300 bg-indigo-50 p-3 text-sm text-indigo-950 dark:border-indigo-800 dark:bg-indigo-950/50 dark:text-indigo-50">
                <p>{signKey ? strings.mode.encodeNote : strings.mode.encodeNoKey}</p>
                {headerScan.ok && /"alg"\s*:\s*"none"/i.test(headerText) && (
                  <label className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      checked={state.allowNone}
                      onChange={(e) => update({ allowNone: e.target.checked })}
                    />
                    {strings.mode.allowNone}
                  </label>
                )}
                {state.pasted && (
                  <button
                    type="button"
                    onClick={backToPasted}
                    className="rounded-md border border-current/30 px-2.5 py-1 text-xs font-medium hover:bg-current/10"
                  >
                    {strings.mode.backToPasted}
                  </button>
                )}
              </div>
            )}
          </fieldset>
          <p id={`${id}-keyboard`} className="text-xs text-zinc-600 dark:text-zinc-400">
            {strings.editors.hoverHint} {strings.editors.keyboard}
          </p>
          <JsonPane
            part="header"
            title={strings.editors.header}
            label={strings.editors.headerLabel}
            text={headerText}
            onChange={onHeaderChange}
            members={headerScan.ok ? headerScan.members : []}
            activeKey={active?.part === 'header' ? active.key : null}
            onLocate={onLocateHeader}
            error={headerError}
            docs={headerDocs}
            loadEditor={loadEditor}
            editing={editing}
            strings={strings}
            {...(!editing && !headerOnly && { placeholder: strings.verdict.emptyBody })}
          />
          <JsonPane
            part="payload"
            title={
              jws?.payload?.type === 'other' && !editing
                ? `${strings.editors.payload} · ${strings.editors.notJson}`
                : strings.editors.payload
            }
            label={strings.editors.payloadLabel}
            text={payloadText}
            onChange={onPayloadChange}
            members={payloadScan.ok ? payloadScan.members : []}
            activeKey={active?.part === 'payload' ? active.key : null}
            onLocate={onLocatePayload}
            error={payloadError}
            docs={payloadDocs}
            loadEditor={loadEditor}
            editing={editing}
            strings={strings}
            {...(payloadMissing && { placeholder: strings.editors.nothing })}
          />
          {claims.length > 0 && (
            <section aria-labelledby={`${id}-claims`} className="space-y-2">
              <h2 id={`${id}-claims`} className="text-lg font-semibold">
                {strings.claimsTable.title}
              </h2>
              <ClaimsTable
                claims={claims}
                strings={strings}
                locale={locale}
                now={nowMs === null ? null : Math.floor(nowMs / 1000)}
                onHighlight={setClaimPick}
                active={claimPick}
              />
            </section>
          )}
        </div>
      </div>

      <WarningsList
        warnings={warnings}
        strings={strings}
        locale={locale}
        lessonHrefs={lessonHrefs}
      />
      <SharePanel token={token} strings={strings} />
      <CodeSnippets input={snippetInput} strings={strings} />
    </div>
  )
}
