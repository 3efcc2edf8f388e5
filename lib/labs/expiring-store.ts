/**
 * @module A bounded map whose entries expire: lab instances and exploit-server entries live in
 * this process's memory, never in the demo's database. At capacity the oldest entry goes.
 */

export type Lookup<T> =
  { ok: true; value: T; expiresAt: number } | { ok: false; reason: 'unknown' | 'expired' }

export class ExpiringStore<T> {
  private readonly entries = new Map<string, { value: T; expiresAt: number }>()

  /**
   * @param capacity the most entries kept; adding one more evicts the oldest
   * @param ttlMs how long an entry lives after it was (last) set
   * @param onEvict called with every value that leaves the store (evicted, replaced or expired)
   */
  constructor(
    readonly capacity: number,
    readonly ttlMs: number,
    private readonly onEvict: (value: T) => void = () => {},
  ) {}

  get size(): number {
    return this.entries.size
  }

  /** Stores `value` under `id` until now + ttl; returns when it expires. */
  set(id: string, value: T, now = Date.now()): number {
    const previous = this.entries.get(id)
    if (previous) {
      this.entries.delete(id)
      if (previous.value !== value) this.onEvict(previous.value)
    }
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size < this.capacity) break
      this.entries.delete(oldest)
      this.onEvict(entry.value)
    }
    const expiresAt = now + this.ttlMs
    this.entries.set(id, { value, expiresAt })
    return expiresAt
  }

  /** The entry under `id`; an expired one is reported as such (until it is evicted). */
  get(id: string, now = Date.now()): Lookup<T> {
    const entry = this.entries.get(id)
    if (!entry) return { ok: false, reason: 'unknown' }
    if (now >= entry.expiresAt) return { ok: false, reason: 'expired' }
    return { ok: true, value: entry.value, expiresAt: entry.expiresAt }
  }

  /** Forgets everything (tests). */
  clear(): void {
    for (const { value } of this.entries.values()) this.onEvict(value)
    this.entries.clear()
  }
}
