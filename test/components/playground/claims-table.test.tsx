import { fireEvent, render, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { ClaimsTable } from '@/components/playground/claims-table'
import { explainClaims } from '@/lib/jwt/explain'
import { enStrings, zhStrings } from './strings'

const payload = { iss: 'joe', exp: 1300819380, 'http://example.com/is_root': true }
const now = 1300819380 - 4 * 60

describe('ClaimsTable', () => {
  it('lists each claim with its meaning, local date and relative time', () => {
    render(
      <ClaimsTable claims={explainClaims(payload)} strings={enStrings} locale="en" now={now} />,
    )
    const table = screen.getByRole('table')
    expect(within(table).getAllByRole('row')).toHaveLength(4)
    const exp = screen.getByRole('row', { name: /exp/ })
    expect(exp).toHaveTextContent('Expiration time')
    expect(exp).toHaveTextContent('in 4 min.')
    expect(exp).toHaveTextContent('2011')
    const custom = screen.getByRole('row', { name: /is_root/ })
    expect(custom).toHaveTextContent('Custom claim')
  })

  it('speaks Chinese in a Chinese page', () => {
    render(
      <ClaimsTable
        claims={explainClaims(payload)}
        strings={zhStrings}
        locale="zh-CN"
        now={now + 3 * 3600}
      />,
    )
    expect(screen.getByRole('row', { name: /exp/ })).toHaveTextContent('2小时前')
    expect(screen.getByRole('columnheader', { name: '含义' })).toBeInTheDocument()
  })

  it('shows only the ISO date before the clock is read (server render)', () => {
    render(
      <ClaimsTable claims={explainClaims(payload)} strings={enStrings} locale="en" now={null} />,
    )
    expect(screen.getByRole('row', { name: /exp/ })).toHaveTextContent('2011-03-22T18:43:00.000Z')
  })

  it('lights up a claim on hover and focus (a button, so keyboard works)', () => {
    const onHighlight = vi.fn()
    render(
      <ClaimsTable
        claims={explainClaims(payload)}
        strings={enStrings}
        locale="en"
        now={now}
        onHighlight={onHighlight}
      />,
    )
    const button = screen.getByRole('button', { name: 'Show “iss” in the token' })
    fireEvent.pointerEnter(button, { pointerType: 'mouse' })
    fireEvent.pointerLeave(button, { pointerType: 'mouse' })
    fireEvent.focus(button)
    expect(onHighlight.mock.calls.map((c) => c[0])).toEqual(['iss', null, 'iss'])
  })

  it('turns a claim on with a tap (which also focuses it) and off with a second tap', () => {
    function Harness() {
      const [active, setActive] = useState<string | null>(null)
      return (
        <ClaimsTable
          claims={explainClaims(payload)}
          strings={enStrings}
          locale="en"
          now={now}
          onHighlight={setActive}
          active={active}
        />
      )
    }
    render(<Harness />)
    const button = screen.getByRole('button', { name: 'Show “iss” in the token' })
    const tap = () => {
      fireEvent.pointerDown(button, { pointerType: 'touch' })
      fireEvent.focus(button)
      fireEvent.pointerUp(button, { pointerType: 'touch' })
      fireEvent.click(button)
    }
    tap()
    expect(button).toHaveAttribute('aria-pressed', 'true')
    tap()
    expect(button).toHaveAttribute('aria-pressed', 'false')
    tap()
    expect(button).toHaveAttribute('aria-pressed', 'true')
    fireEvent.blur(button)
    expect(button).toHaveAttribute('aria-pressed', 'false')
  })
})
