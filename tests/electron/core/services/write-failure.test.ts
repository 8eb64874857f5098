/**
 * Services on a disk that fails: an answer of "already exists" or a job in the queue is only ever
 * about what is on disk. Real core, real store, the file system failing on cue.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import { createCore, type Core } from '../../../../electron/core/create-core';
import { parseIntakeJob, type IntakeJob } from '../../../../electron/core/services/intake/intake-schema';
import { faultyFs, type FaultyFs } from '../store/support/faulty-fs';
import { jobInput, quietLog } from '../support/harness';
import { readCommittedDocument } from '../../../../electron/core/store/read-committed';

let root: string;
let core: Core;
let fs: FaultyFs;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dispatch-failing-disk-'));
  fs = faultyFs();
  core = await createCore({ dataDir: join(root, 'data'), host: 'headless', version: '0.0.0-test', log: quietLog, timeZone: 'UTC', fs });
  await core.services.archive.whenIdle();
  const client = await core.call('clients:create', { name: 'Harbour Dental Practice', contract: { type: 'managed', hourlyRateMinor: 9000 }, slaTier: 'standard' });
  if (!client.ok) throw new Error(client.error.message);
});
afterEach(async () => {
  fs.heal();
  await core.close();
  await rm(root, { recursive: true, force: true });
});

const body = (externalRef: string): IntakeJob => {
  const parsed = parseIntakeJob({ client: 'Harbour Dental Practice', title: 'Server down', priority: 'P1', category: 'hardware', externalRef });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
};

async function onDisk(): Promise<DispatchDocument> {
  return (await readCommittedDocument(join(root, 'data'))) as DispatchDocument;
}

describe('intake on a full disk', () => {
  it('a retry after a failed write is not told "already exists" for a job that is not on disk', async () => {
    fs.fail('write', 'ENOSPC', 'dispatch.');
    await expect(core.services.intake.submit(body('TCK-1'))).rejects.toMatchObject({ code: 'ENOSPC' });
    // The caller got 503 and sends it again; the disk is still full.
    await expect(core.services.intake.submit(body('TCK-1'))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect((await onDisk()).jobs).toEqual([]);

    fs.heal();
    const retried = await core.services.intake.submit(body('TCK-1'));
    expect(retried.created).toBe(true);
    expect((await onDisk()).jobs.map((j) => j.externalRef)).toEqual(['TCK-1']);
  });

  it('a duplicate of a job whose write is still running waits for that write, and fails with it', async () => {
    fs.fail('fsync', 'EIO', 'dispatch.');
    const held = fs.hold();
    const original = core.services.intake.submit(body('TCK-2'));
    original.catch(() => undefined);
    await held.reached;
    const duplicate = core.services.intake.submit(body('TCK-2'));
    duplicate.catch(() => undefined);
    held.release();
    await expect(original).rejects.toMatchObject({ code: 'EIO' });
    await expect(duplicate).rejects.toMatchObject({ code: 'EIO' });
    expect((await onDisk()).jobs).toEqual([]);
  });

  it('a duplicate of a job being written is answered once that write is on disk', async () => {
    const first = core.services.intake.submit(body('TCK-3'));
    const second = core.services.intake.submit(body('TCK-3'));
    const [a, b] = await Promise.all([first, second]);
    expect([a.created, b.created]).toEqual([true, false]);
    expect(b.job.id).toBe(a.job.id);
    expect((await onDisk()).jobs.map((j) => j.id)).toEqual([a.job.id]);
  });
});

describe('jobs:create on a full disk', () => {
  it('answers "not saved", and the job is not in memory, in the queue, or in the next save', async () => {
    fs.fail('write', 'ENOSPC', 'dispatch.');
    const failed = await core.call('jobs:create', jobInput({ clientId: core.store.read().clients[0]!.id, siteId: null, contactId: null, title: 'Lost' }));
    expect(failed.ok).toBe(false);
    expect(core.store.read().jobs).toEqual([]);
    const queue = await core.call('queue:list', {});
    if (!queue.ok) throw new Error(queue.error.message);
    expect(JSON.stringify(queue.value)).not.toContain('Lost');

    fs.heal();
    const saved = await core.call('jobs:create', jobInput({ clientId: core.store.read().clients[0]!.id, siteId: null, contactId: null, title: 'Kept' }));
    expect(saved.ok).toBe(true);
    expect((await onDisk()).jobs.map((j) => j.title)).toEqual(['Kept']);
  });
});
