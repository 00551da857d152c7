import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
    // Features meet only through their doors (src/features/<name>/index.ts); the lower layers never
    // reach up into features at all. Tests are exempt: they may open any part to test it.
    files: ['src/**/*.{ts,tsx}'],
    plugins: {
      layers: {
        rules: {
          'feature-doors': {
            meta: {
              type: 'problem',
              schema: [],
              messages: {
                door: "Import the feature '{{feature}}' only through its door, {{door}}.",
                lower: '{{layer}} must not import src/features: features call it, never the other way.',
              },
            },
            create(context) {
              const root = dirname(fileURLToPath(import.meta.url));
              const repoPath = (file) => relative(root, file).split('\\').join('/');
              const from = repoPath(context.filename);
              const lower = /^src\/(domain|store|lark|outbox|work-queue|edge)\//.exec(from);
              const check = (source) => {
                if (typeof source?.value !== 'string' || !source.value.startsWith('.')) return;
                const target = repoPath(resolve(dirname(context.filename), source.value));
                if (!target.startsWith('src/features/')) return;
                if (lower) {
                  context.report({ node: source, messageId: 'lower', data: { layer: `src/${lower[1]}` } });
                  return;
                }
                const [, feature, inner] = /^src\/features\/([^/]+)\/(.+)$/.exec(target) ?? [];
                if (!feature || from.startsWith(`src/features/${feature}/`)) return;
                if (!/^index(\.[jt]s)?$/.test(inner)) {
                  const door = `src/features/${feature}/index.ts`;
                  context.report({ node: source, messageId: 'door', data: { feature, door } });
                }
              };
              return {
                ImportDeclaration: (node) => check(node.source),
                ExportNamedDeclaration: (node) => check(node.source),
                ExportAllDeclaration: (node) => check(node.source),
                ImportExpression: (node) => check(node.source),
              };
            },
          },
        },
      },
    },
    rules: { 'layers/feature-doors': 'error' },
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
