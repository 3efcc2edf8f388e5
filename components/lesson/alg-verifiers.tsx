/**
 * @module <AlgVerifiers>: the reader changes `alg`, `typ` and `kid` in a token's header and
 * watches a naive verifier (the header picks the check) and a strict one (allow-list, key bound to
 * its algorithm) disagree, each giving its reason. The server makes an ES256 key pair at render
 * and signs the starting token; only the public key and that token reach the page. The verifiers'
 * code is shown from the file that runs it.
 */
import { getLocale, getTranslations } from 'next-intl/server'
import type { Locale } from '@/lib/i18n/routing'
import { toPem } from '@/lib/jwt/pem'
import {
  headerText,
  naiveVerify,
  signEs256,
  strictVerify,
  type BoundKey,
  type HeaderChoice,
} from '@/lib/lessons/alg-verifiers'
import { readExcerpts } from '@/lib/source-code/excerpt'
import { AlgVerifiersView, type AlgVerifiersLabels } from './alg-verifiers-view'
import { Island } from './islands/island'
import { LessonLink } from './prose'
import { WidgetFrame, WidgetSource } from './token-parts'

const PAYLOAD = '{"sub":"42","name":"Ada","admin":false}'
const START: HeaderChoice = { alg: 'ES256', typ: 'JWT', kid: 'server-key-1' }

const NAIVE_REASONS = [
  'noneOk',
  'hmacOk',
  'hmacBad',
  'ecdsaOk',
  'ecdsaBad',
  'unknown',
  'unreadable',
] as const

/** The codes strictVerify returns, with `Jwt.errors`' wording. */
const STRICT_CODES = [
  'ERR_SEGMENT_COUNT',
  'ERR_SEGMENT_BASE64',
  'ERR_SEGMENT_JSON',
  'ERR_PARTIAL_TOKEN',
  'ERR_ALG_MISSING',
  'ERR_ALG_NONE',
  'ERR_ALG_NOT_ALLOWED',
  'ERR_CLAIM_TYP_MISMATCH',
  'ERR_SIGNATURE_MISSING',
  'ERR_SIGNATURE_INVALID',
] as const

async function serverKey(): Promise<{ key: BoundKey; privateKey: CryptoKey }> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey))
  return {
    key: { kid: START.kid, alg: 'ES256', publicKeyPem: toPem('PUBLIC KEY', spki) },
    privateKey: pair.privateKey,
  }
}

export async function AlgVerifiers() {
  const t = await getTranslations('Lessons.algVerifiers')
  const jwt = await getTranslations('Jwt')
  const locale = (await getLocale()) as Locale
  const { key, privateKey } = await serverKey()
  const token = await signEs256(headerText(START), PAYLOAD, privateKey)
  const verdicts = {
    naive: await naiveVerify(token, key.publicKeyPem),
    strict: await strictVerify(token, [key]),
  }
  const labels: AlgVerifiersLabels = {
    alg: t('alg'),
    algs: { ES256: t('algEs256'), HS256: t('algHs256'), none: t('algNone') },
    typ: t('typ'),
    kid: t('kid'),
    header: t('header'),
    token: t('token'),
    naive: t('naive'),
    strict: t('strict'),
    accepted: t('accepted'),
    rejected: t('rejected'),
    checking: t('checking'),
    naiveReasons: Object.fromEntries(
      NAIVE_REASONS.map((reason) => [reason, t.raw(`naiveReasons.${reason}`) as string]),
    ),
    strictOk: t.raw('strictOk') as string,
    strictErrors: {
      ...Object.fromEntries(
        STRICT_CODES.map((code) => [code, jwt.raw(`errors.${code}`) as string]),
      ),
      ERR_JWKS_NO_MATCH: t.raw('unknownKid') as string,
    },
    agree: t('agree'),
    disagree: t('disagree'),
  }
  const id = 'alg-verifiers'
  const code = readExcerpts([
    { file: 'lib/lessons/alg-verifiers.ts', names: ['naiveVerify', 'strictVerify'] },
  ])
  return (
    <WidgetFrame title={t('title')} testId="alg-verifiers">
      <p className="text-sm">{t('keyIntro', { kid: key.kid })}</p>
      <pre
        className="overflow-x-auto rounded-md bg-white p-3 font-mono text-xs dark:bg-zinc-950"
        tabIndex={0}
        translate="no"
        aria-label={t('keyLabel')}
      >
        {key.publicKeyPem.trimEnd()}
      </pre>
      <Island
        name="algVerifiers"
        props={{
          id,
          initialChoice: START,
          initial: { token, verdicts },
          serverKey: key,
          labels,
          locale,
        }}
      >
        <AlgVerifiersView
          id={id}
          choice={START}
          token={token}
          verdicts={verdicts}
          labels={labels}
          locale={locale}
        />
      </Island>
      <p className="text-sm">
        {t('labsLead')}{' '}
        <LessonLink href="/labs/alg-none" locale={locale}>
          {t('labAlgNone')}
        </LessonLink>
        {t('labsAnd')}
        <LessonLink href="/labs/algorithm-confusion" locale={locale}>
          {t('labConfusion')}
        </LessonLink>
        {t('labsEnd')}
      </p>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">{t('code')}</summary>
        <WidgetSource code={code} className="mt-2" />
      </details>
    </WidgetFrame>
  )
}
