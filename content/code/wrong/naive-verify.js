// Deliberately wrong, shown in the header lesson as the thing never to write. The test
// test/content/code.test.ts shows its flaw: it accepts an alg "none" forgery.
import crypto from 'node:crypto'

// #region naive-verify
// DON'T: the header picks the check, so "none" picks no check at all
export function naiveVerify(token, secret) {
  const [header, payload, signature] = token.split('.')
  const { alg } = JSON.parse(Buffer.from(header, 'base64url').toString())
  if (alg === 'none') return JSON.parse(Buffer.from(payload, 'base64url').toString())
  const expected = crypto
    .createHmac('sha256', secret)
    .update(`${header}.${payload}`)
    .digest('base64url')
  if (signature !== expected) throw new Error('invalid signature')
  return JSON.parse(Buffer.from(payload, 'base64url').toString())
}
// #endregion naive-verify
