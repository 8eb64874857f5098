import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/create-core';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/schemas/document';
import { quietLog } from './support/harness';
import { readCommittedDocument } from '../../../electron/core/store/read-committed';

let dir: string;
const fixture = new URL('../../fixtures/migrations/v1-dispatch.json', import.meta.url);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dispatch-migrate-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('opens a version 1 data file: backs it up byte for byte, migrates, keeps every job', async () => {
  await copyFile(fixture, join(dir, 'dispatch.json'));
  const original = await readFile(fixture, 'utf8');
  const core = await createCore({ dataDir: dir, host: 'headless', version: 'test', log: quietLog, clock: { now: () => new Date('2026-11-26T09:00:00Z') } });
  try {
    const queue = await core.call('queue:list', {});
    expect(queue).toMatchObject({ ok: true, value: { jobs: [{ number: 'J-1002', status: 'on-hold' }] } });
    expect(await core.call('data:status', {})).toMatchObject({ ok: true, value: { recovery: null } });
    await core.store.flush();
    const onDisk = (await readCommittedDocument(dir)) as { schemaVersion: number; jobs: { number: string; revision: number }[] };
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(onDisk.jobs.map((j: { number: string; revision: number }) => [j.number, j.revision])).toEqual([
      ['J-1001', 1],
      ['J-1002', 1],
    ]);
    const backups = await readdir(join(dir, 'backups'));
    const preMigration = backups.filter((name) => name.startsWith('dispatch-pre-migration-'));
    expect(preMigration).toHaveLength(1);
    expect(await readFile(join(dir, 'backups', preMigration[0]!), 'utf8')).toBe(original);
  } finally {
    await core.close();
  }
});
