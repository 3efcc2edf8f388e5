/** @module find — finds tokens in whatever was pasted: headers, cookies, curl, URLs, JSON. */
import { fail, type JwtFailure, type JwtWarning } from './errors'
import { MAX_FOUND_TOKENS, MAX_INPUT_LENGTH } from './limits'

/** Where a token was found. */
export type TokenSource =
  | 'bare'
  | 'authorization-header'
  | 'bearer'
  | 'curl-header'
  | 'cookie'
  | 'set-cookie'
  | 'url-fragment'
  | 'url-query'
  | 'json'
  | 'text'

/** A token found in the text. `text.slice(start, end) === token`. */
export interface FoundToken {
  token: string
  start: number
  end: number
  source: TokenSource
  /** The cookie, URL parameter or JSON property name, when there is one. */
  name?: string
  /** 1–2: partial JWS, 3: JWS, 5: JWE. */
  segments: number
}

/** The outcome of {@link findTokens}. */
export type FindResult =
  { ok: true; best: FoundToken; tokens: FoundToken[]; warnings: JwtWarning[] } | JwtFailure

// Token characters, plus the standard-base64 `+`, `/` and `=` padding so that decode can
// explain them rather than find silently cutting the token short. For the same reason a stray
// character that never separates a token from its surroundings (`*`, `!`, `~`, `^`, `|`, `@`,
// `$`), between token characters, stays inside it: "eyJ…*…" is one token with a bad character
// that decode points at, not a 2-part token and some text.
const RUN = /[A-Za-z0-9_\-+/]+=*(?:(?:\.|[*!~^|@$](?=[A-Za-z0-9_\-+/]))[A-Za-z0-9_\-+/]*=*)*/g

function lineAround(text: string, start: number): { prefix: string; line: string } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  let lineEnd = text.indexOf('\n', start)
  if (lineEnd === -1) lineEnd = text.length
  return { prefix: text.slice(lineStart, start), line: text.slice(lineStart, lineEnd) }
}

function classify(
  text: string,
  start: number,
  end: number,
  isCurl: boolean,
): { source: TokenSource; name?: string; noBearer?: boolean } {
  const { prefix, line } = lineAround(text, start)
  const curlHeader = isCurl && /(?:^|\s)(?:-H|--header)\s*['"]?[^'"]*$/.test(prefix)
  if (/authorization\s*:\s*bearer\s+$/i.test(prefix))
    return { source: curlHeader ? 'curl-header' : 'authorization-header' }
  if (/authorization\s*:\s*$/i.test(prefix))
    return { source: curlHeader ? 'curl-header' : 'authorization-header', noBearer: true }
  if (/\bbearer\s+$/i.test(prefix)) return { source: 'bearer' }
  const cookieName = /([^\s;=,'"]+)=$/.exec(prefix)?.[1]
  if (/^\s*set-cookie\s*:/i.test(line))
    return { source: 'set-cookie', ...(cookieName && { name: cookieName }) }
  if (
    /(?:^|['"\s])cookie\s*:/i.test(line) ||
    (isCurl && /(?:-b|--cookie)\s+['"]?[^'"]*$/.test(prefix))
  )
    return { source: 'cookie', ...(cookieName && { name: cookieName }) }
  const param = /[#?&]([A-Za-z0-9_.-]+)=$/.exec(prefix)
  if (param) {
    const fragment =
      prefix.lastIndexOf('#') !== -1 && prefix.lastIndexOf('#') > prefix.lastIndexOf('?')
    return { source: fragment ? 'url-fragment' : 'url-query', name: param[1]! }
  }
  const property = /"([^"\\]+)"\s*:\s*"$/.exec(prefix)
  if (property) return { source: 'json', name: property[1]! }
  const outside = (text.slice(0, start) + text.slice(end)).replace(/[\s'"`]/g, '')
  return { source: outside === '' ? 'bare' : 'text' }
}

/**
 * Finds JWS/JWE tokens in pasted text: a bare token, `Authorization: Bearer …`, `Bearer …`,
 * `Cookie:` / `Set-Cookie:` lines, curl `-H` / `-b` options, URLs with `#id_token=`,
 * `#access_token=` or `?token=`, JSON responses, with any quotes, spaces or line breaks
 * around. A candidate's first segment must start with `ey` (base64url of `{`). The best
 * token is the first complete one (3 or 5 segments), else the first found.
 *
 * @example
 * findTokens("curl -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2ln' https://api.example")
 * // => { ok: true, best: { token: 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln', start: 31, end: 60, source: 'curl-header', segments: 3 }, ... }
 */
export function findTokens(text: string): FindResult {
  if (typeof text !== 'string' || text.trim() === '') return fail('ERR_INPUT_EMPTY')
  if (text.length > MAX_INPUT_LENGTH)
    return fail('ERR_INPUT_TOO_LARGE', { size: text.length, limit: MAX_INPUT_LENGTH })
  const isCurl = /(?:^|\s)curl\s/.test(text)
  const tokens: FoundToken[] = []
  const warnings: JwtWarning[] = []
  RUN.lastIndex = 0
  for (
    let match = RUN.exec(text);
    match && tokens.length < MAX_FOUND_TOKENS;
    match = RUN.exec(text)
  ) {
    let token = match[0]
    let start = match.index
    // A run may begin with URL path text: start at the segment that looks like a header.
    const firstDot = token.indexOf('.')
    const first = firstDot === -1 ? token : token.slice(0, firstDot)
    if (!first.startsWith('ey')) {
      const slash = first.lastIndexOf('/ey')
      if (slash === -1) continue
      token = token.slice(slash + 1)
      start += slash + 1
    }
    let parts = token.split('.')
    // A sentence-ending dot is not a fourth segment.
    while (parts.length > 3 && parts.length !== 5 && parts[parts.length - 1] === '')
      parts = parts.slice(0, -1)
    token = parts.join('.')
    if (parts[0]!.length < 8 || parts.length > 5 || parts.length === 4) continue
    const end = start + token.length
    const { noBearer, ...where } = classify(text, start, end, isCurl)
    if (noBearer) warnings.push({ code: 'WARN_AUTHORIZATION_WITHOUT_BEARER', at: start })
    tokens.push({ token, start, end, ...where, segments: parts.length })
  }
  if (tokens.length === 0) return fail('ERR_NO_TOKEN_FOUND')
  const best = tokens.find((t) => t.segments === 3 || t.segments === 5) ?? tokens[0]!
  return { ok: true, best, tokens, warnings }
}
