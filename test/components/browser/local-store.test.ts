import { afterEach, describe, expect, it, vi } from 'vitest'
import { localStore } from '@/lib/browser/local-store'

const parse = (raw: string | null): string[] => (raw ? (JSON.parse(raw) as string[]) : [])

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
})

describe('localStore', () => {
  it('returns the same object until the stored text changes, and tells subscribers', () => {
    const store = localStore('test:a', parse, [])
    const seen = vi.fn()
    const unsubscribe = store.subscribe(seen)
    const first = store.read()
    expect(store.read()).toBe(first)
    store.write(['x'])
    expect(localStorage.getItem('test:a')).toBe('["x"]')
    expect(store.read()).toEqual(['x'])
    expect(store.read()).not.toBe(first)
    expect(seen).toHaveBeenCalledTimes(1)
    unsubscribe()
    store.write(['y'])
    expect(seen).toHaveBeenCalledTimes(1)
  })

  it('follows other tabs through the storage event for its own key only', () => {
    const store = localStore('test:b', parse, [])
    const seen = vi.fn()
    store.subscribe(seen)
    window.dispatchEvent(new StorageEvent('storage', { key: 'someone:else' }))
    expect(seen).not.toHaveBeenCalled()
    localStorage.setItem('test:b', '["from another tab"]')
    window.dispatchEvent(new StorageEvent('storage', { key: 'test:b' }))
    expect(seen).toHaveBeenCalledTimes(1)
    expect(store.read()).toEqual(['from another tab'])
  })

  it('keeps working in memory when localStorage refuses a write', () => {
    const store = localStore('test:c', parse, [], (list) => JSON.stringify(list))
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError')
    })
    store.write(['kept'])
    expect(store.read()).toEqual(['kept'])
    expect(store.server()).toEqual([])
  })
})
