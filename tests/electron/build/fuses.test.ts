/**
 * The fuses electron-builder flips in the packaged binary, read from electron-builder.yml the way
 * electron-builder reads them, and checked against electron-builder's own schema so a misspelt
 * key (which electron-builder would ignore) fails here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from './build-to-temp';

type BuilderConfig = { asar?: boolean; electronFuses?: Record<string, unknown> };

const config = parse(readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const fuses = config.electronFuses ?? {};

describe('packaged app fuses (electron-builder.yml)', () => {
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['onlyLoadAppFromAsar', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['grantFileProtocolExtraPrivileges', false],
    ['enableCookieEncryption', true],
  ])('%s is %s', (name, value) => {
    expect(fuses[name]).toBe(value);
  });

  it('packs the app into app.asar, which the asar fuses need', () => {
    expect(config.asar).not.toBe(false);
  });

  it('uses only fuse names electron-builder knows', () => {
    const require = createRequire(join(projectRoot, 'package.json'));
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    const known = Object.keys(schema.definitions.FuseOptionsV1.properties);
    expect(Object.keys(fuses).filter((name) => !known.includes(name))).toEqual([]);
  });
});
