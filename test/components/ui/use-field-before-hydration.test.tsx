import { act, render, screen } from '@testing-library/react'
import { startTransition, useLayoutEffect, useState } from 'react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { useFieldBeforeHydration } from '@/components/ui/use-field-before-hydration'

const SERVER_TEXT = 'eyJ.example.token'
const TYPED = 'Cookie: session=abc'

/**
 * Suspends the render it is in, once armed, until `resume()`: React throws that pass away and
 * starts over. (Armed after the server's render, which would fail on it.)
 */
function suspender() {
  let resume!: () => void
  const state = { armed: false, done: false }
  const promise = new Promise<void>((resolve) => (resume = resolve)).then(() => {
    state.done = true
  })
  function Suspend(): null {
    if (state.armed && !state.done) throw promise
    return null
  }
  return { Suspend, arm: () => void (state.armed = true), resume: () => resume() }
}

/** A field whose state owner adopts what was typed before hydration, as the playground does. */
function Field({ after }: { after?: React.ReactNode }) {
  const [value, setValue] = useState(SERVER_TEXT)
  const typed = useFieldBeforeHydration('field', value)
  useLayoutEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- adopting browser-only state once
    if (typed !== undefined) setValue(typed)
  }, [typed])
  return (
    <label>
      Token
      <textarea id="field" value={value} onChange={(e) => setValue(e.target.value)} />
      {after}
    </label>
  )
}

/** The server's HTML in the document, typed into as a reader would, then hydrated. */
function serverHtmlTypedInto(ui: React.ReactElement) {
  const container = document.createElement('div')
  container.innerHTML = renderToString(ui)
  document.body.append(container)
  container.querySelector('textarea')!.value = TYPED
  return container
}

describe('useFieldBeforeHydration', () => {
  afterEach(() => {
    document.body.replaceChildren()
    vi.restoreAllMocks()
  })

  it('gives the owner what was typed before hydration, with no hydration mismatch', async () => {
    const errors = vi.spyOn(console, 'error')
    const container = serverHtmlTypedInto(<Field />)
    await act(async () => void render(<Field />, { container, hydrate: true }))
    expect(screen.getByRole('textbox', { name: 'Token' })).toHaveValue(TYPED)
    expect(errors).not.toHaveBeenCalled()
  })

  it('still has it when the hydration is thrown away and starts over', async () => {
    const { Suspend, arm, resume } = suspender()
    const ui = <Field after={<Suspend />} />
    const container = serverHtmlTypedInto(ui)
    arm()
    // In a transition, as Next hydrates: a pass that suspends is not committed but restarted.
    let root: Root | undefined
    await act(async () => startTransition(() => void (root = hydrateRoot(container, ui))))
    // The first pass completed the textarea, writing the server's text over the reader's.
    expect(screen.getByRole('textbox', { name: 'Token' })).toHaveValue(SERVER_TEXT)
    await act(async () => resume())
    expect(screen.getByRole('textbox', { name: 'Token' })).toHaveValue(TYPED)
    act(() => root!.unmount())
  })

  // The selection made before hydration (select all, then paste) is tested in Chromium
  // (test/e2e/before-hydration.spec.ts): jsdom keeps it through hydration, Chromium collapses it.
})
