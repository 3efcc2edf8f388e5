import 'server-only'

/** @module Request bodies of the auth routes (zod 4). */
import { z } from 'zod'
import {
  ACCEPTED_TOKEN_ALGS,
  ACCESS_TOKEN_TTL,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  signingAlgFor,
} from './config'

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid email address.' }))

export const RegisterBody = z.object({
  email,
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, { message: `Use at least ${PASSWORD_MIN_LENGTH} characters.` })
    .max(PASSWORD_MAX_LENGTH, { message: `Use at most ${PASSWORD_MAX_LENGTH} characters.` }),
  name: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), 'No control characters.'),
})
export type RegisterBody = z.output<typeof RegisterBody>

export const LoginBody = z.object({
  email,
  // No minimum here: a short password is simply wrong, and says nothing about the account.
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  // A legacy name (EdDSA) still works, and signs under today's name (Ed25519).
  alg: z.enum(ACCEPTED_TOKEN_ALGS).transform(signingAlgFor).optional(),
  /** Access-token lifetime in seconds; only shorter than the default (e.g. 30 to watch expiry). */
  expiresIn: z.number().int().min(ACCESS_TOKEN_TTL.min).max(ACCESS_TOKEN_TTL.max).optional(),
})
export type LoginBody = z.output<typeof LoginBody>
