import { act, render, screen, waitFor } from '@testing-library/react'
import { Island } from '@/components/lesson/islands/island'
import { ClaimTimelineView } from '@/components/lesson/claim-timeline-view'
import { timelineFacts } from './timeline-facts'

// The real live widget, behind a gate the test opens: the code "arrives" when the test says so.
const gate = vi.hoisted(() => {
  let open = () => {}
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { opened, open: () => open() }
})
vi.mock('@/components/lesson/islands/registry', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/components/lesson/islands/registry')>()
  const timeline = await real.islands.timeline()
  return { ...real, islands: { ...real.islands, timeline: () => gate.opened.then(() => timeline) } }
})

// jsdom has no IntersectionObserver; these islands load on the page's load, not on sight.
beforeAll(() => {
  globalThis.IntersectionObserver ??= class {
    observe() {}
    disconnect() {}
  } as unknown as typeof IntersectionObserver
})

const facts = timelineFacts

/** Moves a range input the way a browser does: a new value, then an input event. */
function slide(slider: HTMLElement, value: number) {
  ;(slider as HTMLInputElement).value = String(value)
  slider.dispatchEvent(new Event('input', { bubbles: true }))
}

describe('Island', () => {
  it('keeps a change made after the code arrived and before React swapped the widget in', async () => {
    // React schedules the swap as it would in a page, not inside act().
    const react = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
    const actEnvironment = react.IS_REACT_ACT_ENVIRONMENT
    react.IS_REACT_ACT_ENVIRONMENT = false
    try {
      render(
        <Island name="timeline" props={facts} when="loaded">
          <ClaimTimelineView {...facts} now={facts.iat} />
        </Island>,
      )
      const still = screen.getByRole('slider', { name: 'Clock' })
      slide(still, facts.iat + 60)
      // Give the island's load timer time to ask for the code.
      await new Promise((resolve) => setTimeout(resolve, 10))
      gate.open()
      // The code has arrived (the import's callbacks ran); React has not rendered the swap yet.
      for (let tick = 0; tick < 10; tick++) await Promise.resolve()
      expect(document.querySelector('[data-island="timeline"]')).not.toHaveAttribute('data-live')
      slide(still, facts.exp + 60)
      await waitFor(() =>
        expect(document.querySelector('[data-island="timeline"]')).toHaveAttribute('data-live'),
      )
      expect(screen.getByRole('slider', { name: 'Clock' })).not.toBe(still)
      expect(screen.getByRole('slider', { name: 'Clock' })).toHaveValue(String(facts.exp + 60))
      expect(screen.getByRole('status')).toHaveTextContent('Expired')
    } finally {
      react.IS_REACT_ACT_ENVIRONMENT = actEnvironment
      await act(async () => {})
    }
  })
})
