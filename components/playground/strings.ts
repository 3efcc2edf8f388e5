/**
 * @module The playground's UI strings, as the server page passes them down: the raw `Playground`
 * namespace of the catalog (placeholders are filled by `fill`, so no ICU runtime ships).
 */
import type en from '@/content/messages/en.json'

export type PlaygroundStrings = (typeof en)['Playground']
export type ClaimDocs = Record<string, { name: string; description: string; detail?: string }>
