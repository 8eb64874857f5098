// The zones, checked on the import graph (run by `npm run lint`; tests/scripts/zones.test.ts proves
// each rule still fires). ESLint checks one file's imports; this follows them, so a zone cannot be
// left through a file of another zone. Paths are relative to the folder depcruise runs in.
//
// Each rule is stated on direct imports of every file of its zone, and every zone forbids leaving it
// towards the zones it must not reach; together that covers every chain. The rules that matter most
// also say `reachable`, which depcruise checks transitively on its own.

/** Our own hosts: what the core may never depend on. */
const HOSTS = '^electron/(main|host|preload)/';
/** The `electron` package, resolved (node_modules/electron/...) or not (a bare `electron`). */
const ELECTRON_PACKAGE = '^electron$|(^|/)node_modules/electron/';
/** The only modules the preload runs: the contract's name lists and the bridge's key. */
const NAME_LISTS = '^shared/ipc/(names|events|bridge)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-not-hosts',
      comment: 'electron/core runs in Electron main and in the headless host: it never depends on either host or the preload.',
      severity: 'error',
      from: { path: '^electron/core/' },
      to: { path: HOSTS, reachable: true },
    },
    {
      name: 'core-not-electron',
      comment: 'electron/core and the headless host run in plain Node: Electron reaches them through the ports in electron/core/ports.ts.',
      severity: 'error',
      from: { path: '^electron/(core|host)/' },
      to: { path: ELECTRON_PACKAGE },
    },
    {
      name: 'host-not-electron-glue',
      comment: 'The headless host builds the core itself; electron/main and the preload are Electron only.',
      severity: 'error',
      from: { path: '^electron/host/' },
      to: { path: '^electron/(main|preload)/', reachable: true },
    },
    {
      name: 'preload-only-name-lists',
      comment: 'The sandboxed preload is one small CommonJS file: at run time it imports electron and the contract\'s name lists only (types are erased).',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: { pathNot: `^electron/preload/|${NAME_LISTS}|${ELECTRON_PACKAGE}`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'name-lists-are-leaves',
      comment: 'What the preload imports must import nothing at run time, or the preload would carry it.',
      severity: 'error',
      from: { path: NAME_LISTS },
      to: { pathNot: NAME_LISTS, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'shared-is-pure',
      comment: 'shared/ runs in every zone: it depends on no host code and no UI.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(electron|renderer)/', reachable: true },
    },
    {
      name: 'shared-no-node',
      comment: 'shared/ runs in the page too: no Node built-ins.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-no-host-packages',
      comment: 'shared/ runs in the page too: no Electron, no UI library.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: `${ELECTRON_PACKAGE}|(^|/)node_modules/(react|react-dom|@fullcalendar|@tanstack|lowdb|pino|ws)/` },
    },
    {
      name: 'renderer-not-host',
      comment: 'The renderer talks to its host only through the bridge (renderer/src/api), never by importing host code.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^electron/', reachable: true },
    },
    {
      name: 'renderer-no-node',
      comment: 'The renderer is DOM only.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-no-electron-package',
      comment: 'The renderer is DOM only.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ELECTRON_PACKAGE },
    },
    {
      name: 'not-to-tests-or-scripts',
      comment: 'Product code never depends on tests or tools.',
      severity: 'error',
      from: { path: '^(electron|shared|renderer)/' },
      to: { path: '^(tests|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // `import type` stays visible (as type-only), so the zone rules see type imports too.
    tsPreCompilationDeps: true,
    moduleSystems: ['es6', 'cjs'],
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
