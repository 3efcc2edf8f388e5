'use client'
/**
 * @module The demo's session: the current access token and each request the buttons make with
 * it — call /api/me (as is, tampered, without "Bearer", or once expired), refresh, replay the
 * previous refresh token, log in, register and log out. Every action is ignored while another
 * request is in flight.
 */
import { useCallback, useState } from 'react'
import type { Exchange, StepKind } from '@/lib/demo/exchange'
import { bearerLine } from '@/lib/demo/bearer'
import type { DemoRequest } from '@/lib/demo/request'
import type { SigningAlg } from './login-panel'

/** The claims tried in order: changing `sub` is the classic "become another user" attack. */
const TAMPER_CLAIMS = ['sub', 'jti', 'client_id']

export type MeCall = 'me' | 'tamper' | 'noBearer' | 'expired'

export function useSession({
  send,
  busy,
}: {
  send: (request: DemoRequest) => Promise<Exchange>
  busy: StepKind | null
}) {
  const [token, setToken] = useState<string | null>(null)
  // Replaying only teaches something once a refresh has rotated the refresh token.
  const [canReplay, setCanReplay] = useState(false)

  const callMe = useCallback(
    async (kind: MeCall) => {
      if (busy) return
      if (!token || kind === 'me') {
        const headers = token ? { Authorization: `Bearer ${token}` } : undefined
        await send({
          kind,
          method: 'GET',
          path: '/api/me',
          headers,
          shownHeaders: token ? [bearerLine(`Bearer ${token}`, token)] : [],
          sentToken: token ?? undefined,
        })
        return
      }
      let credential = token
      let tampered: Exchange['tampered']
      if (kind === 'tamper') {
        // Loaded on the click: the tamper code (and its JSON scanner) stays out of first load.
        const { tamperPayload } = await import('@/lib/jwt/tamper')
        const changed = tamperPayload(token, { claims: TAMPER_CLAIMS })
        if (changed) {
          credential = changed.token
          // The log shows the claim's text, not its JSON literal.
          const text = (literal: string) => String(JSON.parse(literal))
          tampered = {
            claim: changed.claim,
            before: text(changed.before),
            after: text(changed.after),
          }
        }
      }
      const value = kind === 'noBearer' ? credential : `Bearer ${credential}`
      await send({
        kind,
        method: 'GET',
        path: '/api/me',
        headers: { Authorization: value },
        shownHeaders: [bearerLine(value, credential)],
        sentToken: credential,
        tampered,
      })
    },
    [busy, send, token],
  )

  async function login(credentials: {
    email: string
    password: string
    alg: SigningAlg
    expiresIn: number
  }) {
    if (busy) return undefined
    const result = await send({
      kind: 'login',
      method: 'POST',
      path: '/api/auth/login',
      body: credentials,
    })
    if (result.issuedToken) {
      setToken(result.issuedToken)
      setCanReplay(false)
    }
    return result
  }

  async function register(account: { email: string; password: string; name: string }) {
    if (busy) return undefined
    return send({ kind: 'register', method: 'POST', path: '/api/auth/register', body: account })
  }

  async function refresh() {
    if (busy) return
    const result = await send({ kind: 'refresh', method: 'POST', path: '/api/auth/refresh' })
    if (result.issuedToken) {
      setToken(result.issuedToken)
      setCanReplay(true)
    }
  }

  async function replay() {
    if (busy) return
    await send({ kind: 'replay', method: 'POST', path: '/api/demo/replay-refresh' })
  }

  async function logout() {
    if (busy) return
    await send({ kind: 'logout', method: 'POST', path: '/api/auth/logout' })
  }

  return { token, canReplay, callMe, login, register, refresh, replay, logout }
}
