/** @module Every lab's module, by slug. */
import type { LabSlug } from './catalog'
import type { LabModule } from './lab'
import { lab as unverifiedSignature } from './unverified-signature'
import { lab as algNone } from './alg-none'
import { lab as weakSecret } from './weak-secret'
import { lab as jwkInjection } from './jwk-injection'
import { lab as jkuInjection } from './jku-injection'
import { lab as kidTraversal } from './kid-traversal'
import { lab as kidSqlInjection } from './kid-sql-injection'
import { lab as algorithmConfusion } from './algorithm-confusion'
import { lab as psychicSignature } from './psychic-signature'

export const LAB_MODULES: Readonly<Record<LabSlug, LabModule<unknown>>> = {
  'unverified-signature': unverifiedSignature,
  'alg-none': algNone,
  'weak-secret': weakSecret,
  'jwk-injection': jwkInjection,
  'jku-injection': jkuInjection,
  'kid-traversal': kidTraversal,
  'kid-sql-injection': kidSqlInjection,
  'algorithm-confusion': algorithmConfusion,
  'psychic-signature': psychicSignature,
}
