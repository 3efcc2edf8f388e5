/**
 * @module <HmacSteps header payload secret>: how an HS256 signature is made, one step at a time,
 * with the real intermediate values. Computed at build time; no JavaScript reaches the browser.
 */
import { getTranslations } from 'next-intl/server'
import { encodeBase64url } from '@/lib/jwt/base64url-encode'
import { toHex } from '@/lib/jwt/hex'
import { hmacSha256 } from '@/lib/jwt/hmac'
import { WidgetFrame } from './token-parts'

export async function HmacSteps({
  header,
  payload,
  secret,
}: {
  header: string
  payload: string
  secret: string
}) {
  const t = await getTranslations('Lessons')
  const encodedHeader = encodeBase64url(header)
  const encodedPayload = encodeBase64url(payload)
  const input = `${encodedHeader}.${encodedPayload}`
  const mac = await hmacSha256(secret, input)
  const signature = encodeBase64url(mac)

  const steps = [
    {
      title: t('hmacHeader'),
      from: header,
      value: <span className="text-jwt-header">{encodedHeader}</span>,
    },
    {
      title: t('hmacPayload'),
      from: payload,
      value: <span className="text-jwt-payload">{encodedPayload}</span>,
    },
    {
      title: t('hmacInput'),
      value: (
        <>
          <span className="text-jwt-header">{encodedHeader}</span>
          <span className="text-jwt-dot">.</span>
          <span className="text-jwt-payload">{encodedPayload}</span>
        </>
      ),
    },
    {
      title: t('hmacMac'),
      from: `${t('secret')}: ${secret}`,
      value: <span>{toHex(mac, Infinity, '')}</span>,
    },
    { title: t('hmacSignature'), value: <span className="text-jwt-signature">{signature}</span> },
    {
      title: t('hmacToken'),
      value: (
        <>
          <span className="text-jwt-header">{encodedHeader}</span>
          <span className="text-jwt-dot">.</span>
          <span className="text-jwt-payload">{encodedPayload}</span>
          <span className="text-jwt-dot">.</span>
          <span className="text-jwt-signature">{signature}</span>
        </>
      ),
    },
  ]

  return (
    <WidgetFrame title={t('hmacTitle')} testId="hmac-steps">
      <ol className="space-y-3">
        {steps.map((step, index) => (
          <li key={step.title} className="flex gap-3">
            <span
              className="flex size-6 shrink-0 items-center justify-center rounded-full bg-indigo-700 text-xs font-semibold text-white dark:bg-indigo-400 dark:text-zinc-950"
              aria-hidden="true"
            >
              {index + 1}
            </span>
            <div className="min-w-0 flex-1 space-y-1">
              <p className="text-sm font-medium">{step.title}</p>
              {step.from && (
                <p
                  className="font-mono text-xs break-all text-zinc-600 dark:text-zinc-400"
                  translate="no"
                >
                  {step.from}
                </p>
              )}
              <p
                className="rounded-md bg-white px-2 py-1 font-mono text-sm break-all dark:bg-zinc-950"
                translate="no"
              >
                {step.value}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </WidgetFrame>
  )
}
