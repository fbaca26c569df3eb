// ESLint (flat config): typescript-eslint's recommended rules, plus the direction of imports between the layers
// of src/ (README "Layout", DESIGN §2) as lint rules. The layer rules name folders, not files, so they hold
// whatever moves inside a folder. The .astro files are type-checked by `astro check`; the lessons (MDX) are
// checked by their own unit and e2e tests.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** An import specifier that climbs out of its folder into src/<folder> (`../tf/x`, `../../figures`). */
const into = (folders, message) => ({ regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message });
const TENSORFLOW = { group: ['@tensorflow/*'], message: 'Only src/tf imports @tensorflow/* (README "Layout").' };
const DRAWING = { group: ['d3', 'd3-*', '@observablehq/*'], message: 'Drawing with d3 / Plot belongs in src/figures.' };
const ASTRO = {
  group: ['astro', 'astro:*', 'astro/*', '@astrojs/*'],
  message: 'Astro belongs to pages, layouts and components.',
};
const SHELL = ['widgets', 'components', 'pages', 'layouts'];

// Globals that exist in a browser but not in Node (document, window, HTMLElement, requestAnimationFrame, …):
// src/lib is pure maths and runs in both.
const browserOnly = Object.keys(globals.browser).filter((name) => !(name in globals.node) && !(name in globals.es2022));

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.cache/',
      'node_modules/',
      'public/',
      'checkpoints/',
      'test-results/',
      '.screenshots/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or binding that is unused on purpose (a callback's position, a rest sibling).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  { files: ['src/**'], languageOptions: { globals: { ...globals.browser } } },

  // src/lib: pure TypeScript maths. Imports only src/lib (and pure packages / data files); no DOM, no tfjs.
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            TENSORFLOW,
            DRAWING,
            ASTRO,
            into(['figures', 'tf', 'i18n', 'styles', ...SHELL], 'src/lib imports only src/lib (README "Layout").'),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...browserOnly.map((name) => ({ name, message: 'src/lib has no DOM: pass data in.' })),
      ],
    },
  },
  // src/figures: pure drawing, (data, options) → SVG. May import src/lib; no tfjs, no widgets.
  {
    files: ['src/figures/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            TENSORFLOW,
            ASTRO,
            into(['tf', ...SHELL], 'src/figures may import src/lib only (README "Layout").'),
          ],
        },
      ],
    },
  },
  // src/tf: the only importer of @tensorflow/*. May import src/lib; draws nothing.
  {
    files: ['src/tf/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [DRAWING, ASTRO, into(['figures', ...SHELL], 'src/tf may import src/lib only (README "Layout").')],
        },
      ],
    },
  },
  // Widgets (code that runs in the reader's tab): anything, but tfjs only through a dynamic import() of src/tf, so
  // a page ships none of it until a widget that needs it comes near the screen. Types from src/tf are free
  // (erased). src/components, pages and layouts run at build time, where a static import of src/tf ships nothing.
  {
    files: ['src/widgets/**', 'src/i18n/**'],
    ignores: ['src/**/*.worker.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            TENSORFLOW,
            {
              regex: '^(\\.\\./)+tf/',
              allowTypeImports: true,
              message:
                'Reach src/tf with a dynamic import() (or import its types only): a static import ships tfjs with the page.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**', 'src/pages/**', 'src/layouts/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [TENSORFLOW] }] },
  },
  // A worker is its own bundle, started on demand: it may import src/tf statically, but still not tfjs directly.
  {
    files: ['src/**/*.worker.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [TENSORFLOW] }] },
  },
  // Tests wait for what a reader would see (expect.poll, locators, waitForFunction), never for a fixed time.
  {
    files: ['tests/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'waitForTimeout', message: 'Poll the state you are waiting for (expect.poll, locator.waitFor).' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'A fixed sleep: poll the state you are waiting for instead.' },
      ],
    },
  },
);
