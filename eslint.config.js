// Lint enforces the three zones (shared = pure, electron = main/preload, renderer = DOM) and the
// "one place per IPC primitive" rule, so a wrong import fails CI instead of review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Bare built-in names are matched as exact module names (`paths`), not as gitignore-style patterns:
// a pattern such as 'events' would also match our own `shared/ipc/events`.
const nodeBuiltinNames = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'stream', 'events', 'worker_threads'];
const builtinPaths = (message) => nodeBuiltinNames.map((name) => ({ name, message }));
// Date methods that answer in the machine's local time zone (the getUTC* ones do not).
const localTimeMethods = ['getFullYear', 'getYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds', 'getMilliseconds', 'getTimezoneOffset',
  'setFullYear', 'setYear', 'setMonth', 'setDate', 'setHours', 'setMinutes', 'setSeconds', 'setMilliseconds', 'toDateString', 'toTimeString'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'electron/**', 'tests/**', 'scripts/**', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // One test factory (tests/support/factories.ts) and shared generators (scripts/lib) serve the
    // tests; benchmark code can change for a measurement without breaking a test.
    files: ['tests/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/scripts/bench/**', '**/scripts/bench.mjs', '**/scripts/bench-*.mjs'], message: 'Tests never import benchmark code: move what both need to scripts/lib or tests/support.' }],
      }],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: builtinPaths('shared/ is pure TypeScript: no Node.'),
        patterns: [
          { group: ['electron', 'node:*'], message: 'shared/ is pure TypeScript: no Node or Electron.' },
          { group: ['react', 'react-dom', '@fullcalendar/*', '@tanstack/*'], message: 'shared/ has no UI code.' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ must not depend on a host zone.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', 'setTimeout', 'setInterval',
        { name: 'performance', message: 'shared/ takes no measurements: time is passed in, speed belongs to the benchmark.' }],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass the clock in: no Date.now() in shared/.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass the clock in: no new Date() without an argument in shared/.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length>1]", message: 'new Date(y, m, d, …) reads the machine\'s zone: use Date.UTC or wallClock() in shared/domain/zoned-time.ts.' },
        { selector: `CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]:not(:has(Property[key.name='timeZone']))`, message: 'toLocale*String without a timeZone shows the machine\'s zone (and numbers its locale): pass { timeZone } or use Intl.NumberFormat.' },
        { selector: `NewExpression[callee.object.name='Intl'][callee.property.name='DateTimeFormat']:not(:has(Property[key.name='timeZone']))`, message: 'Intl.DateTimeFormat without a timeZone formats in the machine\'s zone: pass the shop\'s zone.' },
      ],
      // A Date's local-time methods answer in the machine's zone, not the shop's. Only
      // shared/domain/zoned-time.ts (below) calls them, on TZDate, whose methods are zone-aware.
      'no-restricted-properties': ['error', ...localTimeMethods.map((property) => ({
        property,
        message: `${property}() reads the machine's time zone: use the helpers in shared/domain/zoned-time.ts (or the getUTC* methods).`,
      }))],
    },
  },
  {
    // The one module that wraps TZDate: its local-time methods are in the zone it was built with.
    files: ['shared/domain/zoned-time.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: builtinPaths('The renderer is DOM only: talk to main through renderer/src/api.'),
        patterns: [
          { group: ['electron', 'node:*'], message: 'The renderer is DOM only: talk to main through renderer/src/api.' },
          { group: ['**/electron/**'], message: 'The renderer must not import host code; use the contract in shared/ipc.' },
        ],
      }],
    },
  },
  {
    files: ['electron/core/**', 'electron/host/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron'], message: 'The core and the headless host never import electron; add a port in electron/core/ports.ts.' },
          { group: ['**/renderer/**'], message: 'Host code must not import the renderer.' },
        ],
      }],
    },
  },
  {
    files: ['electron/main/**'],
    ignores: ['electron/main/ipc/register.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', importNames: ['ipcMain'], message: 'Only electron/main/ipc/register.ts imports ipcMain.' }],
        patterns: [{ group: ['**/renderer/**'], message: 'Main must not import the renderer.' }],
      }],
    },
  },
);
