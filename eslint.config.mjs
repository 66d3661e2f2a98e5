import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '.data/**', 'apps/web/src/gql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // The domain is pure: rules over plain data, no framework, no clock.
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['packages/domain/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'typeorm', 'react', 'react-dom', '@apollo/*', 'pg', 'graphql*'] },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass the time in (asOf/now).' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass the time in (asOf/now).' },
      ],
    },
  },
  {
    // Every statement lives in its feature's repository (CONVENTIONS.md 2a).
    files: ['apps/api/src/**/*.service.ts', 'apps/api/src/**/*.resolver.ts', 'apps/api/src/**/*.controller.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='query']", message: "SQL belongs in the feature's repository (<feature>.repository.ts)." },
      ],
    },
  },
  {
    // Migrations are frozen: literal SQL, never another migration's or the current functions' code.
    files: ['apps/api/src/database/migrations/*.ts'],
    ignores: ['apps/api/src/database/migrations/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['./*', '../*'] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', globalThis: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', localStorage: 'readonly', document: 'readonly', fetch: 'readonly', atob: 'readonly', performance: 'readonly', URL: 'readonly' } },
  },
);
