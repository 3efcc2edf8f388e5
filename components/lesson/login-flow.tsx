/**
 * @module <LoginFlow>: the login exchange, one real request at a time against this site's demo
 * API, with a throwaway account made in the reader's browser (or the public demo account when
 * registering is refused). The server renders step 1 unsent; LoginFlowLive (an island) sends.
 */
import { getTranslations } from 'next-intl/server'
import { DEMO_ACCOUNTS } from '@/lib/auth/demo-accounts'
import { API_ERROR_CODES } from '@/lib/contract'
import { FLOW_STEPS } from '@/lib/lessons/login-flow'
import { Island } from './islands/island'
import { LoginFlowView, type LoginFlowLabels } from './login-flow-view'
import { WidgetFrame } from './token-parts'

/** The codes these routes can answer with, translated for the reader (the rest show their code). */
const FLOW_ERRORS = [
  'VALIDATION_FAILED',
  'PASSWORD_TOO_WEAK',
  'ORIGIN_MISMATCH',
  'EMAIL_TAKEN',
  'RATE_LIMITED',
  'LOGIN_DELAYED',
  'INTERNAL_ERROR',
  'INVALID_CREDENTIALS',
  'TOKEN_MISSING',
  'TOKEN_EXPIRED',
  'TOKEN_USER_UNKNOWN',
  'REFRESH_TOKEN_MISSING',
  'REFRESH_TOKEN_INVALID',
  'REFRESH_TOKEN_EXPIRED',
  'REFRESH_TOKEN_REVOKED',
  'REFRESH_TOKEN_REUSED',
] as const satisfies readonly (typeof API_ERROR_CODES)[number][]

export async function LoginFlow() {
  const t = await getTranslations('Lessons.loginFlow')
  const lessons = await getTranslations('Lessons')
  const api = await getTranslations('Api.errors')
  const demo = DEMO_ACCOUNTS[0]!
  const labels: LoginFlowLabels = {
    account: t('account'),
    email: t('email'),
    password: t('password'),
    name: t('name'),
    accountPending: t('accountPending'),
    demoAccount: t('demoAccount'),
    stepsLabel: t('stepsLabel'),
    stepOf: t.raw('stepOf'),
    steps: Object.fromEntries(
      FLOW_STEPS.map((step) => [
        step,
        {
          title: t(`steps.${step}.title`),
          explain: t(`steps.${step}.explain`),
          ok: t(`steps.${step}.ok`),
        },
      ]),
    ) as LoginFlowLabels['steps'],
    request: t('request'),
    response: t('response'),
    send: t('send'),
    sendAgain: t('sendAgain'),
    next: t('next'),
    done: t('done'),
    back: t('back'),
    restart: t('restart'),
    useDemo: t('useDemo', { email: demo.email }),
    registerFailed: t('registerFailed'),
    sending: t('sending'),
    networkError: t('networkError'),
    codeOnly: t.raw('codeOnly'),
    accessToken: t('accessToken'),
    header: lessons('decodedHeader'),
    payload: lessons('decodedPayload'),
    sentByBrowser: t('sentByBrowser'),
    httpOnly: t('httpOnly'),
    errors: Object.fromEntries(FLOW_ERRORS.map((code) => [code, api(code)])),
  }
  const demoAccount = { email: demo.email, password: demo.password, name: demo.name }
  return (
    <WidgetFrame title={t('title')} testId="login-flow">
      <Island name="login-flow" props={{ labels, demoAccount }}>
        <LoginFlowView labels={labels} state={{ step: 0, results: [], busy: false }} />
      </Island>
    </WidgetFrame>
  )
}
