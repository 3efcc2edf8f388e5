import { jsonObjectProblem } from '@/lib/playground/json-problem'
import { scanJson } from '@/lib/jwt/json-scan'

const problemOf = (text: string) => jsonObjectProblem(text, scanJson(text))

describe('jsonObjectProblem', () => {
  it('accepts a JSON object, leading whitespace included', () => {
    for (const text of ['{}', '{"sub":"42"}', '\n  {"a": [1, 2]}\n'])
      expect(problemOf(text)).toBeNull()
  })

  it('passes on the scanner’s syntax error with its position', () => {
    expect(problemOf('{"sub":"42",}')).toEqual({
      at: 12,
      line: 1,
      column: 13,
      reason: 'unexpected-character',
    })
    expect(problemOf('')?.reason).toBe('empty')
  })

  it('points at the first character of JSON that is not an object', () => {
    expect(problemOf('[1]')).toEqual({ at: 0, line: 1, column: 1, reason: 'not-object' })
    expect(problemOf('\n  "text"')).toEqual({ at: 3, line: 2, column: 3, reason: 'not-object' })
    for (const text of ['42', 'null', 'true', '"s"'])
      expect(problemOf(text)?.reason).toBe('not-object')
  })
})
