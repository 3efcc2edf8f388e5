import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import en from '@/content/messages/en.json'
import zh from '@/content/messages/zh-CN.json'

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of leaves(value, path)) out.set(k, v)
  }
  return out
}

// ICU arguments such as {count} or {segment, select, ...}, read with the ICU parser (select
// branches hold text, not arguments); the set of names must match across languages.
function placeholders(message: string): string[] {
  const names = new Set<string>()
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (
        'value' in element &&
        typeof element.value === 'string' &&
        element.type !== TYPE.literal
      ) {
        names.add(element.value)
      }
      if ('options' in element) {
        for (const option of Object.values(element.options)) walk(option.value)
      }
      if (element.type === TYPE.tag) walk(element.children)
    }
  }
  try {
    walk(parse(message, { ignoreTag: false }))
  } catch {
    return ['(unparsable: see the parsing test)']
  }
  return [...names].sort()
}

const enLeaves = leaves(en as Tree)
const zhLeaves = leaves(zh as Tree)

describe('UI message catalogs', () => {
  it('have the same key tree in English and Chinese', () => {
    const missingInZh = [...enLeaves.keys()].filter((k) => !zhLeaves.has(k))
    const missingInEn = [...zhLeaves.keys()].filter((k) => !enLeaves.has(k))
    expect({ missingInZh, missingInEn }).toEqual({ missingInZh: [], missingInEn: [] })
  })

  it('parse as ICU messages the way next-intl parses them (tags included)', () => {
    // A literal `<token>` is read as an unclosed rich-text tag and breaks at render time: write
    // it as '<token>' (ICU quoting) or use a placeholder instead.
    const broken = [...enLeaves, ...zhLeaves]
      .filter(([, message]) => {
        try {
          parse(message, { ignoreTag: false })
          return false
        } catch {
          return true
        }
      })
      .map(([key]) => key)
    expect(broken).toEqual([])
  })

  it('have no empty messages', () => {
    const empty = [...enLeaves, ...zhLeaves].filter(([, v]) => v.trim() === '').map(([k]) => k)
    expect(empty).toEqual([])
  })

  it('use the same ICU placeholders in both languages', () => {
    const mismatched = [...enLeaves]
      .filter(([key, value]) => {
        const other = zhLeaves.get(key)
        return other !== undefined && placeholders(value).join() !== placeholders(other).join()
      })
      .map(([key]) => key)
    expect(mismatched).toEqual([])
  })

  it('are actually translated: Chinese messages contain Chinese text', () => {
    // Brand names and language names may stay as they are; everything else must be Chinese.
    const exempt = new Set(['LocaleSwitcher.en', 'LocaleSwitcher.zh-CN'])
    const untranslated = [...zhLeaves]
      .filter(
        ([key, value]) => !exempt.has(key) && value.length > 12 && !/[\u4e00-\u9fff]/.test(value),
      )
      .map(([key]) => key)
    expect(untranslated).toEqual([])
  })
})
