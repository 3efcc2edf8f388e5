import { parseSaved, type SavedState } from '@/lib/playground/storage'

const defaults: SavedState = {
  input: 'example',
  mode: 'decode',
  headerText: '',
  payloadText: '',
  pasted: null,
  alg: 'HS256',
  secret: '',
  secretEncoding: 'utf8',
  publicKey: '',
  publicFormat: 'auto',
  privateKey: '',
  allowNone: false,
  consumedHash: null,
}

describe('parseSaved', () => {
  it('returns the defaults for nothing or garbage', () => {
    for (const text of [null, '', 'not json', '[]', '42', 'null'])
      expect(parseSaved(text, defaults)).toBe(defaults)
  })

  it('keeps good fields and repairs bad ones one by one', () => {
    const saved = parseSaved(
      JSON.stringify({
        input: 'eyJ.x.y',
        mode: 'sideways',
        secret: 7,
        secretEncoding: 'hex',
        allowNone: 'yes',
      }),
      defaults,
    )
    expect(saved).toEqual({ ...defaults, input: 'eyJ.x.y', secretEncoding: 'hex' })
  })
})
