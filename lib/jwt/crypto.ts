/**
 * @module jwt/crypto — the jose-backed half of the JWT core: verify, sign, key import and
 * conversion, key generation. It re-exports the pure entry too, so server code and tests need one
 * import path. Client components never import it statically: they load it with `import()` (see
 * lib/playground/crypto.ts), so jose stays out of every page's first load.
 */
export * from './index'
export { verifyToken } from './verify'
export type {
  VerifyOptions,
  VerifyResult,
  VerifySuccess,
  VerifyFailure,
  VerifyStage,
} from './verify'
export { signToken } from './sign'
export type { SignOptions, SignResult, SignSuccess } from './sign'
export { detectKeyKind, secretBytes, resolveVerificationKey, resolveSigningKey } from './keys'
export type { KeyInput, HmacKeyPolicy, ResolvedKey } from './keys'
export { jwkToPem, pemToJwk } from './convert'
export {
  publicJwkFromPrivate,
  isPrivateJwk,
  jwkThumbprint,
  buildJwks,
  checkJwkForAlgorithm,
} from './jwk'
export { generateKeyPairFor, generateHmacSecret } from './keygen'
export type { GeneratedKeyPair, GeneratedSecret } from './keygen'
export { decryptJwe } from './decrypt'
export type { DecryptResult, DecryptSuccess } from './decrypt'
export { encryptJwe } from './encrypt'
export type { EncryptOptions, EncryptResult } from './encrypt'
export { resolveJweKey } from './jwe-keys'
export type { JweKeyInput, JweKeyUse, ResolvedJweKey } from './jwe-keys'
export { generateJweKey } from './jwe-keygen'
export type { GeneratedJweKey } from './jwe-keygen'
