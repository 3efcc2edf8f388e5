'use client'
/**
 * @module The popover of a glossary term: the definition (rendered on the server) opens on hover,
 * on keyboard focus and on tap, and closes on Esc, on leaving, or on a tap elsewhere. The term
 * stays a link to the full entry for mouse and keyboard (Enter); a tap opens the popover instead,
 * whose own link leads on. Loaded as an island (see islands/registry.ts) when the term nears the
 * viewport or is reached; the server renders the same TermView first.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { TermView, type TermFacts } from './term-view'

const CLOSE_DELAY_MS = 150
const EDGE_PX = 8

export function TermPopover(facts: TermFacts & { id: string }) {
  const [open, setOpen] = useState(false)
  const wrapper = useRef<HTMLSpanElement>(null)
  const trigger = useRef<HTMLAnchorElement>(null)
  const panel = useRef<HTMLSpanElement>(null)
  const closeTimer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const pointer = useRef('')
  const refocusing = useRef(false)

  const show = () => {
    clearTimeout(closeTimer.current)
    setOpen(true)
  }
  const hide = () => {
    clearTimeout(closeTimer.current)
    setOpen(false)
  }

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) hide()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      hide()
      if (panel.current?.contains(document.activeElement)) {
        refocusing.current = true
        trigger.current?.focus()
        refocusing.current = false
      }
    }
    document.addEventListener('pointerdown', onPointerDown)
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [open])

  useEffect(() => () => clearTimeout(closeTimer.current), [])

  // Arrived under a resting mouse (the hover is what loaded it): open as a hover would have.
  useEffect(() => {
    if (matchMedia('(hover: hover)').matches && wrapper.current?.matches(':hover')) setOpen(true)
  }, [])

  // Keep the popover on screen: a term near the right edge of a phone opens it leftwards, one
  // near the bottom of the window opens it upwards (when there is room above).
  useLayoutEffect(() => {
    const element = panel.current
    if (!open || !element) return
    element.style.translate = ''
    element.removeAttribute('data-above')
    const rect = element.getBoundingClientRect()
    const right = document.documentElement.clientWidth - EDGE_PX
    let shift = rect.right > right ? right - rect.right : 0
    if (rect.left + shift < EDGE_PX) shift = EDGE_PX - rect.left
    element.style.translate = `${Math.round(shift)}px 0`
    const top = trigger.current?.getBoundingClientRect().top ?? 0
    if (rect.bottom > window.innerHeight - EDGE_PX && top - rect.height - EDGE_PX > 0)
      element.setAttribute('data-above', '')
  }, [open])

  return (
    <TermView
      {...facts}
      open={open}
      panelRef={panel}
      wrapper={{
        ref: wrapper,
        onPointerEnter: (event) => event.pointerType === 'mouse' && show(),
        onPointerLeave: (event) => {
          if (event.pointerType !== 'mouse') return
          if (wrapper.current?.contains(document.activeElement)) return
          clearTimeout(closeTimer.current)
          closeTimer.current = setTimeout(() => setOpen(false), CLOSE_DELAY_MS)
        },
        onFocus: () => !refocusing.current && show(),
        onBlur: (event) => {
          if (!wrapper.current?.contains(event.relatedTarget as Node | null)) hide()
        },
      }}
      trigger={{
        ref: trigger,
        onPointerDown: (event) => (pointer.current = event.pointerType),
        onClick: (event) => {
          // A tap has no hover to preview with: it opens the popover, which links on.
          if (pointer.current !== 'touch' && pointer.current !== 'pen') return
          event.preventDefault()
          show()
        },
      }}
    />
  )
}

// The island registry loads this module for its default export.
export { TermPopover as default }
