/**
 * @module <Term id>: the first use of a glossary term, linked to its glossary entry. Its
 * definition is rendered here on the server, in a popover that opens on hover, focus and tap (an
 * island: its code loads when the term nears the viewport), so a reader can check a word without
 * leaving the lesson.
 */
import { useId, type ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/lib/i18n/routing'
import { glossaryEntry, type InlineText } from '@/lib/lessons/glossary'
import { Island } from './islands/island'
import { TermView, type TermFacts } from './term-view'
import { localizeHref } from '@/lib/i18n/paths'

const termLink =
  'rounded-sm underline decoration-dotted decoration-1 underline-offset-4 hover:decoration-solid'

export async function Term({
  id,
  children,
  locale,
}: {
  id: string
  children?: ReactNode
  locale: Locale
}) {
  const href = localizeHref(`/learn/glossary#${id}`, locale)
  const entry = glossaryEntry(id, locale)
  if (!entry) {
    return (
      <a href={href} className={termLink}>
        <dfn className="not-italic">{children}</dfn>
      </a>
    )
  }
  const t = await getTranslations('Lessons')
  return (
    <TermIsland
      href={href}
      term={entry.term}
      definition={<Inline nodes={entry.definition} />}
      fullEntry={t('termFullEntry')}
      className={termLink}
    >
      <dfn className="not-italic">{children}</dfn>
    </TermIsland>
  )
}

/** Sync, so that it may take an id from React: a term can occur more than once on a page. */
function TermIsland(facts: TermFacts) {
  const id = useId()
  return (
    <Island name="term" as="span" props={{ ...facts, id }}>
      <TermView {...facts} id={id} open={false} />
    </Island>
  )
}

function Inline({ nodes }: { nodes: InlineText[] }): ReactNode {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.value
      case 'code':
        return (
          <code
            key={index}
            className="rounded bg-zinc-100 px-1 py-0.5 font-mono text-[0.9em] dark:bg-zinc-800"
          >
            {node.value}
          </code>
        )
      case 'strong':
        return (
          <strong key={index}>
            <Inline nodes={node.children} />
          </strong>
        )
      case 'emphasis':
        return (
          <em key={index}>
            <Inline nodes={node.children} />
          </em>
        )
    }
  })
}
