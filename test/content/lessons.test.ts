// Parity and integrity of every lesson written so far (the loop covers all authors' folders):
// both languages exist and stay in step, and every link, term and widget points at something real.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { locales } from '@/lib/i18n/routing'
import { COURSE, GLOSSARY_SLUG, SITE_PAGES } from '@/lib/lessons/course'
import { decodeSegmentText, verifyHs256 } from '@/lib/jwt'
import { parseLesson, type LessonComponent, type ParsedLesson } from '@/lib/lessons/parse'
import { DATA_PROPS, LESSON_COMPONENTS, TERM_IDS, WIDGETS } from '@/lib/lessons/vocabulary'

const root = join(process.cwd(), 'content', 'lessons')
const folders = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
const lessonSlugs = folders.filter((name) => name !== GLOSSARY_SLUG)
const file = (slug: string, locale: string) => join(root, slug, `${locale}.mdx`)
const parsed = new Map<string, ParsedLesson>()
function lesson(slug: string, locale: string): ParsedLesson {
  const key = `${slug}/${locale}`
  if (!parsed.has(key)) parsed.set(key, parseLesson(readFileSync(file(slug, locale), 'utf8')))
  return parsed.get(key)!
}
const complete = (slug: string) => locales.every((locale) => existsSync(file(slug, locale)))
const ids = (l: ParsedLesson) => l.headings.map((h) => h.id)
const blocks = (l: ParsedLesson) => l.components.filter((c) => c.name !== 'Term')
const termIds = (l: ParsedLesson) =>
  l.components.filter((c) => c.name === 'Term').map((c) => String(c.props.id))
const dataProps = (c: LessonComponent) =>
  Object.fromEntries(Object.entries(c.props).filter(([key]) => DATA_PROPS.includes(key)))

it('the lessons folder holds only course lessons and the glossary', () => {
  expect(lessonSlugs.length).toBeGreaterThan(0)
  for (const slug of lessonSlugs) expect(COURSE as readonly string[]).toContain(slug)
})

describe.each(lessonSlugs)('lesson %s', (slug) => {
  it('exists in every language', () => {
    for (const locale of locales) expect(existsSync(file(slug, locale)), locale).toBe(true)
  })
  if (!complete(slug)) return
  const [en, zh] = locales.map((locale) => lesson(slug, locale)) as [ParsedLesson, ParsedLesson]

  it('has the same frontmatter keys, in the same order, and its course position', () => {
    const keys = (l: ParsedLesson) => l.frontmatter.map(([key]) => key)
    expect(keys(en)).toEqual(expect.arrayContaining(['title', 'summary', 'order']))
    expect(keys(zh)).toEqual(keys(en))
    for (const l of [en, zh]) {
      const fm = Object.fromEntries(l.frontmatter)
      expect(fm.order).toBe(COURSE.indexOf(slug as (typeof COURSE)[number]) + 1)
      expect(String(fm.title).length).toBeGreaterThan(0)
      expect(String(fm.summary).length).toBeGreaterThan(0)
    }
  })

  it('has ## and ### headings only, each with a unique explicit id, the same in both', () => {
    for (const l of [en, zh]) {
      for (const h of l.headings) {
        expect(h.id, `heading "${h.text}" needs {/*id*/}`).toMatch(/^[a-z0-9][a-z0-9-]*$/)
        expect([2, 3], `"${h.text}"`).toContain(h.depth)
      }
      expect(new Set(ids(l)).size).toBe(l.headings.length)
    }
    expect(ids(zh)).toEqual(ids(en))
    expect(zh.headings.map((h) => h.depth)).toEqual(en.headings.map((h) => h.depth))
  })

  it('uses only the lesson vocabulary, in the same sequence with the same data', () => {
    for (const l of [en, zh])
      for (const c of l.components)
        expect(LESSON_COMPONENTS as readonly string[], `line ${c.line}`).toContain(c.name)
    expect(blocks(zh).map((c) => c.name)).toEqual(blocks(en).map((c) => c.name))
    expect(blocks(zh).map(dataProps)).toEqual(blocks(en).map(dataProps))
    // Terms sit inside sentences, whose word order differs between languages: same set of ids.
    expect([...new Set(termIds(zh))].sort()).toEqual([...new Set(termIds(en))].sort())
  })

  it('has a live widget, a quiz of 3+ well-formed questions and a recap', () => {
    for (const l of [en, zh]) {
      const names = l.components.map((c) => c.name)
      expect(names.some((name) => (WIDGETS as readonly string[]).includes(name))).toBe(true)
      expect(names).toContain('Recap')
      expect(names.filter((name) => name === 'Quiz')).toHaveLength(1)
      const questions = l.components.filter((c) => c.name === 'Question')
      expect(questions.length).toBeGreaterThanOrEqual(3)
      for (const q of questions) {
        const { options, explanations, answer } = q.props
        expect(Array.isArray(options), `line ${q.line}`).toBe(true)
        expect(Array.isArray(explanations), `line ${q.line}`).toBe(true)
        const count = (options as unknown[]).length
        expect(count, `line ${q.line}`).toBeGreaterThanOrEqual(3)
        expect(count, `line ${q.line}`).toBeLessThanOrEqual(4)
        expect((explanations as unknown[]).length, `line ${q.line}`).toBe(count)
        expect(
          Number.isInteger(answer) && (answer as number) >= 0 && (answer as number) < count,
        ).toBe(true)
      }
    }
    const shape = (l: ParsedLesson) =>
      l.components
        .filter((c) => c.name === 'Question')
        .map((q) => [(q.props.options as unknown[]).length, q.props.answer])
    expect(shape(zh)).toEqual(shape(en))
  })

  it('leaves the verdict to the quiz: no explanation opens with its own', () => {
    // The quiz prints "Correct." or "Not quite." (答对了。/不太对。) before the explanation, so an
    // explanation that starts "No: …" or 「对：…」 would say it twice.
    const opener: Record<string, RegExp> = {
      en: /^(yes|no|not quite|correct|right|wrong|incorrect|exactly|nope)\b\s*[:.,!;—–-]/i,
      'zh-CN':
        /^(对|不对|不完全对|答对了|答错了|不太对|错|错了|没错|正确|不正确|是的)\s*[：:。，,！!]/,
    }
    for (const [locale, l] of [
      ['en', en],
      ['zh-CN', zh],
    ] as const) {
      for (const q of l.components.filter((c) => c.name === 'Question'))
        for (const explanation of q.props.explanations as string[])
          expect(explanation, `${locale} line ${q.line}`).not.toMatch(opener[locale]!)
    }
  })

  it('gives its widgets real data', async () => {
    for (const c of blocks(en)) {
      const { token, secret, payload, header } = c.props as Record<string, string | undefined>
      if (token !== undefined) {
        const [h = '', p = ''] = token.split('.')
        expect(() => JSON.parse(decodeSegmentText(h) ?? ''), `${c.name} header`).not.toThrow()
        expect(() => JSON.parse(decodeSegmentText(p) ?? ''), `${c.name} payload`).not.toThrow()
      }
      if (c.name === 'TamperDemo') expect(await verifyHs256(token!, secret!)).toBe(true)
      for (const json of [payload, header])
        if (json !== undefined) expect(() => JSON.parse(json), c.name).not.toThrow()
      if (c.name === 'ClaimTimeline') expect(c.props.exp).toBeGreaterThan(c.props.iat as number)
    }
  })

  it('links only to pages, lessons and anchors that exist, in both languages', () => {
    for (const [locale, l] of [
      ['en', en],
      ['zh-CN', zh],
    ] as const) {
      for (const link of l.links) {
        if (/^(https?:|mailto:)/.test(link)) continue
        const [path = '', hash] = link.split('#')
        if (path === '') {
          expect(ids(l), `${locale}: ${link}`).toContain(hash)
          continue
        }
        expect(path, `${locale}: links are locale-free`).not.toMatch(/^\/(en|zh-CN)(\/|$)/)
        const target = /^\/learn\/([^/]+)$/.exec(path)?.[1]
        if (target && target !== GLOSSARY_SLUG) {
          expect(complete(target), `${locale}: ${link} (lesson not written)`).toBe(true)
          if (hash) expect(ids(lesson(target, locale)), `${locale}: ${link}`).toContain(hash)
        } else {
          expect(SITE_PAGES as readonly string[], `${locale}: ${link}`).toContain(path)
          if (path === '/learn/glossary' && hash)
            expect(ids(lesson(GLOSSARY_SLUG, locale)), `${locale}: ${link}`).toContain(hash)
        }
      }
    }
  })

  it('uses known glossary terms, each one defined in the glossary', () => {
    for (const locale of locales) {
      for (const id of termIds(lesson(slug, locale))) {
        expect(TERM_IDS as readonly string[], `${locale}: <Term id="${id}">`).toContain(id)
        expect(ids(lesson(GLOSSARY_SLUG, locale)), `${locale}: <Term id="${id}">`).toContain(id)
      }
    }
  })
})

describe('glossary', () => {
  // The glossary is a site page and the source of every term popover: gone is a failure.
  it('has both languages with the same entries', () => {
    for (const locale of locales)
      expect(existsSync(file(GLOSSARY_SLUG, locale)), `glossary/${locale}.mdx`).toBe(true)
    const [en, zh] = locales.map((locale) => lesson(GLOSSARY_SLUG, locale)) as [
      ParsedLesson,
      ParsedLesson,
    ]
    expect(zh.frontmatter.map(([key]) => key)).toEqual(en.frontmatter.map(([key]) => key))
    expect(ids(en).length).toBeGreaterThan(0)
    expect(ids(zh)).toEqual(ids(en))
    for (const h of en.headings) expect(h.id, `"${h.text}"`).toBeDefined()
  })

  it('names each term once: "JWT · JSON Web 令牌", not "JWT · JWT（…）"', () => {
    for (const h of lesson(GLOSSARY_SLUG, 'en').headings) {
      const [term = '', chinese = ''] = h.text.split(' · ')
      expect(chinese, h.text).not.toBe('')
      expect(chinese.startsWith(`${term}（`) || chinese.startsWith(`${term} (`), h.text).toBe(false)
    }
  })
})

it('English pages use ASCII brackets, never the full-width Chinese ones', () => {
  for (const slug of folders) {
    const source = readFileSync(file(slug, 'en'), 'utf8')
    const line = source.split('\n').findIndex((text) => /[（）]/.test(text))
    expect(line, `${slug}/en.mdx line ${line + 1}`).toBe(-1)
  }
})
