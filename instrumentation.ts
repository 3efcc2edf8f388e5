/**
 * Runs once when the server starts. In the Node runtime it installs the connection hook: the
 * real client address for rate limits, and a problem+json answer to methods Next cannot route.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { trustedProxyHops } = await import('./lib/http/client-address')
  const { installConnectionHook } = await import('./lib/http/connection-hook')
  // A TRUST_PROXY that is not a hop count stops the server here, not on the first login.
  trustedProxyHops()
  installConnectionHook()
}
