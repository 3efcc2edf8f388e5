/** @module The translated strings the labs' client leaves receive as props (no i18n runtime). */
import type en from '@/content/messages/en.json'

export type LabClientStrings = (typeof en)['Labs']['client']
/** `Labs.codes`: what each refusal code of the lab servers means. */
export type CodeMessages = Record<string, string>
/** `Jwt.errors`: lib/jwt's failure codes (a bad header, a bad key). */
export type JwtErrorMessages = Record<string, string>
