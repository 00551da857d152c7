import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'db/migrations/**', 'data/**', 'test-results/**', '.wrangler/**', 'dist/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['hono', 'hono/*'], message: 'Domain code must not import Hono.' },
            { group: ['@larksuiteoapi/*'], message: 'Domain code must not import the Lark SDK.' },
            {
              group: ['drizzle-orm', 'drizzle-orm/*', '@libsql/*'],
              message: 'Domain code must not touch SQL.',
            },
          ],
        },
      ],
    },
  },
  {
    // Card templates depend only on the kit, their own folder and pure vocabulary (src/domain, src/time);
    // features call cards, never the other way.
    files: ['cards/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Of src/, only the pure vocabulary (src/domain, src/time); never db/.
              regex: String.raw`(^|/)(src/(?!domain(/|$)|time\.js$)|db(/|$))`,
              message: 'Card templates take view types; the feature builds the view and calls the card.',
            },
            {
              regex: String.raw`^\.\./(?!\.\./|kit[./])[^/]+/`,
              message: "A card folder uses the kit and its own files, not another feature's cards.",
            },
            { group: ['hono', 'hono/*'], message: 'Card templates must not import Hono.' },
            { group: ['@larksuiteoapi/*'], message: 'Card templates must not import the Lark SDK.' },
            {
              group: ['drizzle-orm', 'drizzle-orm/*', '@libsql/*'],
              message: 'Card templates must not touch SQL.',
            },
          ],
        },
      ],
    },
  },
);
