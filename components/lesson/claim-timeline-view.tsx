/**
 * @module The picture of <ClaimTimeline>: a range input over the token's lifetime and the verdict
 * at the chosen time. No hooks, so the server renders it as the still picture and the live
 * ClaimTimelineSlider renders the same markup.
 */

export type TimelineLabels = {
  slider: string
  /** Contains `{time}`. */
  now: string
  before: string
  valid: string
  expired: string
  iat: string
  nbf: string
  exp: string
}

export type TimelineState = 'before' | 'valid' | 'expired'

/** RFC 7519: rejected before nbf (4.1.5) and on or after exp (4.1.4). */
export function timelineState(now: number, exp: number, nbf?: number): TimelineState {
  if (nbf !== undefined && now < nbf) return 'before'
  return now >= exp ? 'expired' : 'valid'
}

export type TimelineFacts = {
  /** The prefix of the widget's element ids. */
  id: string
  iat: number
  nbf?: number
  exp: number
  locale: string
  labels: TimelineLabels
}

/** The slider's range and step: a grid through iat, with room before and after the lifetime. */
export function timelineScale(iat: number, exp: number, nbf?: number) {
  const start = Math.min(iat, nbf ?? iat)
  const pad = Math.max(60, Math.round((exp - start) / 4))
  const step = Math.max(1, Math.round((exp - start + 2 * pad) / 120))
  // The grid of slider positions goes through iat exactly, so the clock starts at issue time.
  const min = iat - Math.ceil((iat - start + pad) / step) * step
  const max = min + Math.ceil((exp + pad - min) / step) * step
  return { min, max, step }
}

export function ClaimTimelineView({
  id,
  iat,
  nbf,
  exp,
  locale,
  labels,
  now,
  onNow,
}: TimelineFacts & {
  now: number
  /** Absent in the still picture: the slider is then a plain field until the widget is live. */
  onNow?: (now: number) => void
}) {
  const { min, max, step } = timelineScale(iat, exp, nbf)
  const state = timelineState(now, exp, nbf)
  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'UTC',
  })
  const at = (time: number) => `${(((time - min) / (max - min)) * 100).toFixed(2)}%`
  const marks = [
    { key: 'iat', label: labels.iat, time: iat },
    ...(nbf !== undefined && nbf !== iat ? [{ key: 'nbf', label: labels.nbf, time: nbf }] : []),
    { key: 'exp', label: labels.exp, time: exp },
  ]
  const tone = {
    before: 'bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-100',
    valid: 'bg-emerald-100 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-100',
    expired: 'bg-red-100 text-red-950 dark:bg-red-950 dark:text-red-100',
  }[state]

  return (
    <div className="space-y-3">
      <div className="relative h-3 rounded-full bg-red-200 dark:bg-red-900" aria-hidden="true">
        <div
          className="absolute inset-y-0 rounded-full bg-emerald-300 dark:bg-emerald-700"
          style={{ left: at(nbf ?? min), right: `calc(100% - ${at(exp)})` }}
        />
        {nbf !== undefined && (
          <div
            className="absolute inset-y-0 left-0 rounded-l-full bg-amber-200 dark:bg-amber-800"
            style={{ width: at(nbf) }}
          />
        )}
      </div>
      <label htmlFor={`${id}-clock`} className="sr-only">
        {labels.slider}
      </label>
      <input
        id={`${id}-clock`}
        type="range"
        min={min}
        max={max}
        step={step}
        name="now"
        {...(onNow
          ? { value: now, onChange: (event) => onNow(Number(event.target.value)) }
          : { defaultValue: now })}
        aria-valuetext={`${format.format(now * 1000)} UTC`}
        className="w-full accent-indigo-700 dark:accent-indigo-400"
      />
      <ul className="grid gap-1 font-mono text-xs text-zinc-700 sm:grid-cols-3 dark:text-zinc-300">
        {marks.map((mark) => (
          <li key={mark.key}>
            {mark.label}: {mark.time}
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className={`rounded-md px-3 py-2 text-sm ${tone}`}>
        <span className="font-semibold">{labels[state]}</span>
        <span className="block font-mono text-xs">
          {labels.now.replace('{time}', `${format.format(now * 1000)} UTC`)} · now = {now}
        </span>
      </p>
    </div>
  )
}
