/**
 * @module How markdown elements look in a lesson: headings with anchor links, links with the
 * locale prefix, inline code, tables that scroll on small screens.
 */
import type { ComponentProps, ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/lib/i18n/routing'
import { localizeHref } from '@/lib/i18n/paths'

async function Heading({
  level,
  id,
  children,
}: {
  level: 2 | 3
  id?: string
  children?: ReactNode
}) {
  const Tag = level === 2 ? 'h2' : 'h3'
  const size = level === 2 ? 'mt-12 mb-4 text-2xl' : 'mt-8 mb-3 text-xl'
  if (!id) return <Tag className={`${size} font-semibold tracking-tight`}>{children}</Tag>
  const t = await getTranslations('Lessons')
  return (
    <Tag id={id} className={`group scroll-mt-24 ${size} font-semibold tracking-tight`}>
      {children}
      <a
        href={`#${id}`}
        aria-label={t('anchor')}
        className="ml-2 rounded-sm text-zinc-500 no-underline opacity-0 group-hover:opacity-100 focus-visible:opacity-100 dark:text-zinc-400"
      >
        #
      </a>
    </Tag>
  )
}

export function H2(props: ComponentProps<'h2'>) {
  return (
    <Heading level={2} id={props.id}>
      {props.children}
    </Heading>
  )
}

export function H3(props: ComponentProps<'h3'>) {
  return (
    <Heading level={3} id={props.id}>
      {props.children}
    </Heading>
  )
}

const LINK =
  'font-medium text-indigo-700 underline underline-offset-4 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-200'

export function LessonLink({
  href = '',
  children,
  locale,
}: ComponentProps<'a'> & { locale: Locale }) {
  if (href.startsWith('/') && !href.startsWith('//'))
    return (
      <a href={localizeHref(href, locale)} className={LINK}>
        {children}
      </a>
    )
  if (href.startsWith('#'))
    return (
      <a href={href} className={LINK}>
        {children}
      </a>
    )
  return (
    <a href={href} className={LINK} rel="noopener noreferrer">
      {children}
    </a>
  )
}

export function Code({ children, className, ...rest }: ComponentProps<'code'>) {
  // Inside a highlighted <pre>, code holds Shiki's spans and keeps its own styling.
  if (typeof children !== 'string')
    return (
      <code className={className} {...rest}>
        {children}
      </code>
    )
  return (
    <code className="rounded bg-zinc-100 px-1 py-0.5 font-mono text-[0.9em] break-words dark:bg-zinc-800">
      {children}
    </code>
  )
}

export function Table(props: ComponentProps<'table'>) {
  return (
    <div
      className="my-6 overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800"
      tabIndex={0}
    >
      <table className="w-full border-collapse text-left text-sm" {...props} />
    </div>
  )
}

export const proseElements = {
  h2: H2,
  h3: H3,
  code: Code,
  table: Table,
  p: (props: ComponentProps<'p'>) => <p className="my-4 leading-7" {...props} />,
  ul: (props: ComponentProps<'ul'>) => (
    <ul className="my-4 list-disc space-y-1.5 pl-6" {...props} />
  ),
  ol: (props: ComponentProps<'ol'>) => (
    <ol className="my-4 list-decimal space-y-1.5 pl-6" {...props} />
  ),
  li: (props: ComponentProps<'li'>) => <li className="leading-7 [&>p]:my-1" {...props} />,
  blockquote: (props: ComponentProps<'blockquote'>) => (
    <blockquote
      className="my-4 border-l-4 border-zinc-300 pl-4 text-zinc-700 dark:border-zinc-700 dark:text-zinc-300"
      {...props}
    />
  ),
  hr: () => <hr className="my-8 border-zinc-200 dark:border-zinc-800" />,
  th: (props: ComponentProps<'th'>) => (
    <th
      className="border-b border-zinc-200 bg-zinc-50 px-3 py-2 font-semibold dark:border-zinc-800 dark:bg-zinc-900"
      {...props}
    />
  ),
  td: (props: ComponentProps<'td'>) => (
    <td className="border-b border-zinc-200 px-3 py-2 align-top dark:border-zinc-800" {...props} />
  ),
}
