// Flat config: the recommended JavaScript and TypeScript rules, without type information so the
// lint stays a few seconds; the type checker (`npm run typecheck`) covers the rest.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'src/**/*.generated.js', 'node_modules/', '__tests__/fixtures/', '__tests__/.tmp/', '.ci/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', fetch: 'readonly', performance: 'readonly', setImmediate: 'readonly', structuredClone: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Control characters are what the sanitiser exists to match.
      'no-control-regex': 'off'
    }
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // The first locale-aware call loads ICU data: 15–70 ms of a run that checks one gate.
      'no-restricted-properties': [
        'error',
        { property: 'toLocaleString', message: 'use formatNumber (src/text/format.ts): locale data costs every run tens of ms at its first use' },
        { property: 'toLocaleDateString', message: 'locale data costs every run tens of ms at its first use' },
        { property: 'toLocaleTimeString', message: 'locale data costs every run tens of ms at its first use' }
      ]
    }
  }
)
