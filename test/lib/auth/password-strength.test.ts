import { checkPasswordStrength, MIN_PASSWORD_SCORE } from '@/lib/auth/password-strength'

describe('checkPasswordStrength (zxcvbn-ts, common dictionaries)', () => {
  it.each([
    ['aaaaaaaa', 'simpleRepeat'],
    ['        ', 'simpleRepeat'],
    ['password', 'topTen'],
    ['qwertyuiop', 'topHundred'],
    ['12345678', 'topTen'],
    ['Password123', 'common'],
    ['a'.repeat(128), 'simpleRepeat'],
  ])('refuses %j with the warning key %s', async (password, warning) => {
    const strength = await checkPasswordStrength(password)
    expect(strength.score).toBeLessThan(MIN_PASSWORD_SCORE)
    expect(strength.warning).toBe(warning)
    expect(strength.suggestions.length).toBeGreaterThan(0)
  })

  it.each(['carol-likes-claims', 'correct horse battery staple', 'tr0ub4dor&3-horse'])(
    'accepts %j with no feedback',
    async (password) => {
      expect(await checkPasswordStrength(password)).toEqual({
        score: expect.any(Number),
        warning: null,
        suggestions: [],
      })
      expect((await checkPasswordStrength(password)).score).toBeGreaterThanOrEqual(
        MIN_PASSWORD_SCORE,
      )
    },
  )

  it("counts the user's own email and name as known words", async () => {
    const password = 'zhangweijwtpg'
    const alone = await checkPasswordStrength(password)
    const withInputs = await checkPasswordStrength(password, ['zhangwei@jwtpg.dev', 'Zhang Wei'])
    expect(alone.score).toBeGreaterThanOrEqual(MIN_PASSWORD_SCORE)
    expect(withInputs.score).toBeLessThan(MIN_PASSWORD_SCORE)
    expect(withInputs.warning).toBe('userInputs')
  })

  it('loads the dictionaries once: the first check pays, the later ones do not', async () => {
    vi.resetModules()
    const fresh = await import('@/lib/auth/password-strength')
    const core = await import('@zxcvbn-ts/core')
    const built = vi.spyOn(core.ZxcvbnFactory.prototype, 'check')
    const t0 = performance.now()
    await fresh.checkPasswordStrength('first-check-pays')
    const t1 = performance.now()
    await Promise.all([
      fresh.checkPasswordStrength('later-check-one'),
      fresh.checkPasswordStrength('later-check-two'),
    ])
    const t2 = performance.now()
    // Measured, not asserted (no timed assertions): printed for the report.
    console.info(
      `zxcvbn: first check ${(t1 - t0).toFixed(0)} ms, two later ${(t2 - t1).toFixed(0)} ms`,
    )
    // Every check went to one factory instance.
    const instances = new Set(built.mock.contexts)
    expect(built).toHaveBeenCalledTimes(3)
    expect(instances.size).toBe(1)
    built.mockRestore()
  })
})
