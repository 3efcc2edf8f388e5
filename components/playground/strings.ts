/**
 * @module The playground's UI strings, as the server page passes them down: the `Playground`
 * namespace without what only the server page renders (its title, intro and privacy note), plus
 * the parts of lib/jwt's `Jwt` namespace the playground shows (errors, warnings, hints, claims).
 * Placeholders are filled in the browser by `fill` and the small `formatMessage`, so no ICU runtime
 * ships. Each leaf declares, with {@link StringsFor}, the namespaces it reads.
 */
import type en from '@/content/messages/en.json'

type Messages = typeof en

/** Rendered by the server page only, so never sent to the client. */
const SERVER_ONLY = ['title', 'metaDescription', 'intro', 'privacy', 'storage'] as const
type ServerOnly = (typeof SERVER_ONLY)[number]

export type PlaygroundStrings = Omit<Messages['Playground'], ServerOnly> & {
  jwt: Pick<Messages['Jwt'], 'errors' | 'warnings' | 'hints' | 'claims'>
}

/** The namespaces of {@link PlaygroundStrings} a leaf reads, and nothing else. */
export type StringsFor<K extends keyof PlaygroundStrings> = Pick<PlaygroundStrings, K>

export type ClaimDocs = Record<string, { name: string; description: string; detail?: string }>

/**
 * What the client half of the playground needs from the page's catalog.
 *
 * @example
 * playgroundStrings(await getMessages()).jwt.errors.ERR_SEGMENT_BASE64
 */
export function playgroundStrings(
  messages: Pick<Messages, 'Playground' | 'Jwt'>,
): PlaygroundStrings {
  const client: Record<string, unknown> = { ...messages.Playground }
  for (const key of SERVER_ONLY) delete client[key]
  const { errors, warnings, hints, claims } = messages.Jwt
  return {
    ...(client as Omit<Messages['Playground'], ServerOnly>),
    jwt: { errors, warnings, hints, claims },
  }
}
