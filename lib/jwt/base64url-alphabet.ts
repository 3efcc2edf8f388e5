/** @module base64url-alphabet — RFC 4648 §5's alphabet, shared by the encoder and the decoder. */
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
