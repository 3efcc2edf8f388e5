'use client'
/**
 * @module The live part of <InjectedScript>: storing puts the token in localStorage and asks the
 * route for an HttpOnly cookie; running calls injectedScript(), the very code shown beside it.
 */
import { useState } from 'react'
import { LESSON_COOKIE_ROUTE, LESSON_STORAGE_KEY } from '@/lib/lessons/cookie-lesson'
import { injectedScript, type Loot } from '@/lib/lessons/injected-script'
import {
  InjectedScriptView,
  type InjectedScriptLabels,
  type StoreState,
} from './injected-script-view'

/** localStorage can be refused (some private modes, blocked site data); the cookie still works. */
function tryStorage(action: (storage: Storage) => void): boolean {
  try {
    action(localStorage)
    return true
  } catch {
    return false
  }
}

export function InjectedScriptLive({
  token,
  labels,
  locale,
}: {
  token: string
  labels: InjectedScriptLabels
  locale: string
}) {
  const [store, setStore] = useState<StoreState>({ step: 'idle' })
  const [loot, setLoot] = useState<Loot | undefined>()
  const [running, setRunning] = useState(false)

  async function onStore() {
    setStore({ step: 'storing' })
    const storage = tryStorage((s) => s.setItem(LESSON_STORAGE_KEY, token))
    try {
      const response = await fetch(LESSON_COOKIE_ROUTE, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token }),
      })
      setStore(
        response.ok ? { step: 'stored', storage } : { step: 'failed', status: response.status },
      )
    } catch {
      setStore({ step: 'failed' })
    }
  }

  async function onRun() {
    setRunning(true)
    try {
      setLoot(await injectedScript())
    } finally {
      setRunning(false)
    }
  }

  async function onClear() {
    tryStorage((s) => s.removeItem(LESSON_STORAGE_KEY))
    setLoot(undefined)
    try {
      const response = await fetch(LESSON_COOKIE_ROUTE, { method: 'DELETE' })
      setStore(response.ok ? { step: 'cleared' } : { step: 'failed', status: response.status })
    } catch {
      setStore({ step: 'failed' })
    }
  }

  return (
    <InjectedScriptView
      store={store}
      loot={loot}
      running={running}
      labels={labels}
      locale={locale}
      onStore={onStore}
      onRun={onRun}
      onClear={onClear}
    />
  )
}

// The island registry loads this module for its default export.
export { InjectedScriptLive as default }
