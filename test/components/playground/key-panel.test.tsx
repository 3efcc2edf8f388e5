import { fireEvent, render, screen, within } from '@testing-library/react'
import { useState } from 'react'
import {
  KeyPanel,
  type Generated,
  type PublicFormat,
  type SecretEncoding,
} from '@/components/playground/key-panel'
import { SUPPORTED_ALGORITHMS } from '@/lib/jwt/algorithms'
import { enStrings } from './strings'

function Harness(props: {
  alg?: string
  keyError?: string
  generated?: Generated | null
  onGenerate?: () => void
  editing?: boolean
}) {
  const [alg, setAlg] = useState(props.alg ?? 'HS256')
  const [secret, setSecret] = useState('')
  const [encoding, setEncoding] = useState<SecretEncoding>('utf8')
  const [publicKey, setPublicKey] = useState('')
  const [format, setFormat] = useState<PublicFormat>('auto')
  const [privateKey, setPrivateKey] = useState('')
  return (
    <>
      <KeyPanel
        id="keys"
        strings={enStrings}
        alg={alg}
        onAlg={setAlg}
        tokenAlg="HS256"
        keys={{ secret, secretEncoding: encoding, publicKey, publicFormat: format, privateKey }}
        onKeys={(patch) => {
          if (patch.secret !== undefined) setSecret(patch.secret)
          if (patch.secretEncoding !== undefined) setEncoding(patch.secretEncoding)
          if (patch.publicKey !== undefined) setPublicKey(patch.publicKey)
          if (patch.publicFormat !== undefined) setFormat(patch.publicFormat)
          if (patch.privateKey !== undefined) setPrivateKey(patch.privateKey)
        }}
        editing={props.editing ?? false}
        keyError={props.keyError}
        onGenerate={props.onGenerate ?? (() => {})}
        generating={false}
        generated={props.generated ?? null}
      />
      <output data-testid="state">
        {JSON.stringify({ alg, secret, encoding, publicKey, format })}
      </output>
    </>
  )
}

const state = () => JSON.parse(screen.getByTestId('state').textContent!)

describe('KeyPanel', () => {
  it('offers every algorithm lib/jwt supports, once each, Ed25519 before EdDSA, its legacy name', () => {
    render(<Harness />)
    const picker = screen.getByRole('combobox', { name: enStrings.keys.algorithm })
    const options = within(picker).getAllByRole('option') as HTMLOptionElement[]
    expect(options.map((o) => o.value).sort()).toEqual([...SUPPORTED_ALGORITHMS].sort())
    const values = options.map((o) => o.value)
    // RFC 9864 deprecates EdDSA for Ed25519: the new name comes first, the old one says so.
    expect(values.indexOf('Ed25519')).toBe(values.indexOf('EdDSA') - 1)
    expect(options.find((o) => o.value === 'Ed25519')?.textContent).toBe('Ed25519')
    const legacy = options.find((o) => o.value === 'EdDSA')?.textContent ?? ''
    expect(legacy).toMatch(/^EdDSA\b/)
    expect(legacy).toMatch(/legacy/i)
  })

  it('takes a secret as UTF-8, base64url or hex', () => {
    render(<Harness />)
    fireEvent.change(screen.getByRole('textbox', { name: 'Secret' }), { target: { value: 'AyM1' } })
    fireEvent.click(screen.getByRole('radio', { name: 'base64url' }))
    expect(state()).toMatchObject({ secret: 'AyM1', encoding: 'base64url' })
    fireEvent.click(screen.getByRole('radio', { name: 'hex' }))
    expect(state().encoding).toBe('hex')
  })

  it('switches to a public key (PEM, JWK or JWKS) and a private key for asymmetric algorithms', () => {
    render(<Harness />)
    fireEvent.change(screen.getByRole('combobox', { name: 'Algorithm' }), {
      target: { value: 'ES256' },
    })
    expect(screen.queryByRole('textbox', { name: 'Secret' })).toBeNull()
    fireEvent.change(screen.getByRole('textbox', { name: 'Public key to verify' }), {
      target: { value: '{"keys":[]}' },
    })
    fireEvent.change(screen.getByRole('combobox', { name: 'Read it as' }), {
      target: { value: 'jwks' },
    })
    expect(state()).toMatchObject({ alg: 'ES256', publicKey: '{"keys":[]}', format: 'jwks' })
    expect(screen.getByRole('textbox', { name: 'Private key to sign' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Generate a key pair (ES256)' })).toBeInTheDocument()
  })

  it('explains the allow-list when the token says another algorithm', () => {
    render(<Harness alg="RS256" />)
    expect(
      screen.getByText(/The token says HS256: with the allow-list set to RS256 it is refused/),
    ).toBeInTheDocument()
  })

  it('shows a key error next to the field, marked invalid', () => {
    render(<Harness keyError="This key has no BEGIN line." />)
    const secret = screen.getByRole('textbox', { name: 'Secret' })
    expect(secret).toHaveAttribute('aria-invalid', 'true')
    expect(secret).toHaveAccessibleDescription('This key has no BEGIN line.')
  })

  it('generates on request and shows the pair as PEM and JWK, each with a copy button', () => {
    const onGenerate = vi.fn()
    const generated: Generated = {
      kind: 'pair',
      alg: 'ES256',
      publicPem: '-----BEGIN PUBLIC KEY-----\nMFk\n-----END PUBLIC KEY-----',
      privatePem: '-----BEGIN PRIVATE KEY-----\nMIG\n-----END PRIVATE KEY-----',
      publicJwk: '{"kty":"EC"}',
      privateJwk: '{"kty":"EC","d":"x"}',
    }
    render(<Harness alg="ES256" generated={generated} onGenerate={onGenerate} />)
    fireEvent.click(screen.getByRole('button', { name: 'Generate a key pair (ES256)' }))
    expect(onGenerate).toHaveBeenCalledOnce()
    for (const name of [
      'Public key (PEM)',
      'Private key (PEM)',
      'Public key (JWK)',
      'Private key (JWK)',
    ])
      expect(screen.getByRole('button', { name: `Copy: ${name}` })).toBeInTheDocument()
    expect(screen.getByLabelText('Public key (PEM)')).toHaveTextContent('BEGIN PUBLIC KEY')
  })
})
