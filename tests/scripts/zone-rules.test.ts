/**
 * The zone rules must keep firing: a rule whose pattern stops matching would pass every tree
 * silently. dependency-cruiser runs with the project's own `.dependency-cruiser.cjs` on a tiny tree
 * (tests/fixtures/zones) holding one forbidden import per rule, some only reachable through another
 * file; ESLint's shared/ rules run on probe sources placed, by name, under shared/.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/zones');

type Violation = { rule: { name: string }; from: string; to: string };

describe('dependency-cruiser zone rules', () => {
  let found: string[] = [];

  beforeAll(() => {
    const json = execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'electron', 'shared', 'renderer', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json'],
      { cwd: FIXTURE, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    const violations = (JSON.parse(json) as { summary: { violations: Violation[] } }).summary.violations;
    // Package paths resolve above the fixture (../../../node_modules/…): keep only the package.
    found = violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to.replace(/^(\.\.\/)+/, '')}`).sort();
  }, 60_000);

  it('fires every rule on its forbidden import, directly or through other files', () => {
    expect(found).toEqual([
      'core-not-electron: electron/core/uses-electron.ts -> node_modules/electron/index.js',
      'core-not-hosts: electron/core/uses-main.ts -> electron/main/glue.ts',
      // Transitive: via-shared.ts imports only shared/leaky.ts, which imports the headless host.
      'core-not-hosts: electron/core/via-shared.ts -> electron/host/serve.ts',
      'core-not-hosts: electron/core/via-shared.ts -> electron/main/glue.ts',
      'host-not-electron-glue: electron/host/serve.ts -> electron/main/glue.ts',
      'name-lists-are-leaves: shared/ipc/names.ts -> shared/ipc/result.ts',
      'not-to-tests-or-scripts: shared/uses-tests.ts -> tests/helper.ts',
      'preload-only-name-lists: electron/preload/bridge.ts -> shared/ipc/contract.ts',
      'renderer-no-electron-package: renderer/uses-electron.ts -> node_modules/electron/index.js',
      'renderer-no-node: renderer/uses-node.ts -> path',
      'renderer-not-host: renderer/view.ts -> electron/host/serve.ts',
      'renderer-not-host: renderer/view.ts -> electron/main/glue.ts',
      'shared-is-pure: shared/leaky.ts -> electron/host/serve.ts',
      'shared-is-pure: shared/leaky.ts -> electron/main/glue.ts',
      'shared-no-host-packages: shared/uses-react.ts -> node_modules/react/index.js',
      'shared-no-node: shared/uses-node.ts -> fs',
    ]);
  });

  it('lets the preload import the contract for its types (erased from the bundle)', () => {
    expect(found.filter((v) => v.includes('types-only.ts'))).toEqual([]);
  });
});

describe('ESLint: shared/ reads no local time and takes no measurements', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const messagesFor = async (code: string, filePath = 'shared/domain/zone-probe.ts') => {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
    return result!.messages.map((m) => m.ruleId);
  };

  it.each([
    ['a local-time getter', 'export const h = (d: Date) => d.getHours();\n', 'no-restricted-properties'],
    ['a local-time setter', 'export const h = (d: Date) => d.setHours(0, 0, 0, 0);\n', 'no-restricted-properties'],
    ['the weekday in local time', 'export const h = (d: Date) => d.getDay();\n', 'no-restricted-properties'],
    ['toLocaleString without a zone', 'export const h = (d: Date) => d.toLocaleString(\'en-GB\');\n', 'no-restricted-syntax'],
    ['Intl.DateTimeFormat without a zone', 'export const f = new Intl.DateTimeFormat(\'en-GB\');\n', 'no-restricted-syntax'],
    ['a date built from local parts', 'export const d = new Date(2026, 11, 6);\n', 'no-restricted-syntax'],
    ['performance', 'export const t = () => performance.now();\n', 'no-restricted-globals'],
  ])('refuses %s', async (_what, code, rule) => {
    expect(await messagesFor(code)).toEqual([rule]);
  });

  it('accepts the UTC methods and a formatter given the shop\'s zone', async () => {
    const code = [
      'export const h = (d: Date) => d.getUTCHours() + d.getUTCDay();',
      'export const s = (d: Date, timeZone: string) => d.toLocaleString(\'en-GB\', { timeZone });',
      'export const f = (timeZone: string) => new Intl.DateTimeFormat(\'en-GB\', { timeZone });',
      '',
    ].join('\n');
    expect(await messagesFor(code)).toEqual([]);
  });

  it('leaves code outside shared/ alone', async () => {
    expect(await messagesFor('export const h = (d: Date) => d.getHours();\n', 'renderer/src/zone-probe.ts')).toEqual([]);
  });
});
