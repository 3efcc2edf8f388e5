/**
 * @module The lesson a mistyped address most likely meant, for the 404 page: the smallest edit
 * distance from what was typed to a lesson's slug or title (the start of either counts as exact).
 */

export type LessonName = { slug: string; title: string }

/** Levenshtein distance: insertions, deletions and substitutions, one each. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
    }
    previous = current
  }
  return previous[b.length]!
}

function normalise(text: string): string {
  let decoded = text
  try {
    decoded = decodeURIComponent(text)
  } catch {
    // a stray % stays as typed
  }
  return decoded
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * The lesson whose slug or title is nearest to `typed` (a path segment such as `headr`), or
 * undefined when nothing is reasonably close (more than half of what was typed would change).
 * @example closestLesson('headr', [{ slug: 'header', title: 'The header' }]) // the header lesson
 */
export function closestLesson<T extends LessonName>(typed: string, lessons: T[]): T | undefined {
  const query = normalise(typed)
  if (!query) return undefined
  let best: { lesson: T; distance: number } | undefined
  for (const lesson of lessons) {
    const names = [lesson.slug, normalise(lesson.title)]
    // The start of a name ("signing" for signing-in-code, 签名 for 签名（signature）) is a hit.
    const distance = names.some((name) => query.length >= 2 && name.startsWith(query))
      ? 0
      : Math.min(...names.map((name) => editDistance(query, name)))
    if (!best || distance < best.distance) best = { lesson, distance }
  }
  if (!best || best.distance > Math.max(2, Math.ceil(query.length / 2))) return undefined
  return best.lesson
}
