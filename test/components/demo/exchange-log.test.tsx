import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ExchangeLog } from '@/components/demo/exchange-log'
import { expectedSetCookies } from '@/lib/demo/exchange-headers'
import { errors, exchange, makeToken, strings, tokenContext } from './fixtures'

const token = makeToken({ sub: 'user-1', exp: 1767268800, iat: 1767268500, jti: 'j' })

function renderLog(...exchanges: Parameters<typeof exchange>[0][]) {
  return render(
    <ExchangeLog
      exchanges={exchanges.map((e, i) => exchange({ id: exchanges.length - i, ...e }))}
      strings={strings}
      errors={errors}
      code={{ me: <p>our me code</p>, login: <p>our login code</p> }}
      tokenContext={tokenContext}
    />,
  )
}

describe('ExchangeLog', () => {
  it('says that nothing was sent yet', () => {
    renderLog()
    expect(screen.getByText(strings.logEmpty)).toBeInTheDocument()
  })

  it('lists exchanges newest first, each an article named by its number and step', () => {
    renderLog(
      { kind: 'me', response: { status: 200, statusText: 'OK', headers: [], body: {} } },
      { kind: 'login', response: { status: 200, statusText: 'OK', headers: [], body: {} } },
    )
    const articles = screen.getAllByRole('article')
    expect(articles.map((a) => a.getAttribute('aria-labelledby'))).toHaveLength(2)
    expect(screen.getByRole('article', { name: '#2 Call /api/me' })).toBe(articles[0])
    expect(screen.getByRole('article', { name: '#1 Log in' })).toBe(articles[1])
  })

  it('shows a 401 with the translated message, its code and the exact headers', async () => {
    const tampered = makeToken({ sub: 'user-2', exp: 1767268800 })
    renderLog({
      kind: 'tamper',
      request: {
        method: 'GET',
        path: '/api/me',
        headers: [{ name: 'Authorization', value: `Bearer ${tampered}`, token: tampered }],
      },
      sentToken: tampered,
      tampered: { claim: 'sub', before: 'user-1', after: 'user-2' },
      response: {
        status: 401,
        statusText: 'Unauthorized',
        headers: [
          { name: 'Content-Type', value: 'application/problem+json' },
          {
            name: 'WWW-Authenticate',
            value: 'Bearer realm="jwt-playground", error="invalid_token"',
          },
        ],
        body: { status: 401, code: 'TOKEN_BAD_SIGNATURE', detail: 'The signature does not match.' },
      },
    })
    const entry = screen.getByRole('article', { name: '#1 Tampered token' })
    expect(within(entry).getByText(errors.TOKEN_BAD_SIGNATURE!)).toBeInTheDocument()
    expect(within(entry).getAllByText('TOKEN_BAD_SIGNATURE')[0]).toBeInTheDocument()
    expect(entry).toHaveTextContent('HTTP 401 Unauthorized')
    expect(entry).toHaveTextContent('WWW-Authenticate: Bearer realm="jwt-playground"')
    expect(entry).toHaveTextContent('sub user-1 → user-2')

    // The token is abbreviated until the learner asks for all of it.
    expect(entry).not.toHaveTextContent(tampered)
    const toggle = within(entry).getByRole('button', { name: strings.showToken })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(entry).toHaveTextContent(`Authorization: Bearer ${tampered}`)
  })

  it('masks HttpOnly cookies and the password, and says why', () => {
    renderLog({
      kind: 'login',
      request: {
        method: 'POST',
        path: '/api/auth/login',
        headers: [{ name: 'Content-Type', value: 'application/json' }],
        body: { email: 'alice@example.com', password: 'alice-demo-pass', alg: 'ES256' },
      },
      issuedToken: token,
      response: {
        status: 200,
        statusText: 'OK',
        headers: [
          { name: 'Content-Type', value: 'application/json' },
          ...expectedSetCookies('login', 200, false),
        ],
        body: { accessToken: token, tokenType: 'Bearer', expiresIn: 300 },
      },
    })
    const entry = screen.getByRole('article', { name: '#1 Log in' })
    expect(entry).toHaveTextContent(
      'Set-Cookie: jwtpg_refresh=••••••••; Path=/api/auth; HttpOnly; SameSite=Strict',
    )
    expect(entry).toHaveTextContent(strings.httpOnly)
    expect(entry).not.toHaveTextContent('alice-demo-pass')
    expect(entry).toHaveTextContent(strings.passwordHidden)
    expect(within(entry).getByText(strings.success.login)).toBeInTheDocument()
  })

  it('decodes the issued token and links it to the playground, with the JWKS for ES256', async () => {
    renderLog({
      kind: 'login',
      issuedToken: token,
      response: { status: 200, statusText: 'OK', headers: [], body: { accessToken: token } },
    })
    const entry = screen.getByRole('article', { name: '#1 Log in' })
    await userEvent.click(within(entry).getByText(strings.decoded))
    expect(within(entry).getByText(/"kid": "k1"/)).toBeVisible()
    expect(within(entry).getByRole('link', { name: strings.openPlayground })).toHaveAttribute(
      'href',
      `/en/playground#token=${token}`,
    )
    expect(within(entry).getByRole('link', { name: '/.well-known/jwks.json' })).toBeVisible()
    expect(within(entry).getByText(/2026/)).toHaveAttribute('datetime', '2026-01-01T12:00:00.000Z')
  })

  it('shows the server code of the step behind a disclosure', async () => {
    renderLog({
      kind: 'noBearer',
      response: {
        status: 401,
        statusText: 'Unauthorized',
        headers: [],
        body: { code: 'TOKEN_SCHEME_MISSING' },
      },
    })
    const entry = screen.getByRole('article', { name: '#1 Token without Bearer' })
    expect(within(entry).getByText(errors.TOKEN_SCHEME_MISSING!)).toBeInTheDocument()
    await userEvent.click(within(entry).getByText(strings.serverCode))
    expect(within(entry).getByText('our me code')).toBeVisible()
  })

  it('says clearly when the request never reached the server', () => {
    renderLog({ kind: 'refresh', networkError: true })
    const entry = screen.getByRole('article', { name: '#1 Refresh' })
    expect(within(entry).getAllByText(strings.networkError).length).toBeGreaterThan(0)
  })

  it('falls back to a generic message for an error without a code', () => {
    renderLog({
      kind: 'me',
      response: { status: 502, statusText: 'Bad Gateway', headers: [], body: 'upstream down' },
    })
    expect(screen.getByText('The server answered 502 without an error code.')).toBeInTheDocument()
  })
})
