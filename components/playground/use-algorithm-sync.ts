'use client'
/**
 * @module The algorithm picker follows the token's `alg` when a new token arrives; a different
 * choice afterwards stays, so a learner sees the allow-list refuse it.
 */
import { useState } from 'react'
import { isSupportedAlgorithm } from '@/lib/jwt/algorithms'

export function useAlgorithmSync(tokenAlg: string | undefined, pick: (alg: string) => void): void {
  // Adjusted during render, not in an effect, so no frame shows the old algorithm.
  const [syncedAlg, setSyncedAlg] = useState<string | undefined>(undefined)
  if (tokenAlg !== syncedAlg) {
    setSyncedAlg(tokenAlg)
    // The picker offers Ed25519 under its older name, EdDSA.
    if (tokenAlg && isSupportedAlgorithm(tokenAlg))
      pick(tokenAlg === 'Ed25519' ? 'EdDSA' : tokenAlg)
  }
}
