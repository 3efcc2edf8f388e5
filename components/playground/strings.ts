/**
 * @module The playground's UI strings, as the server page passes them down: the raw `Playground`
 * namespace plus lib/jwt's `Jwt` namespace (errors, warnings, claims). Placeholders are filled in
 * the browser by `fill` and the small `formatIcu`, so no ICU runtime ships.
 */
import type en from '@/content/messages/en.json'

export type PlaygroundStrings = (typeof en)['Playground'] & { jwt: (typeof en)['Jwt'] }
export type ClaimDocs = Record<string, { name: string; description: string; detail?: string }>
