/** @module limits — input size limits that keep every call bounded. */

/**
 * The largest input, in UTF-16 code units (equal to bytes for a token, which is ASCII),
 * that find, decode, verify and sign accept: 256 KiB. The playground must handle 64 KiB
 * tokens; anything above the limit is refused at once with `ERR_INPUT_TOO_LARGE` before any
 * parsing, so a pasted 1 MB blob cannot hang the page.
 */
export const MAX_INPUT_LENGTH = 256 * 1024

/** How many raw bytes a `hex` field shows at most (the rest is elided with `…`). */
export const MAX_HEX_BYTES = 512

/** How many tokens `findTokens` reports at most. */
export const MAX_FOUND_TOKENS = 20
