// Lint for the whole tree: typescript-eslint (type-aware for .ts), eslint-plugin-vue for components, and
// the project's hard rules as errors: no `any`, no ts-comments, no v-html, no eval in any form.
import pluginVue from 'eslint-plugin-vue';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';

// The parts of eslint:recommended that TypeScript does not already check (no @eslint/js dependency).
const coreRules = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-debugger': 'error',
  'no-var': 'error',
  'prefer-const': 'error',
  'no-empty': ['error', { allowEmptyCatch: true }],
  'no-unsafe-finally': 'error',
  'no-unsafe-optional-chaining': 'error',
  'no-self-assign': 'error',
  'no-self-compare': 'error',
  'no-cond-assign': 'error',
  'no-constant-condition': ['error', { checkLoops: false }],
  'no-dupe-else-if': 'error',
  'no-duplicate-case': 'error',
  'no-fallthrough': 'error',
  'no-sparse-arrays': 'error',
  'no-useless-catch': 'error',
  'no-prototype-builtins': 'error',
  'no-async-promise-executor': 'error',
  'no-control-regex': 'error',
  'no-misleading-character-class': 'error',
  'no-regex-spaces': 'error',
  'no-empty-pattern': 'error',
  'no-irregular-whitespace': 'error',
  'use-isnan': 'error',
  'valid-typeof': 'error',
  eqeqeq: ['error', 'always', { null: 'ignore' }],
};

// Plain .js/.mjs here are Node scripts; there is no `globals` package, so name the few they use.
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'].map((name) => [
    name,
    'readonly',
  ]),
);

const projectRules = {
  '@typescript-eslint/no-explicit-any': 'error',
  '@typescript-eslint/ban-ts-comment': 'error',
  '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
};

export default defineConfig(
  globalIgnores([
    'out/',
    'dist/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'native/',
    'release/',
    'bench/results/',
  ]),
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: nodeGlobals },
    rules: coreRules,
  },
  {
    files: ['**/*.{ts,mts,cts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      // One lint program (see tsconfig.eslint.json) rather than the project service: it is faster, and
      // its shim gives `.vue` imports a component type instead of an error type.
      parserOptions: { project: './tsconfig.eslint.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: { ...coreRules, ...projectRules },
  },
  {
    // Test fakes mirror async APIs without awaiting, and Vitest's asymmetric matchers are typed `any`.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['**/*.vue'],
    extends: [tseslint.configs.recommended, pluginVue.configs['flat/recommended']],
    languageOptions: {
      parser: vueParser,
      parserOptions: { parser: tseslint.parser, sourceType: 'module', extraFileExtensions: ['.vue'] },
    },
    rules: {
      ...coreRules,
      ...projectRules,
      'vue/no-v-html': 'error',
      // Template layout belongs to a formatter (the same set eslint-config-prettier turns off), not to lint.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/first-attribute-linebreak': 'off',
    },
  },
);
