// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', '.data/**', 'coverage/**', 'apps/web/src/gql/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  importX.flatConfigs.typescript,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Mongoose schema definitions are object literals by design.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // Nest modules are classes with only static members or decorators.
      '@typescript-eslint/no-extraneous-class': 'off',
      'import-x/no-cycle': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@app/*/*'], message: 'Import a library through its index (@app/<lib>) only.' },
          ],
        },
      ],
    },
  },
  {
    // FerretDB v1 turns only `{ _id: value }` into SQL: `{ _id: { $in: ids } }` reads and decodes
    // the whole collection. libs/database decides per database profile (findEachById).
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['libs/database/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: [
            ':matches(Property[key.name="_id"], Property[key.value="_id"]) > ObjectExpression > Property[key.name="$in"]',
            ':matches(Property[key.name="_id"], Property[key.value="_id"]) > CallExpression > ObjectExpression > Property[key.name="$in"]',
          ].join(', '),
          message:
            'FerretDB scans the whole collection for `_id: { $in }`: read by id with findEachById (@app/database).',
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.commonjs } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
);
