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
);
