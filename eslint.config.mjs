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
]

export default config
