/**
 * Runs once when the server starts. In the Node runtime it installs the connection hook: the
 * real client address for rate limits, and a problem+json answer to methods Next cannot route.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { installConnectionHook } = await import('./lib/http/connection-hook')
  installConnectionHook()
}
