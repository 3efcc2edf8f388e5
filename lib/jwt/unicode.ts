/** @module unicode — invisible and bidirectional-control characters hidden in claims. */

/** A suspicious character found in a decoded header or payload. */
export interface SuspiciousCharacter {
  kind: 'invisible' | 'bidi'
  /** `U+202E` style. */
  codePoint: string
  /** Dotted JSON path of the string (keys are reported at their object's path). */
  path: string
}

// Bidi controls can reorder what a reviewer sees (Trojan Source, CVE-2021-42574).
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u
// Zero-width and other invisible format characters make two different strings look equal.
const INVISIBLE =
  /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200D\u2060-\u2064\u206A-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E007F}]/u
const ANY = new RegExp(`${BIDI.source}|${INVISIBLE.source}`, 'gu')

function scanString(text: string, path: string, out: SuspiciousCharacter[]): void {
  ANY.lastIndex = 0
  for (const match of text.matchAll(ANY)) {
    const cp = match[0].codePointAt(0)!
    out.push({
      kind: BIDI.test(match[0]) ? 'bidi' : 'invisible',
      codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`,
      path,
    })
  }
}

/**
 * Walks a parsed JSON value and lists every invisible or bidi-control character in its
 * strings and keys.
 *
 * @example
 * findSuspiciousCharacters({ name: 'admin\u200B' }, 'payload')
 * // => [{ kind: 'invisible', codePoint: 'U+200B', path: 'payload.name' }]
 */
export function findSuspiciousCharacters(value: unknown, path: string): SuspiciousCharacter[] {
  const out: SuspiciousCharacter[] = []
  const walk = (v: unknown, p: string, depth: number): void => {
    if (depth > 64 || out.length > 100) return
    if (typeof v === 'string') scanString(v, p, out)
    else if (Array.isArray(v)) v.forEach((item, i) => walk(item, `${p}.${i}`, depth + 1))
    else if (typeof v === 'object' && v !== null) {
      for (const [key, item] of Object.entries(v)) {
        scanString(key, p, out)
        walk(item, `${p}.${key}`, depth + 1)
      }
    }
  }
  walk(value, path, 0)
  return out
}
