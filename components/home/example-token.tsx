/** @module A fixed example token, split and coloured by part on the server (no JavaScript). */

// HS256 over {"alg":"HS256","typ":"JWT"} and a small payload; the secret is the string
// "a-string-secret-at-least-256-bits-long", which the lessons reveal on purpose.
export const EXAMPLE_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsIm5hbWUiOiJBZGEgTG92ZWxhY2UiLCJhZG1pbiI6ZmFsc2UsImlhdCI6MTczMjQ5MjgwMCwiZXhwIjoxNzMyNDk2NDAwfQ.SrdxZJmyiYeLssqI4n1BbgyKtkRLzzqyrGTkNujkxGQ'

type Labels = { label: string; header: string; payload: string; signature: string }

export function ExampleToken({ labels }: { labels: Labels }) {
  const [header, payload, signature] = EXAMPLE_TOKEN.split('.')
  return (
    <figure className="rounded-xl border border-zinc-200 bg-zinc-50 p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <figcaption className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
        {labels.label}
      </figcaption>
      <p className="font-mono text-sm leading-relaxed break-all" translate="no">
        <span className="text-jwt-header">{header}</span>
        <span className="text-jwt-dot">.</span>
        <span className="text-jwt-payload">{payload}</span>
        <span className="text-jwt-dot">.</span>
        <span className="text-jwt-signature">{signature}</span>
      </p>
      <ul className="mt-3 flex flex-wrap gap-4 text-sm">
        <li className="text-jwt-header">■ {labels.header}</li>
        <li className="text-jwt-payload">■ {labels.payload}</li>
        <li className="text-jwt-signature">■ {labels.signature}</li>
      </ul>
    </figure>
  )
}
