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
]

export default config
