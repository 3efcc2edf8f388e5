// lib/demo/field-issues and lib/demo/refresh-lock, and the zxcvbn-ts feedback keys the
// catalogs must translate (listed from the library itself, not from this project).
import translationKeys from '@zxcvbn-ts/core/dist/data/translationKeys'
import en from '@/content/messages/en.json'
import zh from '@/content/messages/zh-CN.json'
import { fieldIssuesOf, passwordFeedbackOf } from '@/lib/demo/field-issues'
import { withRefreshLock, type Locks } from '@/lib/demo/refresh-lock'

describe('fieldIssuesOf', () => {
  it('keeps the first issue of each field, by the first segment of its path', () => {
    expect(
      fieldIssuesOf({
        code: 'VALIDATION_FAILED',
        issues: [
          { path: 'email', code: 'invalid_format', message: 'Enter a valid email address.' },
          { path: 'password', code: 'too_small', message: 'Use at least 8 characters.' },
          { path: 'password', code: 'too_big', message: 'second' },
          { path: 'profile.name', code: 'too_small', message: 'nested' },
        ],
      }),
    ).toEqual({
      email: { code: 'invalid_format', message: 'Enter a valid email address.' },
      password: { code: 'too_small', message: 'Use at least 8 characters.' },
      profile: { code: 'too_small', message: 'nested' },
    })
  })

  it.each([undefined, null, 'text', [], {}, { issues: 'no' }, { issues: [null, { path: 1 }, {}] }])(
    'finds nothing in %j',
    (body) => {
      expect(fieldIssuesOf(body)).toEqual({})
    },
  )
})

describe('passwordFeedbackOf', () => {
  it('reads the score, warning and suggestions of a weak password', () => {
    expect(
      passwordFeedbackOf({
        code: 'PASSWORD_TOO_WEAK',
        password: { score: 1, warning: 'topHundred', suggestions: ['useWords', 7, ''] },
      }),
    ).toEqual({ score: 1, warning: 'topHundred', suggestions: ['useWords'] })
  })

  it.each([
    {},
    { password: 'x' },
    { password: { score: 5, warning: null, suggestions: [] } },
    { password: { score: 1.5, warning: null, suggestions: [] } },
    { password: { warning: 'topTen', suggestions: [] } },
  ])('drops feedback it cannot read: %j', (body) => {
    expect(passwordFeedbackOf(body)).toBeNull()
  })

  it('reads an empty warning as none', () => {
    expect(passwordFeedbackOf({ password: { score: 2, warning: '', suggestions: [] } })).toEqual({
      score: 2,
      warning: null,
      suggestions: [],
    })
  })
})

describe('every zxcvbn-ts feedback key has a sentence in both catalogs', () => {
  it.each([
    ['en', en.Demo.client.zxcvbn],
    ['zh-CN', zh.Demo.client.zxcvbn],
  ])('%s', (_locale, catalog) => {
    expect(Object.keys(catalog.warnings).sort()).toEqual(
      Object.keys(translationKeys.warnings).sort(),
    )
    expect(Object.keys(catalog.suggestions).sort()).toEqual(
      Object.keys(translationKeys.suggestions).sort(),
    )
  })
})

/** A Web Locks stand-in: one holder at a time, waiters served in order. */
function fakeLocks() {
  let held = false
  const queue: (() => void)[] = []
  const release = () => {
    const next = queue.shift()
    if (next) next()
    else held = false
  }
  const locks: Locks = {
    async request<T>(
      _name: string,
      a: { ifAvailable: true } | ((lock: unknown) => Promise<T>),
      b?: (lock: unknown) => Promise<T>,
    ): Promise<T> {
      const callback = (typeof a === 'function' ? a : b)!
      if (typeof a !== 'function' && held) return callback(null)
      if (held) await new Promise<void>((resolve) => queue.push(resolve))
      held = true
      try {
        return await callback({})
      } finally {
        release()
      }
    },
  } as Locks
  return locks
}

describe('withRefreshLock', () => {
  it('runs one send at a time, and says which one waited', async () => {
    const locks = fakeLocks()
    const order: string[] = []
    let finishFirst!: () => void
    const first = withRefreshLock(
      async () => {
        order.push('first starts')
        await new Promise<void>((resolve) => (finishFirst = resolve))
        order.push('first ends')
        return 1
      },
      { locks },
    )
    const onWait = vi.fn()
    const second = withRefreshLock(
      async () => {
        order.push('second starts')
        return 2
      },
      { locks, onWait },
    )
    await vi.waitFor(() => expect(onWait).toHaveBeenCalledTimes(1))
    expect(order).toEqual(['first starts'])
    finishFirst()
    expect(await first).toEqual({ value: 1, waited: false })
    expect(await second).toEqual({ value: 2, waited: true })
    expect(order).toEqual(['first starts', 'first ends', 'second starts'])
  })

  it('releases the lock when a send fails', async () => {
    const locks = fakeLocks()
    await expect(
      withRefreshLock(() => Promise.reject(new Error('offline')), { locks }),
    ).rejects.toThrow('offline')
    expect(await withRefreshLock(async () => 'next', { locks })).toEqual({
      value: 'next',
      waited: false,
    })
  })

  it('sends at once without Web Locks', async () => {
    expect(await withRefreshLock(async () => 'sent', { locks: null })).toEqual({
      value: 'sent',
      waited: false,
    })
  })
})
