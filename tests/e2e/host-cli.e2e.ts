/**
 * The headless host's command line and lifecycle, run as a real process (no browser needed).
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from './fixtures';
import { HOST_JS, spawnHost, waitForReady } from './host-process';
import { readCommittedDocument } from '../../electron/core/store/read-committed';

test('--help prints the usage and exits 0', async () => {
  const proc = spawnHost(['--help']);
  expect((await proc.exited).code).toBe(0);
  expect(proc.stdout()).toContain('Usage: node out/main/host.js');
  expect(proc.stdout()).toContain('--sample');
});

for (const [args, message] of [
  [['--port', 'abc'], '--port must be a number'],
  [['--port', '70000'], '--port must be a number'],
  [['--bogus'], "Unknown option '--bogus'"],
  [['--token', 'short'], '--token must be'],
  [['stray'], 'Unexpected argument'],
  [['--now', '2026-12-06 09:30'], '--now must be an ISO 8601 instant'],
  [['--time-zone', 'Europe/Nowhere'], '--time-zone must be an IANA time zone'],
] as const) {
  test(`a bad command line (${args.join(' ')}) exits 2 with a clear message`, async () => {
    const proc = spawnHost(args);
    expect((await proc.exited).code).toBe(2);
    expect(proc.stderr()).toContain(message);
    expect(proc.stderr()).toContain('Usage:');
  });
}

test('a second host on the same data folder exits 1 with the store message; the first keeps working', async ({ host }) => {
  const second = spawnHost(['--data', host.dataDir, '--port', '0']);
  expect((await second.exited).code).toBe(1);
  expect(second.stderr()).toMatch(/already in use by process \d+/);
  expect(second.stdout()).not.toContain('ready at');
  expect((await host.call('app:info', {})).ok).toBe(true);
});

test('a port already taken exits 1 and says how to pick another', async ({ host }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'dispatch-e2e-'));
  try {
    const second = spawnHost(['--data', dataDir, '--port', new URL(host.baseUrl).port]);
    expect((await second.exited).code).toBe(1);
    expect(second.stderr()).toContain('is already in use');
    expect(second.stderr()).toContain('--port');
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('a host without its renderer build exits 1 and says to build', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dispatch-e2e-'));
  try {
    // out/main alone, without the out/renderer beside it.
    await cp(dirname(HOST_JS), join(dir, 'main'), { recursive: true });
    const proc = spawnHost(['--data', join(dir, 'data'), '--port', '0'], join(dir, 'main', 'host.js'));
    expect((await proc.exited).code).toBe(1);
    expect(proc.stderr()).toContain('The renderer build was not found');
    expect(proc.stderr()).toContain('npm run build');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('SIGTERM flushes, releases the folder and exits 0', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'dispatch-e2e-'));
  try {
    const first = spawnHost(['--data', dataDir, '--port', '0']);
    const ready = await waitForReady(first);
    // The generated token is 32 random bytes, base64url.
    expect(ready.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const created = await fetch(`${ready.baseUrl}/api/invoke`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ready.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel: 'clients:create', input: { name: 'Kept', contract: { type: 'managed', hourlyRateMinor: 0 }, slaTier: 'standard' } }),
    });
    expect(((await created.json()) as { ok: boolean }).ok).toBe(true);
    expect(await first.stop()).toEqual({ code: 0, signal: null });
    expect(first.stderr()).toBe('');
    const onDisk = (await readCommittedDocument(dirname(ready.dataFile))) as { clients: { name: string }[] };
    expect(onDisk.clients.map((c) => c.name)).toContain('Kept');

    // The lock is gone: another host opens the same folder.
    const again = spawnHost(['--data', dataDir, '--port', '0']);
    await waitForReady(again);
    expect((await again.stop()).code).toBe(0);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('listening beyond loopback prints a warning; the printed URL is still the local one', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'dispatch-e2e-'));
  try {
    const proc = spawnHost(['--data', dataDir, '--port', '0', '--host', '0.0.0.0']);
    const ready = await waitForReady(proc, { allowStderr: true });
    expect(proc.stderr()).toContain('WARNING');
    expect(proc.stderr()).toContain('reachable from the network');
    expect(ready.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await proc.stop()).code).toBe(0);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});

test.describe('with --sample', () => {
  test.use({ hostOptions: { sample: true } });

  test('an empty folder gets the sample shop', async ({ host }) => {
    expect(host.output()).toMatch(/Loaded the sample shop: \d+ clients, \d+ technicians, \d+ jobs\./);
    const status = await host.call('data:status', {});
    expect(status.ok && status.value.empty).toBe(false);
    const data = await host.readDataFile();
    expect(data.jobs.length).toBeGreaterThan(0);
  });
});

test('DISPATCH_FIXED_NOW and --time-zone: the sample shop is booked on the pinned day, with a warning on stdout only', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'dispatch-e2e-'));
  const proc = spawnHost(['--data', dataDir, '--port', '0', '--sample', '--time-zone', 'America/New_York'], HOST_JS, {
    DISPATCH_FIXED_NOW: '2026-11-01T14:30:00Z',
  });
  try {
    const ready = await waitForReady(proc);
    expect(proc.stdout()).toContain('WARNING: the clock is pinned: it started at 2026-11-01T14:30:00.000Z');
    const doc = (await readCommittedDocument(dirname(ready.dataFile))) as { settings: { timeZone: string }; jobs: { receivedAt: string; assignment: { start: string } | null }[] };
    expect(doc.settings.timeZone).toBe('America/New_York');
    // Booked on the pinned Sunday (New York), received before the pinned instant.
    const days = new Set(doc.jobs.flatMap((j) => (j.assignment ? [new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date(j.assignment.start))] : [])));
    expect(days).toContain('2026-11-01');
    expect(doc.jobs.every((j) => Date.parse(j.receivedAt) <= Date.parse('2026-11-01T14:31:00Z'))).toBe(true);
  } finally {
    expect((await proc.stop()).code).toBe(0);
    expect(proc.stderr()).toBe('');
    await rm(dataDir, { recursive: true, force: true });
  }
});
