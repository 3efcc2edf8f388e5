import 'server-only'

/**
 * @module Password strength at registration: zxcvbn-ts with its common dictionaries and keyboard
 * graphs, the user's email and name as extra words, score 3 or more. The dictionaries are large,
 * so they load on the first check and stay for the life of the process.
 */
import type { ZxcvbnFactory } from '@zxcvbn-ts/core'

/** zxcvbn's scores run 0-4; 3 is "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3

export interface PasswordStrength {
  score: 0 | 1 | 2 | 3 | 4
  /** zxcvbn-ts's untranslated warning key (e.g. `topHundred`), or null. */
  warning: string | null
  /** zxcvbn-ts's untranslated suggestion keys (e.g. `useWords`). */
  suggestions: string[]
}

let factory: Promise<ZxcvbnFactory> | undefined

function loadFactory(): Promise<ZxcvbnFactory> {
  factory ??= (async () => {
    const [{ ZxcvbnFactory }, common] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
    ])
    // No `translations`: feedback stays as keys, which the UI translates in both languages.
    // No Levenshtein matching and 64 characters examined: measured here, Levenshtein costs up
    // to ~450 ms of blocked event loop on a 128-character password, and this bound ~50 ms at
    // worst. Only the first 64 characters are judged, so a long weak password stays weak.
    return new ZxcvbnFactory({
      dictionary: common.dictionary,
      graphs: common.adjacencyGraphs,
      maxLength: 64,
    })
  })()
  factory.catch(() => (factory = undefined))
  return factory
}

/** The words of an email and a name, so that `alice@example.com` cannot pick `alice2024`. */
function userWords(inputs: string[]): string[] {
  const words = inputs.flatMap((input) => [input, ...input.split(/[^\p{L}\p{N}]+/u)])
  return [...new Set(words.map((word) => word.toLowerCase()).filter((word) => word.length >= 3))]
}

/**
 * Scores a password against the common dictionaries and the user's own details.
 *
 * @example const { score, warning } = await checkPasswordStrength('aaaaaaaa', ['a@example.com'])
 */
export async function checkPasswordStrength(
  password: string,
  userInputs: string[] = [],
): Promise<PasswordStrength> {
  const result = (await loadFactory()).check(password, userWords(userInputs))
  return {
    score: result.score,
    warning: result.feedback.warning || null,
    suggestions: [...result.feedback.suggestions],
  }
}
