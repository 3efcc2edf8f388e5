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

// ICU arguments such as {count} or {segment}; the name must match across languages.
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((m) => m[1]!).sort()
}

const enLeaves = leaves(en as Tree)
const zhLeaves = leaves(zh as Tree)

describe('UI message catalogs', () => {
  it('have the same key tree in English and Chinese', () => {
    const missingInZh = [...enLeaves.keys()].filter((k) => !zhLeaves.has(k))
    const missingInEn = [...zhLeaves.keys()].filter((k) => !enLeaves.has(k))
    expect({ missingInZh, missingInEn }).toEqual({ missingInZh: [], missingInEn: [] })
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
