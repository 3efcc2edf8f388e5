import 'server-only'

/**
 * @module The demo accounts seeded on first start. Their passwords are public on purpose: the
 * demo page shows them so a learner can log in at once.
 */
export interface DemoAccount {
  email: string
  password: string
  name: string
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'alice@example.com', password: 'alice-demo-pass', name: 'Alice' },
  { email: 'bob@example.com', password: 'bob-demo-pass', name: 'Bob' },
]
