import {
  backToPasted,
  decodeCurrent,
  DEFAULT_HEADER,
  editJson,
  defaultPayload,
  initialState,
  pickAlgorithm,
  startEditing,
  typeInput,
} from '@/lib/playground/edit-state'

const example = { token: 'eyJ.example.sig', secret: 'teaching-secret' }
const decoding = { ...initialState(example), input: 'pasted.token.sig' }
const decodedTexts = {
  headerText: '{"alg":"HS256"}',
  payloadText: '{"sub":"42"}',
  tokenAlg: 'HS256',
}

describe('initialState', () => {
  it('shows the example token with its secret, decoding', () => {
    expect(initialState(example)).toMatchObject({
      input: example.token,
      secret: example.secret,
      mode: 'decode',
      alg: 'HS256',
      pasted: null,
    })
  })
})

describe('defaultPayload', () => {
  it('is issued now and expires in an hour', () => {
    const payload = JSON.parse(defaultPayload(1_700_000_000_500)) as Record<string, unknown>
    expect(payload).toMatchObject({ iat: 1_700_000_000, exp: 1_700_003_600 })
  })
})

describe('startEditing', () => {
  it('starts from the decoded JSON and keeps the pasted token', () => {
    expect(startEditing(decoding, {}, decodedTexts)).toMatchObject({
      mode: 'encode',
      pasted: 'pasted.token.sig',
      headerText: decodedTexts.headerText,
      payloadText: decodedTexts.payloadText,
    })
  })

  it('starts from defaults when nothing was decoded', () => {
    const none = { headerText: '', payloadText: '', tokenAlg: undefined }
    const s = startEditing(decoding, {}, none)
    expect(s.headerText).toBe(DEFAULT_HEADER)
    expect(JSON.parse(s.payloadText)).toHaveProperty('exp')
  })

  it('writes the picked algorithm into the header, unless the edit is the header itself', () => {
    const picked = { ...decoding, alg: 'HS512' }
    expect(startEditing(picked, {}, decodedTexts).headerText).toBe('{"alg":"HS512"}')
    expect(startEditing(picked, { headerText: '{"x":1}' }, decodedTexts).headerText).toBe('{"x":1}')
  })

  it('applies later edits as they are', () => {
    const editing = startEditing(decoding, {}, decodedTexts)
    const next = startEditing({ ...editing, input: 'signed' }, { payloadText: '{}' }, decodedTexts)
    expect(next).toEqual({ ...editing, input: 'signed', payloadText: '{}' })
  })
})

describe('leaving edit mode', () => {
  const editing = { ...startEditing(decoding, {}, decodedTexts), input: 'resigned.token.sig' }

  it('goes back to the pasted token', () => {
    expect(backToPasted(editing)).toMatchObject({
      mode: 'decode',
      input: 'pasted.token.sig',
      pasted: null,
    })
  })

  it('decodes the token on screen, keeping the pasted one to go back to', () => {
    const decodingSigned = decodeCurrent(editing)
    expect(decodingSigned).toMatchObject({
      mode: 'decode',
      input: 'resigned.token.sig',
      pasted: 'pasted.token.sig',
    })
    expect(backToPasted(decodingSigned).input).toBe('pasted.token.sig')
    // Editing again still remembers the token pasted first.
    expect(startEditing(decodingSigned, {}, decodedTexts).pasted).toBe('pasted.token.sig')
  })

  it('takes a typed input as the new token to decode', () => {
    expect(typeInput(editing, 'typed')).toMatchObject({
      mode: 'decode',
      input: 'typed',
      pasted: null,
    })
  })
})

describe('editJson', () => {
  it('never switches modes from a keystroke while decoding', () => {
    expect(editJson(decoding, { headerText: '{\t}' })).toBe(decoding)
  })

  it('applies the edit while editing', () => {
    const editing = startEditing(decoding, {}, decodedTexts)
    expect(editJson(editing, { payloadText: '{}' })).toEqual({ ...editing, payloadText: '{}' })
  })
})

describe('pickAlgorithm', () => {
  it('only changes the picker while decoding', () => {
    expect(pickAlgorithm(decoding, 'RS256')).toEqual({ ...decoding, alg: 'RS256' })
  })

  it('also rewrites the header’s alg while editing', () => {
    const editing = startEditing(decoding, {}, decodedTexts)
    expect(pickAlgorithm(editing, 'ES256').headerText).toBe('{"alg":"ES256"}')
  })
})
