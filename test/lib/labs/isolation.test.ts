/**
 * The labs' isolation, as ESLint enforces it (eslint.config.mjs): lib/labs reaches neither the
 * demo's auth, store and demo code nor the disk or the network, and the real site never imports
 * the labs. Each case lints a line of code at a path inside the guarded folders.
 */
import { ESLint } from 'eslint'

const eslint = new ESLint()

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [probe]\n`, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

describe('lib/labs stays inside its fence', () => {
  it.each([
    ["import { readFileSync as probe } from 'node:fs'", '@typescript-eslint/no-restricted-imports'],
    ["import probe from 'fs/promises'", '@typescript-eslint/no-restricted-imports'],
    ["import probe from 'node:http'", '@typescript-eslint/no-restricted-imports'],
    ["import probe from 'node:net'", '@typescript-eslint/no-restricted-imports'],
    ["import { request as probe } from 'undici'", '@typescript-eslint/no-restricted-imports'],
    ["import { getStore as probe } from '@/lib/db'", '@typescript-eslint/no-restricted-imports'],
    [
      "import { me as probe } from '@/lib/auth/service'",
      '@typescript-eslint/no-restricted-imports',
    ],
    ["import { me as probe } from '../auth/service'", '@typescript-eslint/no-restricted-imports'],
    [
      "import { serverCode as probe } from '@/lib/demo/server-code'",
      '@typescript-eslint/no-restricted-imports',
    ],
    ["const probe = fetch('http://127.0.0.1:1/')", 'no-restricted-globals'],
    ["const probe = globalThis.fetch('http://127.0.0.1:1/')", 'no-restricted-properties'],
  ])('%s is an error', async (code, rule) => {
    expect(await messagesFor('lib/labs/probe.ts', code)).toContain(rule)
  })

  it('lib/labs may use lib/jwt, lib/http and jose', async () => {
    const code = [
      "import { decodeToken } from '@/lib/jwt'",
      "import { problemJson } from '@/lib/http'",
      "import { jwtVerify } from 'jose'",
      'const probe = [decodeToken, problemJson, jwtVerify]',
    ].join('\n')
    expect(await messagesFor('lib/labs/probe.ts', code)).toEqual([])
  })
})

describe('the real site never imports the labs', () => {
  it.each([
    'lib/auth/probe.ts',
    'lib/db/probe.ts',
    'lib/demo/probe.ts',
    'lib/http/probe.ts',
    'app/api/auth/login/probe.ts',
    'app/api/me/probe.ts',
    'app/api/demo/probe.ts',
    'components/demo/probe.tsx',
  ])('%s may not import @/lib/labs', async (path) => {
    const code = "import { LABS as probe } from '@/lib/labs/catalog'"
    expect(await messagesFor(path, code)).toContain('no-restricted-imports')
  })

  it('app/api/labs may', async () => {
    const code = "import { LABS as probe } from '@/lib/labs/catalog'"
    expect(await messagesFor('app/api/labs/probe/route.ts', code)).toEqual([])
  })
})
