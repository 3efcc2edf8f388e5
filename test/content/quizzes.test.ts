// Quiz balance across the whole course: a learner who knows nothing must not be able to pass by
// always picking the same position or the longest option. Both languages are checked, because the
// Chinese options are written separately and can drift into "the long one is right".
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { locales } from '@/lib/i18n/routing'
import { COURSE } from '@/lib/lessons/course'
import { parseLesson } from '@/lib/lessons/parse'

type Question = { slug: string; line: number; answer: number; options: string[] }

const root = join(process.cwd(), 'content', 'lessons')
const written = readdirSync(root).filter((slug) => (COURSE as readonly string[]).includes(slug))

function questions(locale: string): Question[] {
  return written.flatMap((slug) =>
    parseLesson(readFileSync(join(root, slug, `${locale}.mdx`), 'utf8'))
      .components.filter((c) => c.name === 'Question')
      .map((q) => ({
        slug,
        line: q.line,
        answer: q.props.answer as number,
        options: q.props.options as string[],
      })),
  )
}

// What the reader sees: inline code ticks and Markdown emphasis are not part of an option's length.
const visibleLength = (text: string) => [...text.replace(/[`*_]/g, '')].length

/** The right option is at least as long as every other one: "pick the longest" would win. */
function rightIsLongest(q: Question): boolean {
  const right = visibleLength(q.options[q.answer]!)
  return q.options.every((option, index) => index === q.answer || visibleLength(option) < right)
}

/** The right option is shorter than every other one: the same bet, reversed. */
function rightIsShortest(q: Question): boolean {
  const right = visibleLength(q.options[q.answer]!)
  return q.options.every((option, index) => index === q.answer || visibleLength(option) > right)
}

const en = questions('en')

describe.each(locales)('the %s quizzes, over the whole course', (locale) => {
  const all = questions(locale)

  it('have enough questions to measure', () => {
    expect(all.length).toBeGreaterThanOrEqual(30)
  })

  it('put the right answer in no single position in more than 40% of questions', () => {
    const byPosition = new Map<number, number>()
    for (const q of all) byPosition.set(q.answer, (byPosition.get(q.answer) ?? 0) + 1)
    for (const [position, count] of byPosition)
      expect(
        count / all.length,
        `option ${position + 1} is right in ${count} of ${all.length}`,
      ).toBeLessThanOrEqual(0.4)
  })

  it('make the right option the longest in at most a third of questions', () => {
    const longest = all.filter(rightIsLongest)
    expect(
      longest.length / all.length,
      `${longest.length} of ${all.length}: ${longest.map((q) => `${q.slug}:${q.line}`).join(', ')}`,
    ).toBeLessThanOrEqual(1 / 3)
  })

  it('make it the shortest in no more than 40% (a rewrite must not flip the bias)', () => {
    const shortest = all.filter(rightIsShortest)
    expect(shortest.length / all.length, `${shortest.length} of ${all.length}`).toBeLessThanOrEqual(
      0.4,
    )
  })

  it('put the right answer at the same position as the English quiz', () => {
    expect(all.map((q) => `${q.slug}:${q.answer}`)).toEqual(en.map((q) => `${q.slug}:${q.answer}`))
  })
})

it('counts "the longest" by what the reader sees, ties included', () => {
  // The helpers above decide what the balance tests measure; pin their meaning.
  const q = (options: string[], answer: number) => ({ slug: 'x', line: 1, answer, options })
  expect(rightIsLongest(q(['`abc`', 'abcd'], 0))).toBe(false)
  expect(rightIsLongest(q(['abcd', 'abc'], 0))).toBe(true)
  expect(rightIsLongest(q(['abcd', 'abce'], 0))).toBe(false)
  expect(rightIsShortest(q(['ab', '`abc`'], 0))).toBe(true)
  expect(rightIsShortest(q(['abc', 'abd'], 0))).toBe(false)
})
