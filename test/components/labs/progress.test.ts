import { describe, expect, it } from 'vitest'
import { parseDraft, EMPTY_DRAFT } from '@/lib/labs-ui/draft-storage'
import { parseSolved } from '@/lib/labs-ui/progress'

describe('parseSolved', () => {
  it.each([
    [null, []],
    ['not json', []],
    ['{"solved":"alg-none"}', []],
    ['{"solved":["alg-none",3,"alg-none","weak-secret"]}', ['alg-none', 'weak-secret']],
  ])('reads %j as %j', (raw, expected) => {
    expect(parseSolved(raw)).toEqual(expected)
  })
})

describe('parseDraft', () => {
  it('keeps valid fields and replaces invalid ones with defaults', () => {
    const draft = parseDraft(
      JSON.stringify({ headerText: '{"alg":"none"}', mode: 'bogus', encoding: 'hex', secret: 5 }),
    )
    expect(draft).toEqual({ ...EMPTY_DRAFT, headerText: '{"alg":"none"}', encoding: 'hex' })
  })
  it('falls back to an empty draft on unreadable storage', () => {
    expect(parseDraft('{')).toBe(EMPTY_DRAFT)
  })
})
