'use client'
/**
 * @module The playground: one input that takes anything, the token coloured by part, the decoded
 * header and payload (Monaco after first paint), a verdict that cannot mislead, keys, edit-and-
 * sign, teaching warnings, code, and a share link. Finding and decoding are synchronous and
 * jose-free (first load); verifying, signing and key tools load lib/jwt's jose half on demand.
 * Nothing typed here is ever sent anywhere. The state is one reducer (lib/playground/playground-
 * state); everything else is derived from it during render by the use-* hooks beside this file.
 */
import dynamic from 'next/dynamic'
import { useEffect, useId, useMemo, type ReactNode } from 'react'
import { decodeToken } from '@/lib/jwt/decode'
import { detectPublicKind, keysFor } from '@/lib/playground/keys'
import type { LessonSlug } from '@/lib/playground/lessons'
import { followTokenAlgorithm, type ResetScope } from '@/lib/playground/playground-state'
import type { SnippetInput } from '@/lib/playground/snippets'
import { clearSaved } from '@/lib/playground/storage'
import { verdictFor } from '@/lib/playground/verdict'
import { playgroundWarnings } from '@/lib/playground/warnings'
import { ClaimsTable } from './claims-table'
import { CodeSnippets } from './code-snippets'
import { JsonPane } from './json-pane'
import { KeyPanel, secretFieldId } from './key-panel'
import { ModeSwitch } from './mode-switch'
import { problemText } from './problem-text'
import { SharePanel } from './share-panel'
import type { ClaimDocs, PlaygroundStrings } from './strings'
import { TimeControl } from './time-control'
import { TokenInput } from './token-input'
import { useClaims } from './use-claims'
import { useClock } from './use-clock'
import { useDecryption } from './use-decryption'
import { useEditMode } from './use-edit-mode'
import { useEditorLoading } from './use-editor-loading'
import { useEditorTexts } from './use-editor-texts'
import { useFoundToken } from './use-found-token'
import { useHighlight } from './use-highlight'
import { useKeyGeneration } from './use-key-generation'
import { usePlaygroundState } from './use-saved-state'
import { useSigning } from './use-signing'
import { useVerification } from './use-verification'
import { ClaimsCard, VerdictCard } from './verdict-banner'
import { WarningsList } from './warnings-list'

// The JWE parts load on demand, like jose itself: most tokens pasted here are JWS, and the
// encrypt form sits far below the first screen.
const JweView = dynamic(() => import('./jwe-view').then((m) => m.JweView), { ssr: false })
const JweKeyFields = dynamic(() => import('./jwe-key-fields').then((m) => m.JweKeyFields), {
  ssr: false,
})
const JweEncrypt = dynamic(() => import('./jwe-encrypt').then((m) => m.JweEncrypt), {
  ssr: false,
})

export interface PlaygroundProps {
  strings: PlaygroundStrings
  locale: string
  /** The token shown before anything is pasted, and its (public, teaching) secret. */
  example: { token: string; secret: string }
  /** The same example, expired, one click away; signed with the same secret. */
  expiredExample: string
  /** What happens to what is pasted here, shown beside the input. */
  privacy?: ReactNode
  /** How to use the editors (hover, keyboard), above them: static, so rendered on the server. */
  editorHint?: ReactNode
  /** Localized `/learn/<slug>` hrefs, resolved on the server. */
  lessonHrefs: Record<LessonSlug, string>
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)

export function Playground({
  strings,
  locale,
  example,
  expiredExample,
  privacy,
  editorHint,
  lessonHrefs,
}: PlaygroundProps) {
  const id = useId()
  const inputId = `${id}-input`
  const keysId = `${id}-keys`
  const {
    defaults,
    state: committed,
    dispatch,
  } = usePlaygroundState(example, {
    input: inputId,
    secret: secretFieldId(keysId),
  })
  const {
    found,
    current,
    token,
    decoded,
    jws,
    tokenAlg,
    headerScan: scannedHeader,
    payloadScan: scannedPayload,
    pending,
  } = useFoundToken(committed.saved.input, committed.picked)
  // A JWE: what its header allows (checked without a key), then its decryption with the key the
  // learner gave; a signed token inside is decoded and verified below as if it had been pasted.
  const jwe = decoded?.ok && decoded.kind === 'jwe' ? decoded : undefined
  const jweFields = committed.jwe
  const decrypted = useDecryption(
    jwe ? token : undefined,
    jweFields.decryptKey.trim()
      ? { text: jweFields.decryptKey, encoding: jweFields.decryptEncoding }
      : undefined,
  )
  const innerToken = decrypted?.ok && decrypted.nested ? decrypted.text!.trim() : undefined
  const inner = useMemo(
    () => (innerToken ? decodeToken(innerToken, { payload: 'any' }) : undefined),
    [innerToken],
  )
  const innerJws = inner?.ok && inner.kind === 'jws' ? inner : undefined
  // The key panel's algorithm follows the token's, or the inner token's for a nested JWT.
  const followAlg = innerJws ? innerJws.alg : tokenAlg
  // The picker follows a newly arrived token's alg in this very render (no frame shows the old
  // one); the effect below commits the same move to the reducer.
  const view = useMemo(() => followTokenAlgorithm(committed, followAlg), [committed, followAlg])
  useEffect(() => {
    if (view !== committed) dispatch({ type: 'token-algorithm', tokenAlg: followAlg })
  }, [view, committed, followAlg, dispatch])
  const { saved: state, notice, generated, fixedNow } = view
  const { clock, nowMs } = useClock(fixedNow)
  const loadEditor = useEditorLoading()
  const editing = state.mode === 'encode'
  const decodedScans = useMemo(
    () => ({ header: scannedHeader, payload: scannedPayload }),
    [scannedHeader, scannedPayload],
  )
  const texts = useEditorTexts({ editing, decoded, edited: state, decodedScans, strings })
  const { headerText, payloadText, headerScan, payloadScan, headerError, payloadError } = texts

  const { hmac, hasPublicKey, verifyKey, signKey } = keysFor(state, editing)
  const verified = useVerification(
    innerJws ? innerToken : token,
    innerJws ?? jws,
    verifyKey,
    state.alg,
  )
  const { error: signError, warnings: signWarnings } = view.signing
  useSigning({
    canSign: editing && !headerError && !payloadError,
    headerText,
    payloadText,
    signKey,
    allowNone: state.allowNone,
    pasted: state.pasted,
    dispatch,
  })
  const { claimsObject, claims, claimsState, payloadDocs } = useClaims(jws, nowMs, strings, locale)
  const { active, claimPick, setClaimPick, onLocateHeader, onLocatePayload } = useHighlight(
    decoded,
    texts,
  )
  const { startEditing, onHeaderChange, onPayloadChange } = useEditMode(
    {
      headerText: texts.decodedHeaderText,
      payloadText: texts.decodedPayloadText,
      tokenAlg,
    },
    dispatch,
  )
  const keyGeneration = useKeyGeneration(state.alg, hmac, dispatch)
  const { generateError } = keyGeneration

  /** The one reset: the example (or the expired one), or nothing at all with `scope: 'all'`. */
  function resetTo(input: string, scope: ResetScope) {
    const { consumedHash } = state
    const saved = { ...defaults, input, consumedHash, ...(scope === 'all' && { secret: '' }) }
    dispatch({ type: 'reset', saved, scope })
  }

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
  const innerVerdict = innerJws
    ? verdictFor({
        decoded: innerJws,
        verification: verified,
        hasKey: Boolean(verifyKey),
        keyKind: hmac ? 'secret' : 'public',
      })
    : undefined
  const warnings = useMemo(
    () =>
      playgroundWarnings({ found, editing, decoded, verified, signWarnings, hmac, hasPublicKey }),
    [found, editing, decoded, verified, signWarnings, hmac, hasPublicKey],
  )
  const keyVerdict = innerVerdict ?? verdict
  const keyError =
    keyVerdict.kind === 'key-problem'
      ? problemText(strings, keyVerdict.failure, locale)
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

  const signedHere = editing && Boolean(signKey) && !signError
  const headerOnly = headerScan.ok && headerText.trim() !== ''
  const payloadMissing = !editing && (!jws || !jws.payload)

  return (
    <div className="space-y-8">
      {/* One grid, in reading order: the token first (first in tab order, first on a phone's
          screen), then what it means, then the key; on wide screens the decoded JSON beside
          them. */}
      <div className="grid gap-x-8 gap-y-6 lg:grid-cols-2 lg:grid-rows-[auto_auto_1fr]">
        <div className="min-w-0 space-y-4 lg:col-start-1 lg:row-start-1">
          <TokenInput
            id={inputId}
            strings={strings}
            locale={locale}
            value={state.input}
            onInput={(value) => dispatch({ type: 'input', value })}
            onLoadExample={() => resetTo(defaults.input, 'example')}
            onLoadExpired={() => resetTo(expiredExample, 'example')}
            onClearAll={() => {
              clearSaved()
              resetTo('', 'all')
            }}
            notice={notice}
            needsPublicKey={!hmac}
            found={found}
            current={current}
            picked={view.picked}
            onPick={(index) => dispatch({ type: 'pick-token', index })}
            decoded={decoded}
            highlight={active?.range ?? null}
          />
          {privacy}
        </div>
        <section
          aria-label={strings.verdict.label}
          // Still the last input's verdict while a long token is being decoded (a few frames).
          aria-busy={pending}
          data-pending={pending || undefined}
          className="grid gap-3 md:grid-cols-2 lg:col-start-1 lg:row-start-2 lg:grid-cols-1"
        >
          <VerdictCard
            verdict={verdict}
            strings={strings}
            locale={locale}
            signedHere={signedHere}
          />
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
              onFixed={(now) => dispatch({ type: 'fix-now', now })}
              iat={num(claimsObject?.iat)}
              exp={num(claimsObject?.exp)}
            />
          </ClaimsCard>
        </section>
        <div className="min-w-0 lg:col-start-1 lg:row-start-3">
          <KeyPanel
            id={keysId}
            strings={strings}
            alg={state.alg}
            onAlg={(alg) => dispatch({ type: 'pick-algorithm', alg, tokenAlg: followAlg })}
            tokenAlg={jwe && !innerJws ? undefined : followAlg}
            keys={state}
            onKeys={(patch) => dispatch({ type: 'set', patch })}
            editing={editing}
            keyError={keyError}
            signError={signError ? problemText(strings, signError, locale) : undefined}
            detected={
              !hmac && state.publicFormat === 'auto' && state.publicKey.trim()
                ? strings.keys[detectPublicKind(state.publicKey)]
                : undefined
            }
            onGenerate={keyGeneration.generate}
            generating={keyGeneration.generating}
            generated={generated}
            {...(jwe && {
              jweKey: (
                <JweKeyFields
                  strings={strings}
                  decoded={jwe}
                  crv={
                    typeof (jwe.header.epk as { crv?: unknown } | undefined)?.crv === 'string'
                      ? String((jwe.header.epk as { crv: string }).crv)
                      : undefined
                  }
                  value={jweFields.decryptKey}
                  encoding={jweFields.decryptEncoding}
                  onChange={(patch) => dispatch({ type: 'jwe-set', patch })}
                  error={
                    decrypted && !decrypted.ok ? problemText(strings, decrypted, locale) : undefined
                  }
                />
              ),
              jweNote: strings.jwe.forNested,
            })}
          />
        </div>
        <div className="min-w-0 space-y-5 lg:col-start-2 lg:row-span-3 lg:row-start-1">
          <ModeSwitch
            strings={strings}
            editing={editing}
            onEdit={startEditing}
            onDecode={() => dispatch({ type: 'decode-current' })}
            onBackToPasted={() => dispatch({ type: 'back-to-pasted' })}
            canSign={Boolean(signKey)}
            offerNone={headerScan.ok && /"alg"\s*:\s*"none"/i.test(headerText)}
            allowNone={state.allowNone}
            onAllowNone={(allowNone) => dispatch({ type: 'set', patch: { allowNone } })}
            hasPasted={Boolean(state.pasted)}
          />
          {editorHint}
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
            docs={strings.headerParams as ClaimDocs}
            loadEditor={loadEditor}
            editing={editing}
            strings={strings}
            {...(!editing &&
              !headerOnly && {
                placeholder: token ? strings.editors.unreadable : strings.verdict.emptyBody,
              })}
            keepEditor={Boolean(token)}
          />
          {jwe ? (
            <JweView
              strings={strings}
              locale={locale}
              decoded={jwe}
              result={decrypted}
              hasKey={Boolean(jweFields.decryptKey.trim())}
              {...(innerToken &&
                inner && {
                  nested: {
                    token: innerToken,
                    decoded: inner,
                    verdict: innerVerdict && (
                      <VerdictCard
                        verdict={innerVerdict}
                        strings={strings}
                        locale={locale}
                        signedHere={false}
                      />
                    ),
                  },
                })}
            />
          ) : (
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
              keepEditor={Boolean(token)}
            />
          )}
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
      <section aria-labelledby={`${id}-encrypt`} className="space-y-4" data-testid="jwe-encrypt">
        <h2 id={`${id}-encrypt`} className="text-lg font-semibold">
          {strings.jwe.encrypt.title}
        </h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{strings.jwe.encrypt.intro}</p>
        <JweEncrypt
          strings={strings}
          locale={locale}
          jwe={jweFields}
          dispatch={dispatch}
          payloadText={
            jws ? payloadText : decrypted?.ok && !innerJws ? (decrypted.text ?? '') : payloadText
          }
          jwsToken={jws && !jws.partial ? token : innerToken}
        />
      </section>
      <SharePanel token={token} strings={strings} />
      <CodeSnippets input={snippetInput} strings={strings} encrypted={Boolean(jwe && !innerJws)} />
    </div>
  )
}
