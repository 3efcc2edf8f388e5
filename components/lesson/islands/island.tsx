'use client'
/**
 * @module <Island name props>: a lesson widget that costs nothing in the page's first load. The
 * server renders the widget's still picture (the children: the same markup the live widget starts
 * with, built from hook-free views); this small leaf loads the live widget's code when the widget
 * comes near the viewport or the reader reaches it (pointer, touch, keyboard focus), then swaps it
 * in. What the reader typed into the still picture, the options they picked, where their focus was
 * and a button they pressed before the code arrived carry over. `when="loaded"` loads it once the
 * page has loaded instead, for a widget whose saved state must show without scrolling to it (a quiz's
 * answers after a reload); `as="span"` for a widget inside a line of text (a glossary term).
 */
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react'
import { takeEarlyInput } from './early-input'
import { PRESSABLE } from './pressable'
import { islands, type IslandName, type IslandProps, type Typed } from './registry'

type Live<N extends IslandName> = ComponentType<IslandProps<N> & { typed?: Typed }>

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])'
const TRIGGERS = ['pointerover', 'touchstart', 'focusin', 'click'] as const
// A link that a tap opens in place once live (a glossary term's popover): before that, a tap is
// held rather than followed, and replayed as a tap.
const TAP_DISCLOSURE = 'a[aria-expanded]'

/** The values the reader changed in the still picture's named fields, by name, written into `typed`. */
function readTyped(root: HTMLElement, typed: Typed) {
  for (const key of Object.keys(typed)) delete typed[key]
  root
    .querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[name], textarea[name]')
    .forEach((field) => {
      if (field.type === 'radio' || field.type === 'checkbox') {
        const box = field as HTMLInputElement
        if (box.checked && !box.defaultChecked) typed[box.name] = box.value
      } else if (field.value !== field.defaultValue) typed[field.name] = field.value
    })
}

/**
 * What the reader did to the still picture. It stays up to date until the live widget has replaced
 * the still picture: a field changed or a button pressed after the code arrived, and before React
 * swapped it in, is not lost.
 */
type Held = {
  typed: Typed
  focus: number
  /** Where the caret was in the focused text field. */
  selection?: [number, number]
  /** Every press, in order: a switch pressed twice ends where the reader left it. */
  pressed: number[]
  tapped: boolean
  /** Stops listening to the still picture. */
  release: () => void
}

export function Island<N extends IslandName>({
  name,
  props,
  children,
  as: Tag = 'div',
  when = 'visible',
}: {
  name: N
  props: IslandProps<N>
  /** The still picture, server-rendered. */
  children: ReactNode
  as?: 'div' | 'span'
  /** Load near the viewport (or on reach), or right after the page has loaded. */
  when?: 'visible' | 'loaded'
}) {
  const ref = useRef<HTMLDivElement & HTMLSpanElement>(null)
  const [live, setLive] = useState<{ Component: Live<N>; held: Held } | null>(null)

  useEffect(() => {
    if (!ref.current) return
    const root: HTMLElement = ref.current
    let cancelled = false
    let tappedLink: HTMLAnchorElement | null = null
    let pointer = ''
    const held: Held = { typed: {}, focus: -1, pressed: [], tapped: false, release }
    const onPointerDown = (event: PointerEvent) => (pointer = event.pointerType)
    const remember = (event: Event) => {
      const target = (event.target as Element).closest(PRESSABLE)
      if (target) held.pressed.push([...root.querySelectorAll(FOCUSABLE)].indexOf(target))
      const link = (event.target as Element).closest<HTMLAnchorElement>(TAP_DISCLOSURE)
      if (link && (pointer === 'touch' || pointer === 'pen')) {
        event.preventDefault()
        tappedLink = link
        held.tapped = true
        held.pressed = [[...root.querySelectorAll(FOCUSABLE)].indexOf(link)]
      }
    }
    // `arrived`: the code is here, and React is about to swap the still picture out. Removing
    // the focused node then moves the focus to the body (and fires change): that is not the
    // reader leaving, so from then on only a focus inside the still picture counts.
    let arrived = false
    const note = () => {
      readTyped(root, held.typed)
      const active = document.activeElement
      const inside = active !== null && root.contains(active)
      if (arrived && !inside) return
      held.focus = inside ? [...root.querySelectorAll(FOCUSABLE)].indexOf(active) : -1
      held.selection =
        (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) &&
        active.selectionStart != null
          ? [active.selectionStart, active.selectionEnd ?? active.selectionStart]
          : undefined
    }
    const WATCHED = ['click', 'input', 'change', 'focusin', 'keyup'] as const
    function watch() {
      root.addEventListener('click', remember)
      root.addEventListener('pointerdown', onPointerDown)
      // After `remember`, so a press is noted with the focus it leaves.
      WATCHED.forEach((type) => root.addEventListener(type, note))
    }
    function release() {
      root.removeEventListener('click', remember)
      root.removeEventListener('pointerdown', onPointerDown)
      WATCHED.forEach((type) => root.removeEventListener(type, note))
    }
    const observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && load(),
      { rootMargin: '50% 0px' },
    )
    let soon: ReturnType<typeof setTimeout> | undefined
    const onLoad = () => (soon = setTimeout(load, 1))
    const attach = () =>
      TRIGGERS.forEach((type) => root.addEventListener(type, load, { passive: true }))
    const detach = () => {
      observer.disconnect()
      clearTimeout(soon)
      window.removeEventListener('load', onLoad)
      TRIGGERS.forEach((type) => root.removeEventListener(type, load))
    }
    function load() {
      detach()
      ;(islands[name] as unknown as () => Promise<{ default: Live<N> }>)().then(
        ({ default: Component }) => {
          if (cancelled) return
          note()
          arrived = true
          setLive({ Component, held })
        },
        // Offline with the chunk not cached, or a deploy that removed it: the still picture
        // stays, a held tap on a link goes where the link goes, and the next reach tries again.
        () => {
          if (cancelled) return
          if (tappedLink) location.assign(tappedLink.href)
          else attach()
        },
      )
    }
    // What the reader did before the page hydrated: their presses come first, and they are here.
    const early = takeEarlyInput(root)
    const focusables = [...root.querySelectorAll(FOCUSABLE)]
    early?.pressed.forEach((target) => held.pressed.push(focusables.indexOf(target)))
    watch()
    if (early && (early.pressed.length > 0 || early.values.size > 0)) load()
    else {
      if (when === 'visible') observer.observe(root)
      else if (document.readyState === 'complete') onLoad()
      else window.addEventListener('load', onLoad, { once: true })
      attach()
    }
    return () => {
      cancelled = true
      detach()
      release()
    }
  }, [name, when])

  // The swap has replaced the still picture's nodes: what the reader does now is the live
  // widget's to answer. The focus (and the caret) go back to the same control in the same task
  // as the swap: a key pressed in between would otherwise go to the body (seen in CI: a paste
  // right after the swap was lost).
  useLayoutEffect(() => {
    if (!live) return
    const { held } = live
    held.release()
    const focusables = ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE)
    // Only where the swap took the focus away, not where the reader has moved it since.
    const lost = !document.activeElement || document.activeElement === document.body
    const focused = held.focus >= 0 && lost ? focusables?.[held.focus] : undefined
    focused?.focus()
    if (
      held.selection &&
      (focused instanceof HTMLTextAreaElement || focused instanceof HTMLInputElement)
    )
      focused.setSelectionRange(...held.selection)
  }, [live])

  // Replay the presses the still picture could not answer.
  useEffect(() => {
    if (!live) return
    const { held } = live
    const focusables = ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE)
    for (const index of held.pressed.filter((index) => index >= 0)) {
      const target = focusables?.[index]
      if (held.tapped)
        target?.dispatchEvent(
          new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }),
        )
      target?.click()
    }
  }, [live])

  return (
    <Tag ref={ref} data-island={name} data-live={live ? '' : undefined}>
      {live ? <live.Component {...props} typed={live.held.typed} /> : children}
    </Tag>
  )
}
