'use client'
/**
 * @module One lab, in the browser: start an instance, forge a token on the workbench, send it to
 * the vulnerable server and to the fixed one, read what each said. Edits are kept per lab in
 * sessionStorage; crypto (jose) loads with import() on the first signature.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { fill } from '@/lib/i18n/fill'
import { isNoneAlgorithm } from '@/lib/jwt/algorithms'
import type { JwtFailure } from '@/lib/jwt/errors'
import { parseJson } from '@/lib/jwt/json'
import { peekJws } from '@/lib/jwt/segment'
import { exploitServerPath, labPublicPemPath } from '@/lib/labs/catalog'
import { formatMessage } from '@/lib/i18n/format-message'
import {
  EMPTY_DRAFT,
  KEY_ALGS,
  SIGN_MODES,
  loadDraft,
  saveDraft,
  type KeyAlg,
  type LabDraft,
  type SignMode,
} from '@/lib/labs-ui/draft-storage'
import { markSolved } from '@/lib/labs-ui/progress'
import { labRequest, type LabExchange } from '@/lib/labs-ui/request'
import {
  ZERO_ES256_SIGNATURE,
  draftFromToken,
  type LabTool,
  setHeaderMembers,
  tokenWithSignature,
} from '@/lib/labs-ui/workbench'
import { Cracker } from './cracker'
import { LabExchangeLog } from './lab-exchange-log'
import { useSolvedLabs } from './labs-progress'
import type { CodeMessages, JwtErrorMessages, LabClientStrings } from './strings'
import { INPUT, PRIMARY_BUTTON, SECONDARY_BUTTON } from './styles'

let labCrypto: Promise<typeof import('@/lib/labs-ui/lab-crypto')> | undefined
function loadLabCrypto() {
  labCrypto ??= import('@/lib/labs-ui/lab-crypto').catch((error: unknown) => {
    labCrypto = undefined
    throw error
  })
  return labCrypto
}

const ENCODINGS = ['utf8', 'hex', 'base64url'] as const

type Notice = { tone: 'error' | 'info'; text: string } | null
type Busy = null | 'start' | 'sign' | 'vulnerable' | 'hardened' | 'generate' | 'publish' | 'pem'

export function LabClient({
  slug,
  tools,
  strings,
  codes,
  jwtErrors,
  locale,
  code,
}: {
  slug: string
  tools: readonly LabTool[]
  strings: LabClientStrings
  codes: CodeMessages
  jwtErrors: JwtErrorMessages
  locale: string
  /** The verifiers' code, rendered on the server; the hardened one shows once the lab is solved. */
  code: { title: string; note: string; vulnerable: ReactNode; hardened: ReactNode }
}) {
  const [draft, setDraft] = useState<LabDraft>(EMPTY_DRAFT)
  const [restored, setRestored] = useState(false)
  const [busy, setBusy] = useState<Busy>(null)
  const [notice, setNotice] = useState<Notice>(null)
  const [exchanges, setExchanges] = useState<LabExchange[]>([])
  const [kid, setKid] = useState('')
  const [flag, setFlag] = useState<string | null>(null)
  const solved = useSolvedLabs().includes(slug)
  const resultRef = useRef<HTMLDivElement>(null)
  const noticeRef = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    // sessionStorage is read after hydration, so the prerendered HTML never depends on it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDraft(loadDraft(slug))
    setRestored(true)
  }, [slug])
  useEffect(() => {
    if (restored) saveDraft(slug, draft)
  }, [slug, draft, restored])

  const update = (patch: Partial<LabDraft>) => setDraft((d) => ({ ...d, ...patch }))
  const latest = exchanges[0]

  function failureText(failure: JwtFailure): string {
    const message = jwtErrors[failure.code]
    return message ? formatMessage(message, { ...failure }, locale) : failure.code
  }
  function say(tone: 'error' | 'info', text: string) {
    setNotice({ tone, text })
    requestAnimationFrame(() => noticeRef.current?.focus())
  }

  function record(exchange: LabExchange) {
    setExchanges((list) => [exchange, ...list].slice(0, 20))
  }

  function explain(exchange: LabExchange): { ok: boolean; text: string } {
    const o = strings.outcomes
    if (exchange.networkError || !exchange.response) return { ok: false, text: o.network }
    const outcome = exchange.outcome
    const codeText = (code: string | undefined) =>
      code ? `${code}: ${codes[code] ?? fill(o.codeUnknown, { code })}` : o.noCode
    if (exchange.target === 'session')
      return exchange.response.status === 200
        ? { ok: true, text: o.started }
        : { ok: false, text: fill(o.unexpected, { status: exchange.response.status }) }
    if (exchange.target === 'publish' || exchange.target === 'publicPem')
      return exchange.response.status === 200
        ? { ok: true, text: o.loaded }
        : { ok: false, text: fill(o.unexpected, { status: exchange.response.status }) }
    switch (outcome?.kind) {
      case 'solved':
        return {
          ok: exchange.target === 'vulnerable',
          text: exchange.target === 'hardened' ? o.hardenedAccepted : o.solved,
        }
      case 'refused':
        return {
          ok: exchange.target === 'hardened',
          text: fill(exchange.target === 'hardened' ? o.hardenedRefused : o.refused, {
            explanation: codeText(outcome.code),
          }),
        }
      case 'notAdmin':
        return { ok: false, text: o.notAdmin }
      case 'expired':
        return { ok: false, text: o.expired }
      case 'rateLimited':
        return {
          ok: false,
          text: outcome.retryAfter
            ? fill(o.rateLimitedFor, { seconds: outcome.retryAfter })
            : o.rateLimited,
        }
      case 'badRequest':
        return { ok: false, text: fill(o.badRequest, { explanation: codeText(outcome.code) }) }
      default:
        return { ok: false, text: fill(o.unexpected, { status: exchange.response.status }) }
    }
  }

  async function start() {
    setBusy('start')
    setNotice(null)
    const exchange = await labRequest('session', 'POST', `/api/labs/${slug}/session`)
    record(exchange)
    setBusy(null)
    const body = exchange.response?.body as { token?: unknown } | undefined
    if (exchange.response?.status === 200 && typeof body?.token === 'string') {
      const token = body.token
      // What the learner typed elsewhere (secret, keys) stays; the token texts are the new ones.
      update({ issued: token, ...draftFromToken(token), forged: '' })
      setFlag(null)
      say('info', strings.started)
    } else {
      say('error', explain(exchange).text)
    }
  }

  async function sign(): Promise<string | null> {
    const texts = { headerText: draft.headerText, payloadText: draft.payloadText }
    let result: { ok: true; token: string } | JwtFailure
    if (draft.mode === 'keep') result = tokenWithSignature(texts, draft.signature)
    else if (draft.mode === 'zero') result = tokenWithSignature(texts, ZERO_ES256_SIGNATURE)
    else {
      if (draft.mode === 'none') {
        const header = parseJson(draft.headerText)
        const alg =
          header.ok && typeof header.value === 'object' && header.value !== null
            ? (header.value as { alg?: unknown }).alg
            : undefined
        if (header.ok && !isNoneAlgorithm(alg)) {
          say('error', strings.errors.noneAlg)
          return null
        }
      }
      setBusy('sign')
      try {
        const c = await loadLabCrypto()
        result =
          draft.mode === 'none'
            ? await c.signUnsecured(texts)
            : draft.mode === 'secret'
              ? await c.signWithSecret(texts, draft.secret, draft.encoding)
              : await c.signWithKey(texts, draft.privateKey)
      } catch {
        setBusy(null)
        say('error', strings.errors.loadFailed)
        return null
      } finally {
        setBusy(null)
      }
    }
    if (!result.ok) {
      say('error', failureText(result))
      return null
    }
    update({ forged: result.token })
    return result.token
  }

  async function send(target: 'vulnerable' | 'hardened') {
    const token = draft.forged.trim()
    if (!token) {
      say('error', strings.errors.noForged)
      return
    }
    setBusy(target)
    const query = target === 'hardened' ? '?verifier=hardened' : ''
    const exchange = await labRequest(target, 'GET', `/api/labs/${slug}/admin${query}`, { token })
    setBusy(null)
    record(exchange)
    setNotice(null)
    if (target === 'vulnerable' && exchange.outcome?.kind === 'solved') {
      setFlag(exchange.outcome.flag)
      markSolved(slug)
    }
    requestAnimationFrame(() => resultRef.current?.focus())
  }

  function setHeader(members: Record<string, unknown>): boolean {
    const next = setHeaderMembers(draft.headerText, members)
    if (!next.ok) {
      say('error', failureText(next))
      return false
    }
    update({ headerText: next.text })
    return true
  }

  async function generate() {
    setBusy('generate')
    try {
      const c = await loadLabCrypto()
      const pair = await c.generatePair(draft.keyAlg)
      if (!pair.ok) return say('error', failureText(pair))
      const header = setHeaderMembers(draft.headerText, { alg: draft.keyAlg })
      update({
        privateKey: pair.privateKey,
        publicJwk: JSON.stringify(pair.publicJwk, null, 2),
        mode: 'key',
        ...(header.ok && { headerText: header.text }),
      })
      say('info', fill(strings.generated, { alg: draft.keyAlg }))
    } catch {
      say('error', strings.errors.loadFailed)
    } finally {
      setBusy(null)
    }
  }

  async function publicJwk(): Promise<Record<string, unknown> | null> {
    try {
      const c = await loadLabCrypto()
      const result = await c.publicJwkOf(draft.privateKey)
      if (!result.ok) {
        say('error', failureText(result))
        return null
      }
      return result.jwk as Record<string, unknown>
    } catch {
      say('error', strings.errors.loadFailed)
      return null
    }
  }

  async function embedJwk() {
    const jwk = await publicJwk()
    if (!jwk) return
    const members: Record<string, unknown> = { jwk }
    if (typeof jwk.kid === 'string') members.kid = jwk.kid
    if (setHeader(members)) say('info', strings.embedded)
  }

  async function publishJwks() {
    const jwk = await publicJwk()
    if (!jwk) return
    setBusy('publish')
    const exchange = await labRequest('publish', 'PUT', exploitServerPath(crypto.randomUUID()), {
      body: JSON.stringify({ keys: [jwk] }),
    })
    setBusy(null)
    record(exchange)
    const url = (exchange.response?.body as { url?: unknown } | undefined)?.url
    if (exchange.response?.status !== 200 || typeof url !== 'string')
      return say('error', explain(exchange).text)
    const members: Record<string, unknown> = { jku: url }
    if (typeof jwk.kid === 'string') members.kid = jwk.kid
    if (setHeader(members)) say('info', fill(strings.published, { url }))
  }

  async function loadPublicPem() {
    const sid = peekJws(draft.issued)?.payload.sid
    if (typeof sid !== 'string') return say('error', strings.errors.noForged)
    setBusy('pem')
    const exchange = await labRequest('publicPem', 'GET', labPublicPemPath(sid))
    setBusy(null)
    record(exchange)
    const body = exchange.response?.body
    if (exchange.response?.status !== 200 || typeof body !== 'string')
      return say('error', explain(exchange).text)
    update({ secret: body, encoding: 'utf8', mode: 'secret' })
    say('info', strings.pemLoaded)
  }

  function applySecret(secret: string) {
    update({ secret, encoding: 'utf8', mode: 'secret' })
    say('info', fill(strings.secretSet, { secret }))
  }

  const latestText = latest ? explain(latest) : null
  const started = draft.issued !== ''

  return (
    <div className="space-y-6">
      <section aria-labelledby="lab-code" className="space-y-2">
        <h2 id="lab-code" className="text-xl font-semibold">
          {solved ? strings.hardenedTitle : code.title}
        </h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{code.note}</p>
        <div className={solved ? 'grid gap-3 xl:grid-cols-2' : ''}>
          {code.vulnerable}
          {solved && code.hardened}
        </div>
        {!solved && (
          <p className="rounded-lg border border-dashed border-zinc-300 p-3 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
            {strings.hardenedLocked}
          </p>
        )}
      </section>

      <section aria-labelledby="lab-start" className="space-y-3">
        <h2 id="lab-start" className="text-xl font-semibold">
          {strings.startTitle}
        </h2>
        <button type="button" className={PRIMARY_BUTTON} onClick={start} disabled={busy !== null}>
          {busy === 'start' ? strings.starting : started ? strings.restart : strings.start}
        </button>
        {started && (
          <label className="block space-y-1">
            <span className="text-sm font-medium">{strings.issued}</span>
            <textarea
              readOnly
              rows={3}
              value={draft.issued}
              className={`${INPUT} break-all`}
              translate="no"
            />
          </label>
        )}
      </section>

      <p
        ref={noticeRef}
        tabIndex={-1}
        role={notice?.tone === 'error' ? 'alert' : 'status'}
        className={
          notice
            ? `rounded-md px-3 py-2 text-sm ${
                notice.tone === 'error'
                  ? 'bg-rose-50 text-rose-900 dark:bg-rose-950/50 dark:text-rose-100'
                  : 'bg-sky-50 text-sky-950 dark:bg-sky-950/40 dark:text-sky-100'
              }`
            : 'sr-only'
        }
      >
        {notice?.text}
      </p>

      {started && (
        <section aria-labelledby="lab-workbench" className="space-y-4">
          <h2 id="lab-workbench" className="text-xl font-semibold">
            {strings.workbench}
          </h2>
          <div className="grid gap-3 lg:grid-cols-2">
            <label className="block space-y-1">
              <span className="text-sm font-medium">{strings.header}</span>
              <textarea
                rows={8}
                value={draft.headerText}
                onChange={(e) => update({ headerText: e.target.value })}
                className={INPUT}
                spellCheck={false}
                translate="no"
              />
            </label>
            <label className="block space-y-1">
              <span className="text-sm font-medium">{strings.payload}</span>
              <textarea
                rows={8}
                value={draft.payloadText}
                onChange={(e) => update({ payloadText: e.target.value })}
                className={INPUT}
                spellCheck={false}
                translate="no"
              />
            </label>
          </div>

          <div className="flex flex-wrap items-end gap-2">
            <label className="min-w-0 flex-1 space-y-1">
              <span className="text-sm font-medium">{strings.kid}</span>
              <input
                value={kid}
                onChange={(e) => setKid(e.target.value)}
                className={INPUT}
                spellCheck={false}
                translate="no"
              />
            </label>
            <button
              type="button"
              className={SECONDARY_BUTTON}
              onClick={() => setHeader({ kid }) && say('info', strings.kidSet)}
            >
              {strings.setKid}
            </button>
          </div>

          {tools.includes('cracker') && (
            <Cracker token={draft.issued} strings={strings.cracker} onUseSecret={applySecret} />
          )}

          <fieldset className="space-y-3 rounded-xl border border-zinc-200 p-3 sm:p-4 dark:border-zinc-800">
            <legend className="px-1 font-semibold">{strings.signLegend}</legend>
            <div className="flex flex-col gap-1.5">
              {SIGN_MODES.map((mode: SignMode) => (
                <label key={mode} className="flex items-start gap-2 text-sm">
                  <input
                    type="radio"
                    name="lab-sign-mode"
                    value={mode}
                    checked={draft.mode === mode}
                    onChange={() => update({ mode })}
                    className="mt-1"
                  />
                  <span>{strings.modes[mode]}</span>
                </label>
              ))}
            </div>

            {draft.mode === 'secret' && (
              <div className="space-y-2">
                <label className="block space-y-1">
                  <span className="text-sm font-medium">{strings.secret}</span>
                  <textarea
                    rows={draft.secret.includes('\n') ? 6 : 1}
                    value={draft.secret}
                    onChange={(e) => update({ secret: e.target.value })}
                    className={INPUT}
                    spellCheck={false}
                    translate="no"
                  />
                </label>
                <label className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-medium">{strings.encoding}</span>
                  <select
                    value={draft.encoding}
                    onChange={(e) =>
                      update({ encoding: e.target.value as (typeof ENCODINGS)[number] })
                    }
                    className="rounded-md border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950"
                  >
                    {ENCODINGS.map((encoding) => (
                      <option key={encoding} value={encoding}>
                        {strings.encodings[encoding]}
                      </option>
                    ))}
                  </select>
                </label>
                {tools.includes('publicPem') && (
                  <button
                    type="button"
                    className={SECONDARY_BUTTON}
                    onClick={loadPublicPem}
                    disabled={busy !== null}
                  >
                    {strings.loadPem}
                  </button>
                )}
              </div>
            )}

            {draft.mode === 'key' && (
              <div className="space-y-2">
                <div className="flex flex-wrap items-center gap-2">
                  <label className="flex items-center gap-2 text-sm">
                    <span className="font-medium">{strings.keyAlg}</span>
                    <select
                      value={draft.keyAlg}
                      onChange={(e) => update({ keyAlg: e.target.value as KeyAlg })}
                      className="rounded-md border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950"
                    >
                      {KEY_ALGS.map((alg) => (
                        <option key={alg}>{alg}</option>
                      ))}
                    </select>
                  </label>
                  <button
                    type="button"
                    className={SECONDARY_BUTTON}
                    onClick={generate}
                    disabled={busy !== null}
                  >
                    {busy === 'generate' ? strings.generating : strings.generate}
                  </button>
                </div>
                <label className="block space-y-1">
                  <span className="text-sm font-medium">{strings.privateKey}</span>
                  <textarea
                    rows={5}
                    value={draft.privateKey}
                    onChange={(e) => update({ privateKey: e.target.value, publicJwk: '' })}
                    className={INPUT}
                    spellCheck={false}
                    translate="no"
                  />
                </label>
                {draft.publicJwk && (
                  <label className="block space-y-1">
                    <span className="text-sm font-medium">{strings.publicJwk}</span>
                    <textarea
                      readOnly
                      rows={5}
                      value={draft.publicJwk}
                      className={INPUT}
                      translate="no"
                    />
                  </label>
                )}
                <div className="flex flex-wrap gap-2">
                  <button type="button" className={SECONDARY_BUTTON} onClick={embedJwk}>
                    {strings.embedJwk}
                  </button>
                  <button
                    type="button"
                    className={SECONDARY_BUTTON}
                    onClick={publishJwks}
                    disabled={busy !== null}
                  >
                    {strings.publishJwks}
                  </button>
                </div>
              </div>
            )}

            <button
              type="button"
              className={PRIMARY_BUTTON}
              onClick={sign}
              disabled={busy !== null}
            >
              {strings.sign}
            </button>
          </fieldset>

          <label className="block space-y-1">
            <span className="text-sm font-medium">{strings.forged}</span>
            <textarea
              rows={3}
              value={draft.forged}
              onChange={(e) => update({ forged: e.target.value })}
              className={`${INPUT} break-all`}
              spellCheck={false}
              translate="no"
            />
          </label>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={PRIMARY_BUTTON}
              onClick={() => send('vulnerable')}
              disabled={busy !== null}
            >
              {busy === 'vulnerable' ? strings.sending : strings.send}
            </button>
            <button
              type="button"
              className={SECONDARY_BUTTON}
              onClick={() => send('hardened')}
              disabled={busy !== null}
            >
              {busy === 'hardened' ? strings.sending : strings.sendHardened}
            </button>
          </div>
        </section>
      )}

      <div
        ref={resultRef}
        tabIndex={-1}
        aria-live="polite"
        aria-labelledby="lab-result"
        role="region"
        className="space-y-3"
      >
        <h2 id="lab-result" className="sr-only">
          {strings.result}
        </h2>
        {flag !== null && (
          <div className="rounded-xl border-2 border-emerald-500 bg-emerald-50 p-4 text-emerald-950 dark:border-emerald-600 dark:bg-emerald-950/40 dark:text-emerald-50">
            <p className="text-lg font-semibold">{strings.success.title}</p>
            <p className="mt-1">{strings.success.body}</p>
            <p className="mt-2 text-sm">
              {strings.success.flag}{' '}
              <code className="rounded bg-white/70 px-1 py-0.5 font-mono break-all dark:bg-black/30">
                {flag}
              </code>
            </p>
          </div>
        )}
        {latest && latestText && latest.target !== 'session' && (
          <p
            className={`font-medium ${latestText.ok ? 'text-emerald-800 dark:text-emerald-200' : 'text-rose-800 dark:text-rose-200'}`}
          >
            {latestText.text}
          </p>
        )}
      </div>

      {exchanges.length > 0 && (
        <section aria-labelledby="lab-log" className="space-y-3">
          <h2 id="lab-log" className="text-xl font-semibold">
            {strings.log}
          </h2>
          <LabExchangeLog exchanges={exchanges} strings={strings.exchange} explain={explain} />
        </section>
      )}
    </div>
  )
}
