// The register form's per-field messages, against a stubbed fetch that answers the way the API
// does (lib/http/body.ts for VALIDATION_FAILED; the PASSWORD_TOO_WEAK contract with the server).
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import en from '@/content/messages/en.json'
import zh from '@/content/messages/zh-CN.json'
import { DemoClient } from '@/components/demo/demo-client'

const catalogs = { en, 'zh-CN': zh as typeof en } as const

function problem(body: Record<string, unknown>) {
  return new Response(JSON.stringify({ status: 400, ...body }), {
    status: 400,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}

const weak = {
  code: 'PASSWORD_TOO_WEAK',
  issues: [{ path: 'password', code: 'password_too_weak', message: 'Choose a stronger one.' }],
  password: { score: 0, warning: 'simpleRepeat', suggestions: ['useWords', 'noNeed'] },
}

function renderDemo(locale: keyof typeof catalogs) {
  const catalog = catalogs[locale]
  render(
    <DemoClient
      strings={catalog.Demo.client}
      errors={catalog.Api.errors}
      accounts={[]}
      algs={['ES256']}
      lifetimes={[300]}
      leeway={5}
      passwordLength={{ min: 8, max: 128 }}
      locale={locale}
      playgroundHref={`/${locale}/playground`}
      jwksHref="/.well-known/jwks.json"
      code={{}}
    />,
  )
  const t = catalog.Demo.client
  const form = screen.getByRole('form', { name: t.registerTitle })
  return { t, form, catalog }
}

async function register(form: HTMLElement, t: typeof en.Demo.client, password: string) {
  const user = userEvent.setup()
  await user.type(within(form).getByLabelText(t.name), '小明')
  await user.type(within(form).getByLabelText(t.email), 'xm@example.com')
  await user.type(within(form).getByLabelText(t.password), password)
  await user.click(within(form).getByRole('button', { name: t.register }))
}

afterEach(() => vi.unstubAllGlobals())

describe.each(['en', 'zh-CN'] as const)('the register form in %s', (locale) => {
  it('shows a weak password its translated zxcvbn-ts feedback, by the password field', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => problem(weak)),
    )
    const { t, form } = renderDemo(locale)
    await register(form, t, 'aaaaaaaa')

    const password = within(form).getByLabelText(t.password)
    await vi.waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'))
    const description = password.getAttribute('aria-describedby') ?? ''
    const shown = description
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
    expect(shown).toContain(t.fieldErrors.password.password_too_weak)
    expect(shown).toContain(t.zxcvbn.warnings.simpleRepeat)
    expect(shown).toContain(t.zxcvbn.suggestions.useWords)
    expect(shown).toContain(t.zxcvbn.suggestions.noNeed)
    expect(shown).toContain(t.strength.replace('{score}', '0'))
    expect(shown).not.toContain('Choose a stronger one.')
    expect(within(form).getByLabelText(t.email)).not.toHaveAttribute('aria-invalid')
    // What was typed stays.
    expect(password).toHaveValue('aaaaaaaa')
  })

  it('names each invalid field with its own message, and clears them once registered', async () => {
    const fetch = vi.fn(async () =>
      problem({
        code: 'VALIDATION_FAILED',
        issues: [
          { path: 'email', code: 'invalid_format', message: 'Enter a valid email address.' },
          { path: 'password', code: 'too_small', message: 'Use at least 8 characters.' },
        ],
      }),
    )
    vi.stubGlobal('fetch', fetch)
    const { t, form } = renderDemo(locale)
    await register(form, t, 'abc')
    const email = within(form).getByLabelText(t.email)
    const password = within(form).getByLabelText(t.password)
    await vi.waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'))
    expect(email).toHaveAccessibleDescription(t.fieldErrors.email.invalid_format)
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining(t.fieldErrors.password.too_small.replace('{min}', '8')),
    )
    expect(within(form).getByRole('status')).toHaveTextContent('400')

    fetch.mockImplementation(
      async () =>
        new Response(JSON.stringify({ user: { id: 'u1' } }), {
          status: 201,
          headers: { 'Content-Type': 'application/json' },
        }),
    )
    await userEvent.setup().click(within(form).getByRole('button', { name: t.register }))
    await vi.waitFor(() => expect(within(form).getByRole('status')).toHaveTextContent('201'))
    expect(email).not.toHaveAttribute('aria-invalid')
    expect(password).not.toHaveAttribute('aria-invalid')
  })
})
