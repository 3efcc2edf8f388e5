/**
 * @module The weak-secret cracker: tries every word of a list as the HS256 secret of a token,
 * in batches on WebCrypto, reporting progress between batches. Runs in a Web Worker
 * (components/labs/cracker.worker.ts) so the page stays responsive; pure and testable in Node.
 */
import { encodeBase64url } from '@/lib/jwt/base64url-encode'
import { hmacSha256 } from '@/lib/jwt/hmac'
import { decodeSegmentText } from '@/lib/jwt/segment'

export interface CrackProgress {
  tried: number
  total: number
  /** Guesses per second since the start. */
  rate: number
}

export type CrackResult =
  | { found: true; secret: string; tried: number; rate: number }
  | { found: false; tried: number; rate: number; reason: 'exhausted' | 'notHs256' }

/** The words of a list served one a line: trimmed of CR, without empty lines. */
export function wordsOf(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    const word = line.replace(/\r$/, '')
    return word === '' ? [] : [word]
  })
}

/** True when the token is a three-part JWS whose header says HS256. */
export function isHs256Token(token: string): boolean {
  const [header] = token.split('.')
  if (token.split('.').length !== 3 || !header) return false
  try {
    const json: unknown = JSON.parse(decodeSegmentText(header) ?? '')
    return typeof json === 'object' && json !== null && (json as { alg?: unknown }).alg === 'HS256'
  } catch {
    return false
  }
}

/**
 * Tries `words` as the HS256 secret of `token`, `batch` at a time in parallel, calling
 * `onProgress` after each batch. `now` is a millisecond clock (performance.now in the worker).
 *
 * @example await crackHs256(token, ['123456', 'secret1'], { onProgress: console.log })
 */
export async function crackHs256(
  token: string,
  words: readonly string[],
  {
    batch = 256,
    onProgress,
    now = () => performance.now(),
  }: { batch?: number; onProgress?: (progress: CrackProgress) => void; now?: () => number } = {},
): Promise<CrackResult> {
  const start = now()
  const rate = (tried: number) => {
    const seconds = (now() - start) / 1000
    return seconds > 0 ? Math.round(tried / seconds) : 0
  }
  if (!isHs256Token(token)) return { found: false, tried: 0, rate: 0, reason: 'notHs256' }
  const [header, payload, signature] = token.split('.') as [string, string, string]
  const input = `${header}.${payload}`
  for (let i = 0; i < words.length; i += batch) {
    const slice = words.slice(i, i + batch)
    const macs = await Promise.all(slice.map((word) => hmacSha256(word, input)))
    const hit = macs.findIndex((mac) => encodeBase64url(mac) === signature)
    if (hit !== -1) {
      const tried = i + hit + 1
      return { found: true, secret: slice[hit]!, tried, rate: rate(tried) }
    }
    const tried = Math.min(i + batch, words.length)
    onProgress?.({ tried, total: words.length, rate: rate(tried) })
  }
  return { found: false, tried: words.length, rate: rate(words.length), reason: 'exhausted' }
}
