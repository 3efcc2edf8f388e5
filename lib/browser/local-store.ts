/**
 * @module local-store — a value kept in this browser's localStorage, as a tiny external store for
 * useSyncExternalStore: read returns the same object until the stored text changes, writes
 * notify every reader in this tab (and other tabs through the `storage` event), and when
 * localStorage refuses a write (private mode, quota) the value lives in memory until reload, so
 * the page keeps working. The server snapshot is `empty`, so prerendered HTML never depends on it.
 * Lesson progress (lib/lessons/progress) and solved labs (lib/labs-ui/progress) are two of these.
 */

export interface LocalStore<T> {
  /** The current value; the same object until the stored text changes. */
  read(): T
  /** What the server renders (and the first client render): `empty`. */
  server(): T
  write(next: T): void
  subscribe(onChange: () => void): () => void
}

/**
 * @example
 * const store = localStore('my:key:v1', (raw) => (raw ? JSON.parse(raw) : []), [])
 * store.write([...store.read(), 'x'])
 */
export function localStore<T>(
  key: string,
  parse: (raw: string | null) => T,
  empty: T,
  serialize: (value: T) => string = JSON.stringify,
): LocalStore<T> {
  const changeEvent = `${key}:change`
  let cachedRaw: string | null | undefined
  let cached = empty
  let memoryRaw: string | undefined
  return {
    read() {
      let raw: string | null = memoryRaw ?? null
      if (memoryRaw === undefined) {
        try {
          raw = window.localStorage.getItem(key)
        } catch {
          return empty
        }
      }
      if (raw === cachedRaw) return cached
      cachedRaw = raw
      cached = parse(raw)
      return cached
    },
    server: () => empty,
    write(next) {
      const raw = serialize(next)
      if (memoryRaw === undefined) {
        try {
          window.localStorage.setItem(key, raw)
        } catch {
          memoryRaw = raw // a nicety, never an error
        }
      } else memoryRaw = raw
      window.dispatchEvent(new Event(changeEvent))
    },
    subscribe(onChange) {
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) onChange()
      }
      window.addEventListener(changeEvent, onChange)
      window.addEventListener('storage', onStorage)
      return () => {
        window.removeEventListener(changeEvent, onChange)
        window.removeEventListener('storage', onStorage)
      }
    },
  }
}
