import { textChange } from '@/lib/playground/text-change'

/** Applies a change the way an editor model does. */
function apply(before: string, after: string): string {
  const change = textChange(before, after)
  if (!change) return before
  return before.slice(0, change.start) + change.text + before.slice(change.end)
}

describe('textChange', () => {
  it('is null for equal texts', () => {
    expect(textChange('', '')).toBeNull()
    expect(textChange('{"a":1}', '{"a":1}')).toBeNull()
  })

  it('rewrites only what differs', () => {
    expect(textChange('{"a":1}', '{"a":12}')).toEqual({ start: 6, end: 6, text: '2' })
    expect(textChange('{"a":12}', '{"a":1}')).toEqual({ start: 6, end: 7, text: '' })
    expect(textChange('abc', 'xyz')).toEqual({ start: 0, end: 3, text: 'xyz' })
    expect(textChange('', 'new')).toEqual({ start: 0, end: 0, text: 'new' })
    expect(textChange('old', '')).toEqual({ start: 0, end: 3, text: '' })
  })

  it('keeps a one-character edit small in a 48 KB text', () => {
    const big = `{${Array.from({ length: 2000 }, (_, i) => `"c${i}":"${'x'.repeat(16)}"`).join(',')}}`
    const edited = big.slice(0, 30_000) + 'Z' + big.slice(30_000)
    expect(textChange(big, edited)).toEqual({ start: 30_000, end: 30_000, text: 'Z' })
  })

  it('does not let the common start and end overlap in repeated text', () => {
    expect(textChange('aaa', 'aaaa')).toEqual({ start: 3, end: 3, text: 'a' })
    expect(textChange('abab', 'ab')).toEqual({ start: 2, end: 4, text: '' })
  })

  it('never cuts a surrogate pair in half', () => {
    // 😀 is \uD83D\uDE00 and 😁 is \uD83D\uDE01: they share their first code unit.
    const change = textChange('x😀y', 'x😁y')!
    expect(change).toEqual({ start: 1, end: 3, text: '😁' })
    const back = textChange('😁😀', '😀😀')!
    expect(back.text).toBe('😀')
  })

  it('always turns the old text into the new one', () => {
    const texts = ['', 'a', 'ab', 'ba', 'aXb', '{"a":"😀"}', '{"a":"😁"}', 'aaa', '😀', '\n\n']
    for (const before of texts) for (const after of texts) expect(apply(before, after)).toBe(after)
  })
})
