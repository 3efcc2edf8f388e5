// The example app's store, in memory. The lessons write `db.users` and `db.refreshTokens` for
// "your own store"; this is the smallest one that keeps their promises, including the atomic
// "mark as used" that reuse detection depends on.
import crypto from 'node:crypto'

export function createDb() {
  const users = new Map()
  const refreshTokens = new Map()
  return {
    users: {
      async insert(user) {
        users.set(user.email, user)
        return user
      },
      async findByEmail(email) {
        return users.get(email) ?? null
      },
    },
    refreshTokens: {
      async insert(token) {
        const record = { id: crypto.randomUUID(), usedAt: null, revokedAt: null, ...token }
        refreshTokens.set(record.id, record)
        return record
      },
      async findByHash(hash) {
        return [...refreshTokens.values()].find((record) => record.hash === hash) ?? null
      },
      // UPDATE refresh_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL: true if this call spent it
      async markUsed(id) {
        const record = refreshTokens.get(id)
        if (!record || record.usedAt) return false
        record.usedAt = Date.now()
        return true
      },
      async revokeFamily(familyId) {
        for (const record of refreshTokens.values())
          if (record.familyId === familyId) record.revokedAt ??= Date.now()
      },
    },
  }
}

/** The one store the example app's routes share. */
export const db = createDb()
