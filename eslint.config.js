import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Tiled's XML tilesets are .tsx files too: the fixtures' are data, not TypeScript.
  { ignores: ['dist/**', 'dist-test/**', 'node_modules/**', '.cache/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**/*.tsx'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Naming rules from CONTRIBUTING.md: no `I` prefixes, PascalCase types, camelCase values.
      '@typescript-eslint/naming-convention': [
        'error',
        { selector: 'typeLike', format: ['PascalCase'] },
        { selector: 'interface', format: ['PascalCase'], custom: { regex: '^I[A-Z]', match: false } },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Off: with noUncheckedIndexedAccess every index is `T | undefined`; where the code has just bounded
      // the index (grids, waypoint lists), `!` says so where a check would be dead code.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (CONTRIBUTING.md).' },
      ],
      // CONTRIBUTING.md: past three parameters, take an options object.
      'max-params': ['error', 3],
      // A switch over a union names every member (a default does not count), so a member added later shows
      // every place that has to decide what it means.
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    // One concept a file (CONTRIBUTING.md): a file past about 400 lines of code holds more than one.
    // Tests and fixtures are exempt: a long table of cases is still one concept.
    files: ['src/**', 'tools/**'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Off: Vite, Vitest, Playwright and ESLint read their config from a default export.
    files: ['*.config.ts', '*.config.js', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Off for plain JavaScript (this file): the type-aware rules need TypeScript's types, which it has not.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
