/**
 * @module Loads lessons from content/lessons at build time: metadata (frontmatter, table of
 * contents, reading time) from the MDX source, and the compiled MDX component through @next/mdx.
 * Pages are prerendered, so the file system is only read during `next build`.
 */
/// <reference types="mdx" />
import 'server-only'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { MDXContent } from 'mdx/types'
import type { Locale } from '@/lib/i18n/routing'
import { COURSE, GLOSSARY_SLUG, type LessonSlug } from './course'
import { parseLesson, type LessonHeading } from './parse'
import { readingMinutes } from './reading-time'

export const LESSONS_DIR = join(process.cwd(), 'content', 'lessons')

export type TocEntry = { depth: number; id: string; text: string }
export type LessonMeta = {
  slug: LessonSlug
  /** 1-based position in the course. */
  number: number
  title: string
  summary: string
  minutes: number
  toc: TocEntry[]
}

export function lessonPath(slug: string, locale: Locale): string {
  return join(LESSONS_DIR, slug, `${locale}.mdx`)
}

const metaCache = new Map<string, LessonMeta | undefined>()

/** A lesson's metadata, or undefined while its file for this locale is not written yet. */
export function getLessonMeta(slug: LessonSlug, locale: Locale): LessonMeta | undefined {
  const cacheKey = `${slug}/${locale}`
  if (metaCache.has(cacheKey)) return metaCache.get(cacheKey)
  const file = lessonPath(slug, locale)
  let meta: LessonMeta | undefined
  if (existsSync(file)) {
    const lesson = parseLesson(readFileSync(file, 'utf8'))
    const fm = Object.fromEntries(lesson.frontmatter)
    meta = {
      slug,
      number: COURSE.indexOf(slug) + 1,
      title: String(fm.title ?? slug),
      summary: String(fm.summary ?? ''),
      minutes: readingMinutes(lesson.prose),
      toc: lesson.headings.filter(hasId),
    }
  }
  metaCache.set(cacheKey, meta)
  return meta
}

function hasId(heading: LessonHeading): heading is TocEntry {
  return typeof heading.id === 'string'
}

/** The lessons written so far in this locale, in course order. */
export function listLessons(locale: Locale): LessonMeta[] {
  return COURSE.map((slug) => getLessonMeta(slug, locale)).filter(
    (meta): meta is LessonMeta => meta !== undefined,
  )
}

/** Slugs with both language files, the ones the site prerenders. */
export function publishedSlugs(locales: readonly Locale[]): LessonSlug[] {
  return COURSE.filter((slug) => locales.every((locale) => existsSync(lessonPath(slug, locale))))
}

// One import pattern for lessons and the glossary: the bundler compiles every file it matches,
// and a pattern that matches nothing (the glossary before it is written) would fail the build.
async function importMdx(folder: string, locale: Locale): Promise<MDXContent> {
  const mod = (await import(`../../content/lessons/${folder}/${locale}.mdx`)) as {
    default: MDXContent
  }
  return mod.default
}

/** The compiled lesson body (an MDX component). */
export function loadLessonContent(slug: LessonSlug, locale: Locale): Promise<MDXContent> {
  return importMdx(slug, locale)
}

export function hasGlossary(locale: Locale): boolean {
  return existsSync(lessonPath(GLOSSARY_SLUG, locale))
}

/** The glossary's headings (its terms), for its table of contents. */
export function getGlossaryToc(locale: Locale): TocEntry[] {
  if (!hasGlossary(locale)) return []
  return parseLesson(readFileSync(lessonPath(GLOSSARY_SLUG, locale), 'utf8')).headings.filter(hasId)
}

export function loadGlossaryContent(locale: Locale): Promise<MDXContent> {
  return importMdx(GLOSSARY_SLUG, locale)
}
