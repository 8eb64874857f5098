import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../../../electron/core/create-core';
import type { Core } from '../../../../../electron/core/create-core';
import { MACHINE_CONFIG_FILE } from '../../../../../electron/core/database/machine-config';
import { readFolderShop } from '../../../../../electron/core/database/folder-destination';
import { memorySecrets } from '../../support/memory-secrets';
import { quietLog } from '../../support/harness';

let root: string;
let core: Core;
let secrets: ReturnType<typeof memorySecrets>;
const connection = { host: 'db.shop.lan', port: 5432, database: 'dispatch', user: 'dispatch', tls: 'require' as const, caFile: null };

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'db-settings-'));
  secrets = memorySecrets();
  core = await createCore({ dataDir: join(root, 'data'), host: 'headless', version: '0.0.0-test', log: quietLog, secrets, clock: { now: () => new Date('2026-12-06T10:00:00Z') } });
});
afterEach(async () => {
  await core.close();
  await rm(root, { recursive: true, force: true });
});

async function value<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('Settings → Shared database', () => {
  it('starts on the data folder’s own file, nothing to restart', async () => {
    const view = await value(core.call('database:settings', {}));
    expect(view).toMatchObject({ use: 'file', connection: null, hasPassword: false, desk: '', dispatcher: '', restartNeeded: false, running: { kind: 'file' } });
  });

  it('keeps the connection in a file of this computer and the password only in the secret store', async () => {
    const view = await value(
      core.call('database:save', { use: 'database', connection: { ...connection, password: 'pa55-word!' }, desk: ' desk 2 ', dispatcher: 'Sam' }),
    );
    expect(view).toMatchObject({ use: 'database', connection, hasPassword: true, desk: 'desk 2', dispatcher: 'Sam', restartNeeded: true });
    expect(secrets.values.get('database-password')).toBe('pa55-word!');
    const file = await readFile(join(root, 'data', MACHINE_CONFIG_FILE), 'utf8');
    expect(JSON.parse(file)).toEqual({ version: 1, use: 'database', connection, desk: 'desk 2', dispatcher: 'Sam' });
    expect(file).not.toContain('pa55');
    // The shop's own data never holds it either.
    expect(JSON.stringify(core.store.read())).not.toContain('db.shop.lan');

    // Saving again without a password keeps the saved one; an empty one removes it.
    await value(core.call('database:save', { use: 'database', connection, desk: 'desk 2', dispatcher: 'Sam' }));
    expect(secrets.values.get('database-password')).toBe('pa55-word!');
    const cleared = await value(core.call('database:save', { use: 'file', connection: { ...connection, password: '' }, desk: '', dispatcher: '' }));
    expect(cleared).toMatchObject({ use: 'file', hasPassword: false, restartNeeded: false });
  });

  it('refuses bad input at the boundary', async () => {
    const bad = await core.call('database:save', { use: 'database', connection: null, desk: '', dispatcher: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const noCa = await core.call('database:test', { ...connection, tls: 'verify-full', caFile: null });
    expect(noCa).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/CA certificate/) } });
    const longDesk = await core.call('database:save', { use: 'file', connection: null, desk: 'x'.repeat(31), dispatcher: '' });
    expect(longDesk).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('"Test connection" answers in words when nothing listens there (an answer, not a failed call)', async () => {
    // A port that was free a moment ago: connecting to it is refused.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise((resolve) => server.close(resolve));
    const result = await value(core.call('database:test', { ...connection, host: '127.0.0.1', port, tls: 'disable', password: 'x' }));
    expect(result).toEqual({ ok: false, reason: 'unreachable', message: `Nothing answers at 127.0.0.1:${port}: is PostgreSQL running there, and listening on the network (listen_addresses)?` });
  });

  it('exports the running shop into a new folder, verified, and refuses a folder with data', async () => {
    await value(core.call('sample:load', {}));
    const target = join(root, 'exported');
    const done = await value(core.call('database:export', { folder: target }));
    expect(done.message).toMatch(/^Exported \d+ records to .*exported and checked every one/);
    expect((await readFolderShop(target)).document).toEqual(core.store.read());
    const again = await core.call('database:export', { folder: target });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/already holds shop data/) } });
    expect(await readdir(root)).toEqual(expect.arrayContaining(['data', 'exported']));
  });
});

describe('export folder', () => {
  it('must be a full path', async () => {
    const { DatabaseExportSchema } = await import('../../../../../shared/database/io');
    expect(DatabaseExportSchema.safeParse({ folder: 'relative/x' }).success).toBe(false);
    expect(DatabaseExportSchema.safeParse({ folder: '/srv/shop-copy' }).success).toBe(true);
    expect(DatabaseExportSchema.safeParse({ folder: 'C:\\Shop copy' }).success).toBe(true);
  });
});
