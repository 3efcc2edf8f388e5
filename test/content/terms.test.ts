// The zh-CN course as one author: the term list (lib/lessons/terms-zh.ts) holds every lesson, the
// glossary and the UI strings to one word per concept, the English beside the Chinese on first
// use, and the spacing between Chinese and Latin text that the course uses everywhere.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GLOSSARY_SLUG } from '@/lib/lessons/course'
import { ZH_TERMS, rejectedVariants, zhProse } from '@/lib/lessons/terms-zh'

const root = join(process.cwd(), 'content', 'lessons')
const slugs = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
const zh = (slug: string) => readFileSync(join(root, slug, 'zh-CN.mdx'), 'utf8')

const CJK = '\\u4e00-\\u9fff'
// A Chinese character touching a Latin letter, a digit or an inline-code tick: "用jose", "第3步",
// "的`exp`". Full-width punctuation needs no space, so （`alg`） is fine.
const UNSPACED = new RegExp(`[${CJK}][A-Za-z0-9\`]|[A-Za-z0-9\`][${CJK}]`, 'g')

/** The reader's text with code blocks and JSX tag syntax gone, inline code kept. */
function visibleText(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
}

function unspaced(source: string): string[] {
  return visibleText(source)
    .split('\n')
    .flatMap((line) =>
      [...line.matchAll(UNSPACED)].map((m) => line.slice(Math.max(0, m.index - 10), m.index + 12)),
    )
}

describe.each(slugs)('zh-CN %s', (slug) => {
  it('uses the preferred term, never a rejected variant', () => {
    expect(rejectedVariants(zhProse(zh(slug)))).toEqual([])
  })

  it('puts a space between Chinese and Latin letters, digits and inline code', () => {
    expect(unspaced(zh(slug))).toEqual([])
  })

  if (slug !== GLOSSARY_SLUG)
    it('keeps the English beside the core terms on their first use in running text', () => {
      const prose = zhProse(zh(slug)).replace(/^#+ .*$/gm, '')
      const missing = ZH_TERMS.filter((term) => term.englishOnFirstUse).flatMap((term) => {
        const at = firstUse(prose, term.preferred, term.compoundAfter)
        if (at === -1) return []
        const near = prose.slice(Math.max(0, at - 30), at + term.preferred.length + 30)
        return term.englishOnFirstUse!.test(near) ? [] : [`${term.preferred}: …${near}…`]
      })
      expect(missing).toEqual([])
    })
})

function firstUse(prose: string, word: string, compoundAfter?: RegExp): number {
  for (let at = prose.indexOf(word); at !== -1; at = prose.indexOf(word, at + 1))
    if (!compoundAfter?.test(prose.slice(Math.max(0, at - 4), at))) return at
  return -1
}

it('every zh-CN UI string (lessons, playground, demo, labs, errors) uses the same terms', () => {
  const strings: string[] = []
  const walk = (value: unknown) => {
    if (typeof value === 'string') strings.push(value)
    else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  const messages = JSON.parse(
    readFileSync(join(process.cwd(), 'content/messages/zh-CN.json'), 'utf8'),
  ) as Record<string, unknown>
  walk(messages)
  expect(strings.length).toBeGreaterThan(0)
  expect(strings.flatMap((text) => rejectedVariants(text, { ui: true }))).toEqual([])
})

it('the checks catch what they are for', () => {
  // Pin the helpers' meaning, so a regex typo cannot turn the tests above into no-ops.
  expect(rejectedVariants('把算法加入白名单').map((f) => f.preferred)).toEqual(['允许列表'])
  expect(rejectedVariants('教程常把 alg 叫作「加密算法」')).toEqual([])
  expect(rejectedVariants('先校验签名，再验签')).toHaveLength(1)
  expect(rejectedVariants('与本实验签发的不一致')).toEqual([]) // 实验 + 签发, not 验签
  expect(rejectedVariants('JWE 的 alg 是密钥加密算法')).toEqual([])
  expect(unspaced('用jose签名，第3步，一个<Term id="jti">`jti`</Term>')).toHaveLength(4)
  expect(unspaced('用 jose 签名（`alg`），第 3 步')).toEqual([])
  expect(firstUse('刷新令牌和令牌', '令牌', /(刷新)$/)).toBe(5)
})
