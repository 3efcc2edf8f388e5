/** @module json-object — what a JSON object is, apart from the scanner, for the lightest readers. */

/** A JSON object as parsed. */
export type JsonObject = { [key: string]: unknown }

/**
 * True for a plain JSON object (not an array, not null).
 *
 * @example
 * isJsonObject({ a: 1 }) // => true
 * isJsonObject([1]) // => false
 */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
