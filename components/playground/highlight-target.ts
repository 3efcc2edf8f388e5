/**
 * @module The handlers that make a key or claim light up its bytes: a mouse lights it while it
 * hovers, focus lights it while focused, and a click or tap toggles it. On touch a tap also
 * focuses (and fires emulated mouse events) before the click, so "toggle" must read whether it
 * was lit before the tap began; otherwise the tap turns it on and off at once.
 */
import type { FocusEvent, MouseEvent, PointerEvent } from 'react'

/**
 * @example
 * <button {...highlightTarget(active === 'iss', () => show('iss'), () => show(null))}>iss</button>
 */
export function highlightTarget(active: boolean, on: () => void, off: () => void) {
  return {
    onPointerEnter: (e: PointerEvent<HTMLElement>) => {
      if (e.pointerType === 'mouse') on()
    },
    onPointerLeave: (e: PointerEvent<HTMLElement>) => {
      if (e.pointerType === 'mouse') off()
    },
    onPointerCancel: (e: PointerEvent<HTMLElement>) => {
      delete e.currentTarget.dataset.litBefore
    },
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      e.currentTarget.dataset.litBefore = String(active)
    },
    onFocus: (e: FocusEvent<HTMLElement>) => {
      // A tap's focus waits for its click, which decides.
      if (e.currentTarget.dataset.litBefore === undefined) on()
    },
    onBlur: off,
    onClick: (e: MouseEvent<HTMLElement>) => {
      const before = e.currentTarget.dataset.litBefore
      delete e.currentTarget.dataset.litBefore
      const wasLit = before === undefined ? active : before === 'true'
      if (wasLit) off()
      else on()
    },
  }
}
