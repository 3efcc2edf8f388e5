import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '**/.next/**',
      'node_modules/**',
      'next-env.d.ts',
      'test/fixtures/**',
      'bench/results/**',
      'playwright-report/**',
      'test-results/**',
    ],
  },
  {
    // Links are plain <a>: components/ui/link-router.tsx opens them without a reload, and
    // next/link's code stays out of every page's first load (issue 15).
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // next.config.js stays CommonJS (the required top-level name); require() is its import.
    files: ['next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // lib/jwt is pure JOSE logic: it must run the same in the browser, route handlers and tests.
    files: ['lib/jwt/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
              message: 'lib/jwt must not depend on React.',
            },
            {
              group: ['next', 'next/*', 'next-intl', 'next-intl/*'],
              message: 'lib/jwt must not depend on Next.',
            },
            {
              group: ['server-only', '@/lib/auth/*', '@/lib/db/*'],
              message: 'lib/jwt runs in the browser too.',
            },
          ],
        },
      ],
    },
  },
  {
    // Client leaves ship in a page's first load, so they may import only lib/jwt's pure entry.
    // The jose-backed half loads with import() (lib/playground/crypto.ts); types are free.
    // test/budgets/jose-first-load.test.ts checks the built result.
    files: ['components/**', 'lib/playground/**', 'lib/lessons/**', 'lib/demo/**'],
    // crypto-tasks.ts is the lazy half itself: only lib/playground/crypto.ts import()s it.
    ignores: ['lib/playground/crypto-tasks.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'jose',
                'jose/*',
                '@/lib/jwt/crypto',
                '@/lib/jwt/verify',
                '@/lib/jwt/sign',
                '@/lib/jwt/keys',
                '@/lib/jwt/keygen',
                '@/lib/jwt/jwk',
                '@/lib/jwt/convert',
                '@/lib/jwt/decrypt',
                '@/lib/jwt/encrypt',
                '@/lib/jwt/jwe-keys',
                '@/lib/jwt/jwe-keygen',
              ],
              allowTypeImports: true,
              message:
                'jose must stay out of first load: import the pure `@/lib/jwt`, or load `@/lib/jwt/crypto` with import() (see lib/playground/crypto.ts).',
            },
          ],
        },
      ],
    },
  },

  {
    // The attack labs are deliberately vulnerable: their code lives in lib/labs and must not reach
    // the demo's users, keys or refresh tokens, the disk or the network (issue 12).
    files: ['lib/labs/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            ...['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({
              name,
              message: 'The labs never read the real disk: kid-traversal reads ./virtual-files.',
            })),
            ...['net', 'http', 'https', 'http2', 'dgram', 'tls', 'undici']
              .flatMap((name) => [name, `node:${name}`])
              .map((name) => ({
                name,
                message:
                  'The labs make no outbound requests: jku resolves from memory (./lab-network).',
              })),
          ],
          patterns: [
            {
              group: [
                '@/lib/auth',
                '@/lib/auth/*',
                '@/lib/db',
                '@/lib/db/*',
                '@/lib/demo',
                '@/lib/demo/*',
                '../auth',
                '../auth/*',
                '../db',
                '../db/*',
                '../demo',
                '../demo/*',
              ],
              message: 'lib/labs must not touch the demo’s users, keys or tokens (issue 12).',
            },
            {
              group: ['fs/*', 'node:fs/*', 'undici/*'],
              message:
                'The labs never touch the disk or the network (./virtual-files, ./lab-network).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'The labs make no outbound requests (./lab-network).' },
        { name: 'XMLHttpRequest', message: 'The labs make no outbound requests.' },
        { name: 'WebSocket', message: 'The labs make no outbound requests.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'globalThis', property: 'fetch', message: 'The labs make no outbound requests.' },
      ],
    },
  },
  {
    // …and nothing of the real site imports the labs: only app/api/labs and the lab pages do.
    files: [
      'lib/auth/**',
      'lib/demo/**',
      'lib/db/**',
      'lib/http/**',
      'app/api/auth/**',
      'app/api/me/**',
      'app/api/demo/**',
      'app/api/jwks/**',
      'components/demo/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/labs', '@/lib/labs/*', '../labs', '../labs/*', '../../lib/labs/*'],
              message:
                'Lab code is deliberately vulnerable: keep it out of the real site (issue 12).',
            },
          ],
        },
      ],
    },
  },
]

export default config
