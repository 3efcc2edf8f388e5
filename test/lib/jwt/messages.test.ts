import { describe, expect, it } from 'vitest'
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { IntlMessageFormat } from 'intl-messageformat'
import en from '@/content/messages/en.json'
import zh from '@/content/messages/zh-CN.json'
import { ERROR_CODES, KNOWN_CLAIMS, WARNING_CODES } from '@/lib/jwt'

type Catalog = { Jwt: Record<string, Record<string, unknown>> }
const catalogs = [
  ['en', en as unknown as Catalog],
  ['zh-CN', zh as unknown as Catalog],
] as const

// Every placeholder a message may use is a field of ProblemDetails (lib/jwt/errors.ts).
const SAMPLE = {
  segment: 'payload',
  at: 17,
  reason: 'padding',
  hint: 'base64',
  char: 'U+200B',
  hex: 'c3 28',
  claim: 'exp',
  path: 'payload.name',
  alg: 'HS256',
  allowed: 'RS256',
  expected: 'RSA',
  actual: 'oct',
  kid: 'k1',
  count: 2,
  size: 6,
  limit: 32,
  seconds: 180,
  label: 'PUBLIC KEY',
}

function placeholders(message: string): string[] {
  const names: string[] = []
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue
      if ('value' in el && typeof el.value === 'string') names.push(el.value)
      if ('options' in el) for (const option of Object.values(el.options)) walk(option.value)
      if ('children' in el) walk(el.children)
    }
  }
  walk(parse(message))
  return names
}

describe.each(catalogs)('message catalog %s', (locale, catalog) => {
  const jwt = catalog.Jwt

  it.each([...ERROR_CODES])(`has Jwt.errors.%s`, (code) => {
    expect(typeof jwt.errors?.[code]).toBe('string')
    expect((jwt.errors?.[code] as string).length).toBeGreaterThan(5)
  })

  it.each([...WARNING_CODES])(`has Jwt.warnings.%s`, (code) => {
    expect(typeof jwt.warnings?.[code]).toBe('string')
  })

  it.each(Object.keys(KNOWN_CLAIMS))('has Jwt.claims.%s name and description', (claim) => {
    const entry = jwt.claims?.[claim] as { name?: string; description?: string }
    expect(entry?.name).toBeTruthy()
    expect(entry?.description).toBeTruthy()
  })

  it('has no message for a code that does not exist', () => {
    expect(Object.keys(jwt.errors!).sort()).toEqual([...ERROR_CODES].sort())
    expect(Object.keys(jwt.warnings!).sort()).toEqual([...WARNING_CODES].sort())
  })

  it('every message is valid ICU with known placeholders, and formats', () => {
    for (const group of ['errors', 'warnings'] as const) {
      for (const [code, message] of Object.entries(jwt[group]!)) {
        for (const name of placeholders(message as string))
          expect({ code, name }).toEqual({ code, name: name in SAMPLE ? name : '(known)' })
        const formatted = new IntlMessageFormat(message as string, locale).format(SAMPLE)
        expect(typeof formatted).toBe('string')
        expect(formatted).not.toMatch(/\{[a-z]+\}/)
      }
    }
  })
})

it('both catalogs have the same Jwt key tree', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}.${k}`))
      : [prefix]
  expect(keys((zh as unknown as Catalog).Jwt)).toEqual(keys((en as unknown as Catalog).Jwt))
})
