/** @module Teaching warnings from lib/jwt, each with a link to the lesson that explains it. */
import type { JwtWarning } from '@/lib/jwt/errors'
import { fill } from '@/lib/i18n/fill'
import { lessonFor, type LessonSlug } from '@/lib/playground/lessons'
import { warningText } from './problem-text'
import type { StringsFor } from './strings'

export function WarningsList({
  warnings,
  strings,
  locale,
  lessonHrefs,
}: {
  warnings: readonly JwtWarning[]
  strings: StringsFor<'warnings' | 'lessons' | 'jwt'>
  locale: string
  lessonHrefs: Record<LessonSlug, string>
}) {
  const s = strings.warnings
  return (
    <section aria-labelledby="pg-warnings" className="space-y-2" data-testid="warnings">
      <h2 id="pg-warnings" className="text-lg font-semibold">
        {s.title}
      </h2>
      {warnings.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{s.none}</p>
      ) : (
        <ul className="space-y-2">
          {warnings.map((w, i) => {
            const slug = lessonFor(w.code)
            return (
              <li
                key={`${w.code}-${w.path ?? ''}-${w.claim ?? ''}-${i}`}
                className="flex gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-50"
                data-code={w.code}
              >
                <span aria-hidden="true" className="font-bold">
                  !
                </span>
                <span>
                  {warningText(strings, w, locale)}{' '}
                  {slug && (
                    <a
                      href={lessonHrefs[slug]}
                      className="font-medium whitespace-nowrap text-indigo-800 underline underline-offset-4 dark:text-indigo-300"
                    >
                      {fill(s.lesson, { lesson: strings.lessons[slug] })}
                    </a>
                  )}
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
