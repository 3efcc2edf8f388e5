/**
 * @module The cracker's Web Worker: receives the token and the word list, runs crackHs256 off the
 * main thread and posts progress and the result back. The page terminates it to cancel.
 */
import { crackHs256, wordsOf, type CrackProgress, type CrackResult } from '@/lib/labs-ui/crack'

export type CrackerRequest = { token: string; wordlist: string }
export type CrackerMessage =
  ({ type: 'progress' } & CrackProgress) | ({ type: 'done' } & CrackResult)

const post = (message: CrackerMessage) => self.postMessage(message)

self.onmessage = async (event: MessageEvent<CrackerRequest>) => {
  const words = wordsOf(event.data.wordlist)
  post({ type: 'progress', tried: 0, total: words.length, rate: 0 })
  const result = await crackHs256(event.data.token, words, {
    onProgress: (progress) => post({ type: 'progress', ...progress }),
  })
  post({ type: 'done', ...result })
}
