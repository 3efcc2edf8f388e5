/**
 * @module base64url — strict base64url (RFC 4648 §5, no padding) as JWS requires it: one encoder,
 * one decoder, in two files so that client leaves can import only the half they call.
 */
export { decodeBase64url, type Base64urlReason, type Base64urlResult } from './base64url-decode'
export { encodeBase64url } from './base64url-encode'
