import 'server-only'

/**
 * @module The store, ready for auth: signing keys exist and the demo accounts are seeded. Runs
 * once per store and process, on the first request that needs it.
 */
import { getStore, type Store } from '@/lib/db'
import { DEMO_ACCOUNTS } from './demo-accounts'
import { ensureSigningKeys } from './keys'
import { hashPassword } from './passwords'

const prepared = new WeakMap<Store, Promise<void>>()

/** Creates the demo accounts that do not exist yet (an existing account is left alone). */
export async function seedDemoAccounts(store: Store, now = Date.now()): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    if (await store.users.findByEmail(account.email)) continue
    await store.users.create({
      id: crypto.randomUUID(),
      email: account.email,
      name: account.name,
      passwordHash: await hashPassword(account.password),
      createdAt: now,
    })
  }
}

/** Keys and demo accounts for this store, once. */
export function prepareStore(store: Store): Promise<void> {
  let ready = prepared.get(store)
  if (!ready) {
    ready = (async () => {
      await ensureSigningKeys(store)
      await seedDemoAccounts(store)
    })()
    ready.catch(() => prepared.delete(store))
    prepared.set(store, ready)
  }
  return ready
}

/** The process's store with keys and demo accounts in place. */
export async function getAuthStore(): Promise<Store> {
  const store = await getStore()
  await prepareStore(store)
  return store
}
