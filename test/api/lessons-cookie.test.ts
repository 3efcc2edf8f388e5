import { DELETE, GET, POST } from '@/app/api/lessons/cookie/route'
import { LESSON_COOKIE } from '@/lib/lessons/cookie-lesson'
import { ORIGIN, connectionHeaders, expectProblem, jsonRequest } from './helpers'

const TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiJ9.YDQLaHyJzsVDx0m6vxbdmLbHHxuAyqZCTA2jMqmH2zc'
const PATH = '/api/lessons/cookie'

function attributes(res: Response): string[] {
  const line = res.headers.get('set-cookie')
  if (!line) throw new Error('no Set-Cookie')
  return line.split('; ')
}

describe('POST /api/lessons/cookie', () => {
  it('sets the token in an HttpOnly, SameSite=Strict cookie that lives five minutes', async () => {
    const res = await POST(jsonRequest(PATH, { token: TOKEN }, { headers: { Origin: ORIGIN } }))
    expect(res.status).toBe(200)
    const parts = attributes(res)
    expect(parts[0]).toBe(`${LESSON_COOKIE.name}=${TOKEN}`)
    expect(parts).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Max-Age=300']))
    expect(parts).not.toContain('Secure')
  })

  it('adds Secure when the request came over https', async () => {
    const origin = 'https://localhost'
    const res = await POST(
      jsonRequest(PATH, { token: TOKEN }, { origin, headers: { Origin: origin } }),
    )
    expect(attributes(res)).toContain('Secure')
  })

  it.each([
    ['no token', {}],
    ['a number', { token: 42 }],
    ['characters a cookie cannot hold', { token: 'a.b c;.d' }],
    ['two parts', { token: 'abc.def' }],
    ['a huge token', { token: `${'a'.repeat(3000)}.b.c` }],
  ])('%s: 400 problem+json, no cookie', async (_, body) => {
    const res = await POST(jsonRequest(PATH, body))
    expect(res.headers.get('set-cookie')).toBeNull()
    await expectProblem(res, 400, 'VALIDATION_FAILED')
  })

  it('refuses a cross-site request', async () => {
    const res = await POST(
      jsonRequest(PATH, { token: TOKEN }, { headers: { Origin: 'https://evil.example' } }),
    )
    expect(res.headers.get('set-cookie')).toBeNull()
    await expectProblem(res, 403, 'ORIGIN_MISMATCH')
  })
})

describe('GET /api/lessons/cookie', () => {
  const get = (cookie?: string) =>
    GET(
      new Request(`${ORIGIN}${PATH}`, {
        headers: { ...connectionHeaders(), ...(cookie && { Cookie: cookie }) },
      }),
    )

  it('says whether the cookie arrived, never what it holds', async () => {
    const sent = await get(`theme=dark; ${LESSON_COOKIE.name}=${TOKEN}`)
    const text = await sent.text()
    expect(JSON.parse(text)).toEqual({ sent: true })
    expect(text).not.toContain(TOKEN.split('.')[0])
    expect(await (await get('theme=dark')).json()).toEqual({ sent: false })
    expect(await (await get()).json()).toEqual({ sent: false })
  })
})

describe('DELETE /api/lessons/cookie', () => {
  it('expires the cookie', async () => {
    const res = await DELETE(
      new Request(`${ORIGIN}${PATH}`, {
        method: 'DELETE',
        headers: { ...connectionHeaders(), Origin: ORIGIN },
      }),
    )
    expect(attributes(res)).toEqual(
      expect.arrayContaining([`${LESSON_COOKIE.name}=`, 'Max-Age=0', 'HttpOnly']),
    )
  })
})
