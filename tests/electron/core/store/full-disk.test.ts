/**
 * A really full disk: a 512 KiB tmpfs filled to the last byte. Needs `mount` (root); where that is
 * not allowed the test skips itself and says why. The store and intake must refuse, keep nothing of
 * the refused changes, and work again once there is room.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, open as openFile, readFile, rm, rmdir, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/create-core';
import { parseIntakeJob } from '../../../../electron/core/services/intake/intake-schema';
import { openStore } from '../../../../electron/core/store/open-store';
import { quietLog } from '../support/harness';
import { testOptions, type TestDoc } from './support/test-doc';

const mountPoint = await mkdtemp(join(tmpdir(), 'dispatch-full-disk-'));
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', mountPoint], { encoding: 'utf8' });
const canMount = mounted.status === 0;
if (!canMount) {
  console.log(`full-disk test skipped: cannot mount a tmpfs here (${(mounted.stderr || mounted.error?.message || `exit ${mounted.status}`).trim()}); run as root to include it`);
}

afterAll(async () => {
  if (canMount) spawnSync('umount', [mountPoint]);
  await rmdir(mountPoint).catch(() => undefined);
});

/** Fill the disk to the last byte with `filler`; returns a function that frees it again. */
async function fill(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, 'filler');
  const handle = await openFile(path, 'w');
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) await handle.write(chunk);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
  } finally {
    await handle.close();
  }
  return () => unlink(path);
}

const item = (id: string) => (doc: TestDoc) => void doc.items.push({ id, title: `Job ${id} ${'x'.repeat(2000)}`, zone: null });

describe.skipIf(!canMount)('on a full disk (tmpfs)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(mountPoint, 'store-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses changes without keeping them, and saves again once there is room', async () => {
    const store = await openStore(testOptions(join(dir, 'data')));
    await store.mutate(item('kept'));
    const free = await fill(dir);
    await expect(store.mutate(item('refused-1'))).rejects.toMatchObject({ code: 'ENOSPC' });
    await expect(store.mutate(item('refused-2'))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(store.read().items.map((i) => i.id)).toEqual(['kept']);

    await free();
    await store.mutate(item('later'));
    const onDisk = JSON.parse(await readFile(join(dir, 'data', 'dispatch.json'), 'utf8')) as TestDoc;
    expect(onDisk.items.map((i) => i.id)).toEqual(['kept', 'later']);
    await store.close();
  });

  it('intake: a retry after 503 is not told the job exists while it is not on disk', async () => {
    const data = join(dir, 'core');
    const core = await createCore({ dataDir: data, host: 'headless', version: '0.0.0-test', log: quietLog, timeZone: 'UTC' });
    try {
      await core.services.archive.whenIdle();
      const client = await core.call('clients:create', { name: 'Harbour Dental Practice', contract: { type: 'managed', hourlyRateMinor: 9000 }, slaTier: 'standard' });
      if (!client.ok) throw new Error(client.error.message);
      const parsed = parseIntakeJob({ client: 'Harbour Dental Practice', title: 'Server down', priority: 'P1', category: 'hardware', externalRef: 'TCK-9', notes: 'n'.repeat(4000) });
      if (!parsed.ok) throw new Error('bad body');
      const free = await fill(dir);
      await expect(core.services.intake.submit(parsed.value)).rejects.toMatchObject({ code: 'ENOSPC' });
      await expect(core.services.intake.submit(parsed.value)).rejects.toMatchObject({ code: 'ENOSPC' });
      await free();
      expect((await core.services.intake.submit(parsed.value)).created).toBe(true);
      const onDisk = JSON.parse(await readFile(join(data, 'dispatch.json'), 'utf8')) as { jobs: { externalRef: string }[] };
      expect(onDisk.jobs.map((j) => j.externalRef)).toEqual(['TCK-9']);
    } finally {
      await core.close();
    }
  });
});
