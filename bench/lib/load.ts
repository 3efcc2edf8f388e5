/**
 * @module Load tests of the API on loopback: autocannon for one endpoint, and a mixed scenario of
 * virtual users who log in, call /api/me and refresh. Bounded in time; targets 127.0.0.1 only.
 */
import autocannon from 'autocannon'

export type LoadRow = {
  name: string
  /** Which round of the same scenarios (1, 2…): the rows of one round ran back to back. */
  round?: number
  connections: number
  seconds: number
  requestsPerSecond: number
  p50ms: number
  p99ms: number
  non2xx: number
  errors: number
}

/** Runs autocannon against one URL and summarises the result. */
export async function hammer(
  name: string,
  options: {
    url: string
    connections: number
    seconds: number
    method?: 'GET' | 'POST'
    headers?: Record<string, string>
    body?: string
  },
): Promise<LoadRow> {
  if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(options.url)) {
    throw new Error(`load tests only target loopback, not ${options.url}`)
  }
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body,
  })
  return {
    name,
    connections: options.connections,
    seconds: options.seconds,
    requestsPerSecond: result.requests.average,
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }
}

/** The median of some numbers (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length / 2
  if (!sorted.length) return NaN
  return Number.isInteger(mid) ? (sorted[mid - 1]! + sorted[mid]!) / 2 : sorted[Math.floor(mid)]!
}

/** One scenario at one connection count, over its rounds: medians and the spread. */
export type FloorRow = {
  name: string
  connections: number
  requestsPerSecond: number[]
  p99ms: number[]
  errors: number
  non2xx: number
  /** Per round, this scenario's req/s over the yardstick's in the same round. */
  ratioToYardstick: number[]
}

/**
 * Groups rows by scenario and connection count, each with its per-round ratio to `yardstick`
 * (a scenario name) measured in the same round at the same connection count.
 */
export function floorTable(rows: LoadRow[], yardstick: string): FloorRow[] {
  const groups = new Map<string, FloorRow>()
  for (const row of rows) {
    const key = `${row.name}\u0000${row.connections}`
    const group = groups.get(key) ?? {
      name: row.name,
      connections: row.connections,
      requestsPerSecond: [],
      p99ms: [],
      errors: 0,
      non2xx: 0,
      ratioToYardstick: [],
    }
    groups.set(key, group)
    group.requestsPerSecond.push(row.requestsPerSecond)
    group.p99ms.push(row.p99ms)
    group.errors += row.errors
    group.non2xx += row.non2xx
    const yard = rows.find(
      (r) => r.name === yardstick && r.connections === row.connections && r.round === row.round,
    )
    if (yard) group.ratioToYardstick.push(row.requestsPerSecond / yard.requestsPerSecond)
  }
  return [...groups.values()]
}

export type MixedResult = {
  users: number
  seconds: number
  logins: number
  me: number
  refreshes: number
  statuses: Record<string, number>
  non2xx: number
  loginP50ms: number
}

/**
 * Virtual users, each: register once, then until time runs out: log in, call /api/me five
 * times, refresh twice (with the rotated cookie), call /api/me again, log out. Given several
 * instances (`bases`), every request goes to the next one in turn, as a load balancer without
 * sticky sessions would send it; `origin` is then the one site origin they all serve.
 */
export async function mixedScenario(
  bases: string | string[],
  users: number,
  seconds: number,
  options: { origin?: string } = {},
): Promise<MixedResult> {
  const instances = typeof bases === 'string' ? [bases] : bases
  let turn = 0
  const next = () => instances[turn++ % instances.length]!
  const originHeader: Record<string, string> = options.origin ? { origin: options.origin } : {}
  const statuses: Record<string, number> = {}
  const loginTimes: number[] = []
  let logins = 0
  let me = 0
  let refreshes = 0
  const count = (status: number) => (statuses[status] = (statuses[status] ?? 0) + 1)
  const deadline = Date.now() + seconds * 1000
  const json = { 'content-type': 'application/json' }

  async function user(index: number) {
    const email = `bench-${Date.now()}-${index}@example.com`
    const password = `bench-password-${index}-long-enough`
    const registered = await fetch(`${next()}/api/auth/register`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email, password, name: `Bench ${index}` }),
    })
    count(registered.status)
    while (Date.now() < deadline) {
      const started = performance.now()
      const login = await fetch(`${next()}/api/auth/login`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email, password, alg: index % 2 ? 'ES256' : 'HS256' }),
      })
      loginTimes.push(performance.now() - started)
      count(login.status)
      logins++
      if (!login.ok) continue
      const { accessToken } = (await login.json()) as { accessToken: string }
      let cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
      let token = accessToken
      for (let i = 0; i < 5 && Date.now() < deadline; i++) {
        const r = await fetch(`${next()}/api/me`, { headers: { authorization: `Bearer ${token}` } })
        count(r.status)
        me++
        await r.arrayBuffer()
      }
      for (let i = 0; i < 2 && Date.now() < deadline; i++) {
        const r = await fetch(`${next()}/api/auth/refresh`, {
          method: 'POST',
          headers: { cookie, ...originHeader },
        })
        count(r.status)
        refreshes++
        if (!r.ok) break
        token = ((await r.json()) as { accessToken: string }).accessToken
        cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? cookie
      }
      const r = await fetch(`${next()}/api/me`, { headers: { authorization: `Bearer ${token}` } })
      count(r.status)
      me++
      await r.arrayBuffer()
      const out = await fetch(`${next()}/api/auth/logout`, {
        method: 'POST',
        headers: { cookie, ...originHeader },
      })
      count(out.status)
    }
  }

  await Promise.all(Array.from({ length: users }, (_, i) => user(i)))
  const non2xx = Object.entries(statuses)
    .filter(([status]) => !status.startsWith('2'))
    .reduce((sum, [, n]) => sum + n, 0)
  return { users, seconds, logins, me, refreshes, statuses, non2xx, loginP50ms: median(loginTimes) }
}
