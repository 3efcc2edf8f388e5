/**
 * @module The weak-secret lab's cracker (issue 12): guesses per second over the served word list,
 * in Chromium through the lab page (the Web Worker the learner runs) and in Node running the
 * same lib/labs-ui/crack.ts on Node's WebCrypto, beside a plain Node `crypto.createHmac` loop in
 * the same run as the yardstick (roughly what one CPU core of a native cracker does).
 */
import { createHmac } from 'node:crypto'
import { chromium } from '@playwright/test'
import en from '../../content/messages/en.json'
import { crackHs256, wordsOf } from '../../lib/labs-ui/crack'
import { draftKey } from '../../lib/labs-ui/draft-storage'
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs'

export type CrackerRow = { where: string; guesses: number; seconds: number; perSecond: number }

const HEADER = '{\n  "alg": "HS256",\n  "typ": "JWT"\n}'
const PAYLOAD = '{\n  "role": "user",\n  "sid": "AAAAAAAAAAAAAAAAAAAAAA"\n}'

/** An HS256 token whose secret is in no list, so every cracker tries every word. */
function uncrackableToken(): string {
  const input = `${Buffer.from(HEADER).toString('base64url')}.${Buffer.from(PAYLOAD).toString('base64url')}`
  return `${input}.${createHmac('sha256', 'not in any word list').update(input).digest('base64url')}`
}

function row(where: string, guesses: number, ms: number): CrackerRow {
  return { where, guesses, seconds: ms / 1000, perSecond: Math.round(guesses / (ms / 1000)) }
}

/** One full pass of the served list in each place, `runs` times; the median run of each. */
export async function measureCracker(base: string, runs = 3): Promise<CrackerRow[]> {
  const words = wordsOf(await (await fetch(`${base}/api/labs/weak-secret/wordlist`)).text())
  const token = uncrackableToken()
  const input = token.slice(0, token.lastIndexOf('.'))
  const median = (rows: CrackerRow[]) =>
    [...rows].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(rows.length / 2)]!

  const node: CrackerRow[] = []
  const same: CrackerRow[] = []
  for (let i = 0; i < runs; i++) {
    let start = performance.now()
    for (const word of words) createHmac('sha256', word).update(input).digest('base64url')
    node.push(row('Node createHmac loop (yardstick)', words.length, performance.now() - start))
    start = performance.now()
    const result = await crackHs256(token, words)
    if (result.found) throw new Error('the bench token must not be crackable')
    same.push(
      row('lib/labs-ui/crack.ts in Node (WebCrypto)', words.length, performance.now() - start),
    )
  }

  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: CHROMIUM_FLAGS,
  })
  const page: CrackerRow[] = []
  try {
    const strings = en.Labs.client.cracker
    const tab = await browser.newPage()
    await tab.goto(`${base}/en/labs/weak-secret`)
    await tab.evaluate(
      ([key, value]) => sessionStorage.setItem(key!, value!),
      [
        draftKey('weak-secret'),
        JSON.stringify({ issued: token, headerText: HEADER, payloadText: PAYLOAD }),
      ],
    )
    for (let i = 0; i < runs; i++) {
      await tab.reload()
      const done = strings.notFound.split('{')[0]!.trim()
      await tab.getByRole('button', { name: strings.start, exact: true }).click()
      const start = Date.now()
      await tab.getByText(done).waitFor({ timeout: 120_000 })
      // Includes fetching the list (cached after the first run) and starting the worker.
      page.push(row('Chromium, the lab page (Web Worker)', words.length, Date.now() - start))
    }
  } finally {
    await browser.close()
  }
  return [median(page), median(same), median(node)]
}
