/**
 * @module The glossary's entries as data, for the definition a <Term> shows in its popover: each
 * `## Term {/*id*\/}` heading and the paragraph under it, read from content/lessons/glossary at
 * build time with the same MDX parser as the site.
 */
import 'server-only'
import { existsSync, readFileSync } from 'node:fs'
import { createProcessor } from '@mdx-js/mdx'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import type { Locale } from '@/lib/i18n/routing'
import { takeHeadingId } from '../mdx/remark-heading-id.mjs'
import { GLOSSARY_SLUG } from './course'
import { lessonPath } from './load'

/** Inline text as the popover renders it: plain runs, `code`, **strong** and *emphasis*. */
export type InlineText =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string }
  | { type: 'strong' | 'emphasis'; children: InlineText[] }

export type GlossaryEntry = { id: string; term: string; definition: InlineText[] }

type Node = { type: string; value?: string; depth?: number; children?: Node[] }

const processor = createProcessor({ remarkPlugins: [remarkFrontmatter, remarkGfm] })
const cache = new Map<Locale, Map<string, GlossaryEntry>>()

/** @example glossaryEntry('jwt', 'en')?.term // 'JWT · JSON Web 令牌' */
export function glossaryEntry(id: string, locale: Locale): GlossaryEntry | undefined {
  let entries = cache.get(locale)
  if (!entries) {
    const file = lessonPath(GLOSSARY_SLUG, locale)
    entries = existsSync(file) ? parseGlossary(readFileSync(file, 'utf8')) : new Map()
    cache.set(locale, entries)
  }
  return entries.get(id)
}

/** Every `##` heading with an id, and the first paragraph after it. */
export function parseGlossary(source: string): Map<string, GlossaryEntry> {
  const tree = processor.parse(source) as unknown as Node
  const entries = new Map<string, GlossaryEntry>()
  let current: { id: string; term: string } | undefined
  for (const node of tree.children ?? []) {
    if (node.type === 'heading') {
      const id = node.depth === 2 ? (takeHeadingId(node) as string | undefined) : undefined
      current = id ? { id, term: plain(node).trim() } : undefined
    } else if (node.type === 'paragraph' && current) {
      entries.set(current.id, { ...current, definition: inline(node.children ?? []) })
      current = undefined
    }
  }
  return entries
}

function plain(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? ''
  return (node.children ?? []).map(plain).join('')
}

// Links become their text: the popover already links to the full entry, and a link inside the
// definition would be one more Tab stop on the way through the lesson.
function inline(nodes: Node[]): InlineText[] {
  return nodes.flatMap((node): InlineText[] => {
    switch (node.type) {
      case 'text':
        return [{ type: 'text', value: node.value ?? '' }]
      case 'inlineCode':
        return [{ type: 'code', value: node.value ?? '' }]
      case 'strong':
      case 'emphasis':
        return [{ type: node.type, children: inline(node.children ?? []) }]
      case 'break':
        return [{ type: 'text', value: ' ' }]
      default:
        return inline(node.children ?? [])
    }
  })
}
