/**
 * @module The client's network address, for rate limits. A route handler cannot tell a header
 * the client wrote from one `next start` filled in (it sets `X-Forwarded-For` only when absent),
 * so the connection hook (./connection-hook, installed by instrumentation.ts) writes the socket's
 * address and scheme into a header of our own, PEER_HEADER, overwriting whatever the client sent
 * under that name, and signs it with a random value made when the hook was installed.
 *
 * `next start` accepts connections before instrumentation runs, so its first requests (measured
 * here: the very first login after start) pass before the hook exists and carry no stamp, or a
 * forged one. Those share one bucket, UNSTAMPED: never a header the client wrote. Without the
 * hook at all this module throws, and the request fails with a 500.
 */
import { isIP } from 'node:net'

/** Written by the connection hook on every request: `<nonce> <http|https> <socket address>`. */
export const PEER_HEADER = 'x-jwtpg-peer'

/** The rate-limit key of requests the hook did not stamp (accepted before it was installed). */
export const UNSTAMPED = 'unstamped'

const HOOK_MARK = Symbol.for('jwt-playground.connection-hook')

type Mark = { nonce: string } | undefined
const mark = () => (globalThis as Record<symbol, unknown>)[HOOK_MARK] as Mark

/** Marks the process as having the hook in place (called by the hook; tests call it too). */
export function markConnectionHookInstalled(installed = true): void {
  ;(globalThis as Record<symbol, unknown>)[HOOK_MARK] = installed
    ? (mark() ?? { nonce: crypto.randomUUID() })
    : undefined
}

export function connectionHookInstalled(): boolean {
  return mark() !== undefined
}

/** The PEER_HEADER value for a socket, signed with this process's nonce (the hook; tests). */
export function peerHeaderValue(address: string, proto: 'http' | 'https'): string {
  const current = mark()
  if (!current) throw new Error('The connection hook is not installed.')
  return `${current.nonce} ${proto} ${address}`
}

/** The socket's address and scheme as the hook stamped them; null when it did not. */
export function readPeer(req: Request): { address: string; proto: 'http' | 'https' } | null {
  const current = mark()
  const [nonce, proto, address] = req.headers.get(PEER_HEADER)?.split(' ') ?? []
  if (!current || nonce !== current.nonce || !address) return null
  return { address, proto: proto === 'https' ? 'https' : 'http' }
}

/**
 * How many proxies in front of us append to `X-Forwarded-For` and may be believed
 * (`TRUST_PROXY`, default 0: none, the socket's address is the client).
 */
export function trustedProxyHops(): number {
  const raw = process.env.TRUST_PROXY?.trim()
  if (!raw) return 0
  const hops = Number(raw)
  if (!Number.isInteger(hops) || hops < 0 || hops > 32) {
    throw new Error(`TRUST_PROXY must be a hop count from 0 to 32, not ${JSON.stringify(raw)}.`)
  }
  return hops
}

function expandIpv6(address: string): number[] | null {
  let text = address
  // An embedded IPv4 in the last 32 bits (::ffff:192.0.2.1): rewrite it as two hex groups.
  if (text.includes('.')) {
    const cut = text.lastIndexOf(':')
    const octets = text
      .slice(cut + 1)
      .split('.')
      .map(Number)
    const high = ((octets[0]! << 8) | octets[1]!).toString(16)
    const low = ((octets[2]! << 8) | octets[3]!).toString(16)
    text = `${text.slice(0, cut + 1)}${high}:${low}`
  }
  const halves = text.split('::')
  if (halves.length > 2) return null
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)))
  const head = parse(halves[0]!)
  const tail = halves.length === 2 ? parse(halves[1]!) : []
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null
  const groups = [...head, ...Array<number>(missing).fill(0), ...tail]
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null
}

/**
 * One spelling per address: IPv4 dotted quad, IPv4-mapped IPv6 (`::ffff:a.b.c.d`) as IPv4,
 * IPv6 as 8 lowercase groups without zeros squeezed. Brackets, a port and a zone are dropped.
 * Returns null for anything that is not an IP address.
 *
 * @example normalizeIp('[::FFFF:192.0.2.1]:443') // '192.0.2.1'
 */
export function normalizeIp(raw: string): string | null {
  let text = raw.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text)
  if (bracketed) text = bracketed[1]!
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'))
  text = text.replace(/%.*$/, '')
  const version = isIP(text)
  if (version === 4) return text
  if (version !== 6) return null
  const groups = expandIpv6(text.toLowerCase())
  if (!groups) return null
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff
  if (mapped) {
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.')
  }
  return groups.map((g) => g.toString(16)).join(':')
}

/**
 * The rate-limit bucket of an address: an IPv4 address itself, an IPv6 address its /64 (one
 * customer usually holds a whole /64, and picking a new address in it is free).
 *
 * @example rateLimitKey('2001:db8:1:2:aaaa::1') // '2001:db8:1:2::/64'
 */
export function rateLimitKey(address: string): string {
  if (!address.includes(':')) return address
  return `${address.split(':').slice(0, 4).join(':')}::/64`
}

/**
 * The client's address, normalised: the socket's peer, or with `TRUST_PROXY=n` the address n
 * hops left of it in `X-Forwarded-For` (the leftmost when the chain is shorter, as Express does);
 * UNSTAMPED for a request the hook did not stamp. Throws when the hook is not installed: a
 * missing hook must not fall back to a header the client controls.
 */
export function clientAddress(req: Request): string {
  if (!connectionHookInstalled()) {
    throw new Error(
      'The connection hook is not installed (instrumentation.ts), so the client address is unknown.',
    )
  }
  const peer = readPeer(req)
  const socketAddress = (peer && normalizeIp(peer.address)) ?? UNSTAMPED
  const hops = trustedProxyHops()
  if (hops === 0) return socketAddress
  const forwarded = (req.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const chain = [...forwarded, socketAddress]
  // A malformed entry can only come from the client (a trusted proxy writes addresses): then
  // the nearest trusted hop's view, the entry right of it, stands in.
  for (let i = Math.max(0, chain.length - 1 - hops); i < chain.length - 1; i += 1) {
    const address = normalizeIp(chain[i]!)
    if (address) return address
  }
  return socketAddress
}

/**
 * The client's rate-limit bucket: {@link clientAddress} keyed by {@link rateLimitKey}, so the
 * domain's limiters (lib/auth, the labs) count per client without knowing how it was found.
 */
export function clientKey(req: Request): string {
  return rateLimitKey(clientAddress(req))
}
