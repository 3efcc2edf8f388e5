'use client'
/**
 * @module The live part of <JweDemo>: decrypts the JWE with the key in the field (or a random
 * wrong one) and encrypts the claims again. lib/jwt's encrypt and decrypt run on jose, so they
 * load on the first press, not with this widget.
 */
import { useState } from 'react'
import { fill } from '@/lib/i18n/fill'
import { encodeBase64url } from '@/lib/jwt/base64url-encode'
import type { Typed } from './islands/registry'
import {
  JWE_ERROR_CODES,
  JweView,
  type JweErrorCode,
  type JweFacts,
  type JweOutcome,
} from './jwe-view'

const ALG = { alg: 'dir', enc: 'A256GCM' } as const

function pretty(text: string) {
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}

export function JweLive({
  jwe: firstJwe,
  claims,
  typed,
  ...facts
}: JweFacts & { jwe: string; claims: string; typed?: Typed }) {
  const { encryptKey } = facts
  const [jwe, setJwe] = useState(firstJwe)
  const [keyText, setKeyText] = useState(typed?.key ?? encryptKey)
  const [outcome, setOutcome] = useState<JweOutcome>()
  const [busy, setBusy] = useState(false)
  const { labels } = facts

  async function decrypt(text: string, tried?: string) {
    setBusy(true)
    try {
      const { decryptJwe } = await import('@/lib/jwt/decrypt')
      const result = await decryptJwe(jwe, { text: text.trim(), encoding: 'base64url' })
      // The reader's last try is the one shown, whatever it was.
      if (result.ok) {
        setOutcome({ kind: 'decrypted', text: pretty(result.text ?? '') })
      } else {
        const code = (JWE_ERROR_CODES as readonly string[]).includes(result.code)
          ? (result.code as JweErrorCode)
          : 'other'
        setOutcome({
          kind: 'failed',
          tried,
          message: fill(labels.errors[code], {
            size: String(result.size ?? ''),
            limit: String(result.limit ?? ''),
            code: result.code,
          }),
        })
      }
    } catch {
      // The lazy chunk did not arrive (offline, or a deploy removed it).
      setOutcome({
        kind: 'failed',
        tried,
        message: fill(labels.errors.other, { code: 'ERR_OFFLINE' }),
      })
    } finally {
      setBusy(false)
    }
  }

  async function encrypt() {
    setBusy(true)
    try {
      const { encryptJwe } = await import('@/lib/jwt/encrypt')
      const made = await encryptJwe(claims, {
        ...ALG,
        key: { text: encryptKey, encoding: 'base64url' },
      })
      if (made.ok) {
        setJwe(made.token)
        setOutcome({ kind: 'encrypted' })
      } else {
        setOutcome({ kind: 'failed', message: fill(labels.errors.other, { code: made.code }) })
      }
    } catch {
      // The lazy chunk did not arrive (offline, or a deploy removed it).
      setOutcome({ kind: 'failed', message: fill(labels.errors.other, { code: 'ERR_OFFLINE' }) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <JweView
      {...facts}
      jwe={jwe}
      keyText={keyText}
      outcome={outcome}
      busy={busy}
      onKeyChange={setKeyText}
      onDecrypt={() => decrypt(keyText)}
      // A fresh random key, not the field's: what the reader typed there stays.
      onWrongKey={() => {
        const wrong = encodeBase64url(crypto.getRandomValues(new Uint8Array(32)))
        void decrypt(wrong, wrong)
      }}
      onEncrypt={encrypt}
    />
  )
}

// The island registry loads this module for its default export.
export { JweLive as default }
