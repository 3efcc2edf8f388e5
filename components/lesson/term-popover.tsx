'use client'
/**
 * @module The popover of a glossary term: the definition (rendered on the server) opens on hover,
 * on keyboard focus and on tap, and closes on Esc, on leaving, or on a tap elsewhere. The term
 * stays a link to the full entry for mouse and keyboard (Enter); a tap opens the popover instead,
 * whose own link leads on.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import NextLink from 'next/link'

const CLOSE_DELAY_MS = 150
const EDGE_PX = 8

export function TermPopover({
  href,
  term,
  definition,
  fullEntry,
  className,
  children,
}: {
  href: string
  /** The entry's heading, e.g. "JWT · JSON Web 令牌": the popover's name and title. */
  term: string
  definition: ReactNode
  fullEntry: string
  className: string
  children: ReactNode
}) {
  const id = useId()
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
    <span
      ref={wrapper}
      className="relative"
      onPointerEnter={(event) => event.pointerType === 'mouse' && show()}
      onPointerLeave={(event) => {
        if (event.pointerType !== 'mouse') return
        if (wrapper.current?.contains(document.activeElement)) return
        clearTimeout(closeTimer.current)
        closeTimer.current = setTimeout(() => setOpen(false), CLOSE_DELAY_MS)
      }}
      onFocus={() => !refocusing.current && show()}
      onBlur={(event) => {
        if (!wrapper.current?.contains(event.relatedTarget as Node | null)) hide()
      }}
    >
      <NextLink
        ref={trigger}
        href={href}
        className={className}
        aria-describedby={`${id}-definition`}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onPointerDown={(event) => (pointer.current = event.pointerType)}
        onClick={(event) => {
          // A tap has no hover to preview with: it opens the popover, which links on.
          if (pointer.current !== 'touch' && pointer.current !== 'pen') return
          event.preventDefault()
          show()
        }}
      >
        {children}
      </NextLink>
      <span
        ref={panel}
        id={`${id}-panel`}
        role="dialog"
        aria-label={term}
        hidden={!open}
        className="absolute top-full left-0 z-30 mt-1 block data-above:top-auto data-above:bottom-full data-above:mt-0 data-above:mb-1 w-72 max-w-[calc(100vw-1rem)] sm:w-96 rounded-lg border border-zinc-200 bg-white p-3 text-left text-sm leading-relaxed font-normal text-zinc-800 not-italic shadow-lg dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200"
      >
        <span className="mb-1 block font-semibold text-zinc-950 dark:text-zinc-50">{term}</span>
        <span id={`${id}-definition`} className="block">
          {definition}
        </span>
        <NextLink
          href={href}
          className="mt-2 inline-block font-medium text-indigo-700 underline underline-offset-4 dark:text-indigo-300"
        >
          {fullEntry}
        </NextLink>
      </span>
    </span>
  )
}
