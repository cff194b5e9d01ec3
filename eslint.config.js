// Lint rules that encode the architecture: the layers of src/ import only what they may
// (eslint-rules/layers.js), core stays pure, background has no DOM, page/corpus/import text
// never reaches the DOM as markup.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import nounsanitized from 'eslint-plugin-no-unsanitized'
import globals from 'globals'
import layers from './eslint-rules/layers.js'

const domGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'HTMLElement',
  'Node',
  'Element',
  'CSS',
  'Highlight',
  'Range',
  'chrome',
  'browser',
  'localStorage',
  'indexedDB',
]

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-output/**',
      'src/corpus/**',
      'test/fixtures/**',
      '.vite/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page, corpus and imported text must reach the DOM only as text.',
        },
      ],
    },
  },
  {
    // The import graph of src/ keeps its layers (eslint-rules/layers.js).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { lens: layers },
    rules: { 'lens/layers': 'error' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...domGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: ['webextension-polyfill', 'dexie', 'preact*'],
        },
      ],
    },
  },
  {
    files: ['src/background/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'HTMLElement',
        'Element',
        'localStorage',
      ],
    },
  },
)
