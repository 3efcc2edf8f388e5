import 'server-only'

/** @module Password hashing with argon2id at OWASP's parameters. */
import { hash, verify, type Algorithm } from '@node-rs/argon2'
import { ARGON2_OPTIONS } from './config'

/**
 * Hashes a password into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$...`).
 *
 * @example const stored = await hashPassword('correct horse battery staple')
 */
export function hashPassword(password: string): Promise<string> {
  // 2 is Algorithm.Argon2id: a const enum, which isolatedModules cannot import as a value.
  return hash(password, { ...ARGON2_OPTIONS, algorithm: 2 as Algorithm })
}

/** Checks a password against a stored PHC string; a corrupt hash counts as a mismatch. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password)
  } catch {
    return false
  }
}

let dummyHash: Promise<string> | undefined

/**
 * A hash of a random password, made once per process. Login verifies against it when the email
 * is unknown, so a wrong email costs the same argon2 work as a wrong password.
 */
export function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID())
  return dummyHash
}
