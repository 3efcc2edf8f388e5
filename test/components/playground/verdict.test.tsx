import { render, screen } from '@testing-library/react'
import { ClaimsCard, claimsStateText, VerdictCard } from '@/components/playground/verdict-banner'
import { tokenState } from '@/lib/jwt/explain'
import type { Verdict } from '@/lib/playground/verdict'
import { enStrings, zhStrings } from './strings'

const cases: Array<[Verdict, string]> = [
  [{ kind: 'verified', alg: 'HS256', source: 'secret' }, 'Signature verified'],
  [{ kind: 'invalid', alg: 'HS256' }, 'Invalid signature'],
  [{ kind: 'no-key', keyKind: 'secret' }, 'No key yet'],
  [{ kind: 'unsecured', alg: 'none' }, 'Unsecured (alg: none)'],
  [{ kind: 'json-error', segment: 'payload', line: 3, column: 7 }, 'Fix the JSON first'],
  [
    { kind: 'key-problem', failure: { ok: false, code: 'ERR_PEM_NO_ARMOR' } },
    'This key cannot check it',
  ],
]

describe('VerdictCard', () => {
  it.each(cases)('announces %o as "%s"', (verdict, title) => {
    render(<VerdictCard verdict={verdict} strings={enStrings} locale="en" />)
    expect(screen.getByRole('status')).toHaveTextContent(title)
  })

  it('explains a JSON error as JSON, with its line and column, not as a signature problem', () => {
    render(
      <VerdictCard
        verdict={{ kind: 'json-error', segment: 'payload', line: 3, column: 7 }}
        strings={enStrings}
        locale="en"
      />,
    )
    expect(screen.getByTestId('verdict')).toHaveTextContent('line 3, column 7')
    expect(screen.getByTestId('verdict')).toHaveTextContent('not a signature problem')
    expect(screen.getByTestId('verdict')).not.toHaveTextContent('Invalid signature')
  })

  it('names a PEM without its BEGIN/END lines, in Chinese too', () => {
    const verdict: Verdict = {
      kind: 'key-problem',
      failure: { ok: false, code: 'ERR_PEM_NO_ARMOR' },
    }
    const { unmount } = render(<VerdictCard verdict={verdict} strings={enStrings} locale="en" />)
    expect(screen.getByTestId('verdict')).toHaveTextContent('BEGIN')
    unmount()
    render(<VerdictCard verdict={verdict} strings={zhStrings} locale="zh-CN" />)
    expect(screen.getByRole('status')).toHaveTextContent('这个密钥无法验证它')
  })

  it('says where it was verified, naming the JWKS key by kid', () => {
    render(
      <VerdictCard
        verdict={{ kind: 'verified', alg: 'RS256', source: 'jwks', kid: 'k1' }}
        strings={enStrings}
        locale="en"
      />,
    )
    expect(screen.getByTestId('verdict')).toHaveTextContent('JWKS (key k1)')
  })
})

describe('claims state', () => {
  const now = 1300819380 + 180
  it('says "Expired 3 min. ago" apart from the signature', () => {
    const state = claimsStateText(
      tokenState({ exp: 1300819380 }, now * 1000),
      enStrings.claimsState,
      now,
      'en',
    )
    render(<ClaimsCard {...state} label="Claims" />)
    expect(screen.getByTestId('claims-state')).toHaveTextContent('Expired 3 min. ago')
  })

  it('says "not valid yet" with the time left, and never expires', () => {
    const notYet = claimsStateText(
      tokenState({ nbf: now + 120 }, now * 1000),
      enStrings.claimsState,
      now,
      'en',
    )
    expect(notYet).toEqual({ text: 'Not valid yet, starts in 2 min.', tone: 'bad' })
    const forever = claimsStateText(
      tokenState({ sub: '1' }, now * 1000),
      enStrings.claimsState,
      now,
      'en',
    )
    expect(forever.text).toBe('Valid, never expires')
    const zh = claimsStateText(
      tokenState({ exp: now + 240 }, now * 1000),
      zhStrings.claimsState,
      now,
      'zh-CN',
    )
    expect(zh.text).toBe('有效，4分钟后过期')
  })
})
