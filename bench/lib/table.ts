/** @module Plain-text and Markdown tables for the benchmark reports. */
type Cell = string | number

/** Prints a titled, column-aligned table to stdout. */
export function printTable(title: string, headers: string[], rows: Cell[][]) {
  const all = [headers, ...rows].map((r) => r.map(String))
  const widths = headers.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)))
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')
  console.log(`\n${title}\n${'─'.repeat(title.length)}`)
  console.log(line(all[0]!))
  for (const r of all.slice(1)) console.log(line(r))
}

/** The same table as GitHub Markdown. */
export function markdownTable(headers: string[], rows: Cell[][]): string {
  const esc = (c: Cell) => String(c).replace(/\|/g, '\\|')
  return [
    `| ${headers.map(esc).join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n')
}
