import { readFileSync } from 'node:fs'
import { COURSE } from '@/lib/lessons/course'
import { LABS, LAB_LEVELS, LAB_SLUGS, isLabSlug } from '@/lib/labs/catalog'
import { LAB_ERRORS, LAB_ERROR_CODES } from '@/lib/labs/codes'

describe('the lab catalogue', () => {
  it('has one entry per slug, keyed by its own slug, in the issue’s nine labs', () => {
    expect(Object.keys(LABS).sort()).toEqual([...LAB_SLUGS].sort())
    for (const slug of LAB_SLUGS) expect(LABS[slug].slug).toBe(slug)
    expect(new Set(LAB_SLUGS).size).toBe(9)
  })

  it.each(LAB_SLUGS)('%s: its lesson section exists in both languages', (slug) => {
    const { lesson, related, level } = LABS[slug]
    expect(LAB_LEVELS).toContain(level)
    for (const other of [lesson.slug, ...related]) expect(COURSE).toContain(other)
    for (const locale of ['en', 'zh-CN']) {
      const mdx = readFileSync(`content/lessons/${lesson.slug}/${locale}.mdx`, 'utf8')
      expect(mdx, `${locale}: #${lesson.heading}`).toContain(`{/*${lesson.heading}*/}`)
    }
  })

  it('names only refusal codes that are 401s', () => {
    for (const slug of LAB_SLUGS) {
      expect(LABS[slug].hardenedRefuses.length).toBeGreaterThan(0)
      for (const code of LABS[slug].hardenedRefuses) expect(LAB_ERRORS[code].status).toBe(401)
    }
  })

  it('isLabSlug accepts the slugs and nothing else', () => {
    for (const slug of LAB_SLUGS) expect(isLabSlug(slug)).toBe(true)
    for (const other of ['', 'ALG-NONE', 'alg-none ', 'exploit-server', '__proto__', 'toString'])
      expect(isLabSlug(other)).toBe(false)
  })
})

describe('the lab codes', () => {
  it('all start with LAB_ and carry a 4xx status and a title', () => {
    for (const code of LAB_ERROR_CODES) {
      expect(code).toMatch(/^LAB_[A-Z_]+$/)
      expect(LAB_ERRORS[code].status).toBeGreaterThanOrEqual(400)
      expect(LAB_ERRORS[code].status).toBeLessThan(500)
      expect(LAB_ERRORS[code].title.length).toBeGreaterThan(0)
    }
  })
})
