/**
 * @module The picture of a glossary term: the link to its entry and the popover with the definition
 * (hidden until opened). No hooks, so the server renders it as the still picture and the live
 * TermPopover renders the same markup with its handlers.
 */
import type { ComponentProps, ReactNode, Ref } from 'react'

export type TermFacts = {
  href: string
  /** The entry's heading, e.g. "JWT · JSON Web 令牌": the popover's name and title. */
  term: string
  definition: ReactNode
  fullEntry: string
  className: string
  children: ReactNode
}

export function TermView({
  id,
  open,
  href,
  term,
  definition,
  fullEntry,
  className,
  children,
  wrapper,
  trigger,
  panelRef,
}: TermFacts & {
  /** The prefix of the popover's element ids. */
  id: string
  open: boolean
  /** The live popover's handlers and refs; absent in the still picture. */
  wrapper?: ComponentProps<'span'>
  trigger?: Omit<ComponentProps<'a'>, 'href'>
  panelRef?: Ref<HTMLSpanElement>
}) {
  return (
    <span className="relative" {...wrapper}>
      <a
        href={href}
        className={className}
        aria-describedby={`${id}-definition`}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        {...trigger}
      >
        {children}
      </a>
      <span
        ref={panelRef}
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
        <a
          href={href}
          className="mt-2 inline-block font-medium text-indigo-700 underline underline-offset-4 dark:text-indigo-300"
        >
          {fullEntry}
        </a>
      </span>
    </span>
  )
}
