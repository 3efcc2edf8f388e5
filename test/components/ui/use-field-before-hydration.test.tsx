import { act, render, screen } from '@testing-library/react'
import { useLayoutEffect, useState } from 'react'
import { renderToString } from 'react-dom/server'
import { useFieldBeforeHydration } from '@/components/ui/use-field-before-hydration'

const SERVER_TEXT = 'eyJ.example.token'

/** A field whose state owner adopts what was typed before hydration, as the playground does. */
function Field({ onState }: { onState?: (value: string) => void }) {
  const [value, setValue] = useState(SERVER_TEXT)
  const typed = useFieldBeforeHydration('field', value)
  useLayoutEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- adopting browser-only state once
    if (typed !== undefined) setValue(typed)
  }, [typed])
  onState?.(value)
  return (
    <label>
      Token
      <textarea id="field" value={value} onChange={(e) => setValue(e.target.value)} />
    </label>
  )
}

/** The server's HTML in the document, changed by `before` as a reader would, then hydrated. */
async function hydrateAfter(before: (field: HTMLTextAreaElement) => void) {
  const container = document.createElement('div')
  container.innerHTML = renderToString(<Field />)
  document.body.append(container)
  before(container.querySelector('textarea')!)
  const states: string[] = []
  await act(async () => {
    render(<Field onState={(v) => states.push(v)} />, { container, hydrate: true })
  })
  return { field: screen.getByRole('textbox', { name: 'Token' }) as HTMLTextAreaElement, states }
}

describe('useFieldBeforeHydration', () => {
  afterEach(() => document.body.replaceChildren())

  it('gives the owner what was typed before hydration; the first render still matches the server', async () => {
    const { field, states } = await hydrateAfter((el) => {
      el.value = 'Cookie: session=abc'
    })
    expect(field.value).toBe('Cookie: session=abc')
    expect(states[0]).toBe(SERVER_TEXT)
    expect(states.at(-1)).toBe('Cookie: session=abc')
  })

  // The selection made before hydration (select all, then paste) is tested in Chromium
  // (test/e2e/before-hydration.spec.ts): jsdom keeps it through hydration, Chromium collapses it.
})
