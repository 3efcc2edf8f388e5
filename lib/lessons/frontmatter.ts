/**
 * @module A deliberately small frontmatter reader: lessons use flat `key: value` lines only
 * (title, summary, order), and the parity tests need the keys in their written order, which a
 * plain object from a YAML library would not promise for numeric-looking keys.
 */

export type FrontmatterEntry = readonly [key: string, value: string | number]

/**
 * Reads flat YAML `key: value` lines; quoted values are unquoted, integers become numbers.
 *
 * @example
 * parseFrontmatter('title: The header\norder: 2') // => [['title', 'The header'], ['order', 2]]
 */
export function parseFrontmatter(yaml: string): FrontmatterEntry[] {
  const entries: FrontmatterEntry[] = []
  for (const line of yaml.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line)
    if (!match) throw new Error(`Frontmatter line is not "key: value": ${line}`)
    entries.push([match[1]!, readValue(match[2]!.trim())])
  }
  return entries
}

function readValue(raw: string): string | number {
  if (/^-?\d+$/.test(raw)) return Number(raw)
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) return JSON.parse(raw) as string
  if (raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'"))
    return raw.slice(1, -1).replaceAll("''", "'")
  return raw
}
