/** @module The translated strings the demo's client leaves receive as props (no i18n runtime). */
import type en from '@/content/messages/en.json'

export type DemoStrings = (typeof en)['Demo']['client']
/** `Api.errors`: one message per API error code. */
export type ErrorMessages = Record<string, string>
