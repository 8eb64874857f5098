import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../../../../shared/schemas/document';
import { IntakeLimitError } from '../../../../../electron/core/services/intake/intake';
import { parseIntakeJob } from '../../../../../electron/core/services/intake/intake-schema';
import type { IntakeJob } from '../../../../../electron/core/services/intake/intake-schema';
import { createHarness, fixtureDocument } from '../../support/harness';

/** The intake announces a batch of new jobs on the next turn of the event loop. */
const tick = () => new Promise((resolve) => setImmediate(resolve));

const body = (overrides: Record<string, unknown> = {}): IntakeJob => {
  const parsed = parseIntakeJob({ client: 'Harbour Dental Practice', title: 'Server down', priority: 'P1', category: 'hardware', ...overrides });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
};

describe('parseIntakeJob', () => {
  it('fills defaults and normalises priority and category spelling', () => {
    expect(body({ priority: ' p2 ', category: 'Network' })).toMatchObject({
      priority: 'P2',
      category: 'network',
      description: '',
      requiredSkills: [],
      estimateMinutes: 60,
      notes: '',
    });
  });

  it('lists every bad field, unknown ones by name', () => {
    const parsed = parseIntakeJob({ client: ' ', title: '', priority: 'P9', category: 'hardware', priorty: 'P1', estimateMinutes: 2 });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.path).sort()).toEqual(['client', 'estimateMinutes', 'priority', 'priorty', 'title']);
    expect(parsed.issues.find((i) => i.path === 'priorty')?.message).toBe('unknown field');
  });

  it('refuses a body that is not an object', () => {
    for (const bad of [null, [], 'job', 42]) {
      expect(parseIntakeJob(bad)).toEqual({ ok: false, issues: [{ path: '(root)', message: 'expected a JSON object describing the job' }] });
    }
  });
});

describe('intake service', () => {
  it('resolves the client by name (any case, trimmed) and site and contact within it, as intake:api', async () => {
    const h = createHarness();
    const { job, created } = await h.services.intake.submit(
      body({ client: '  harbour DENTAL practice ', site: 'main surgery', contact: 'p1', externalRef: 'TCK-1' }),
    );
    expect(created).toBe(true);
    expect(job).toMatchObject({ clientId: 'c1', siteId: 's1', contactId: 'p1', externalRef: 'TCK-1', status: 'new', number: 'J-1001' });
    expect(job.responseDueAt).not.toBeNull();
    expect(job.history).toEqual([expect.objectContaining({ by: 'intake:api', action: 'created' })]);
    await tick();
    expect(h.events.at(-1)).toMatchObject({ name: 'jobs:changed', payload: { ids: [job.id] } });
    expect(validateDocument(h.doc()).ok).toBe(true);
  });

  it('accepts the client id as well', async () => {
    const h = createHarness();
    expect((await h.services.intake.submit(body({ client: 'c2' }))).job.clientId).toBe('c2');
  });

  it('refuses an unknown client, or a site of another client, naming it, and writes nothing', async () => {
    const h = createHarness();
    await h.unchanged(async () => {
      await expect(h.services.intake.submit(body({ client: 'Acme Ltd' }))).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: 'There is no client with the id or name "Acme Ltd".',
        issues: [{ path: 'client' }],
      });
      await expect(h.services.intake.submit(body({ site: 'Head office' }))).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: 'There is no site of Harbour Dental Practice with the id or name "Head office".',
      });
    });
  });

  it('refuses a name two clients share, asking for the id', async () => {
    const doc = fixtureDocument();
    doc.clients.push({ ...doc.clients[0]!, id: 'c3', name: 'HARBOUR dental practice' });
    const h = createHarness({ doc });
    await expect(h.services.intake.submit(body())).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/2 clients are named/) });
  });

  it('refuses a receivedAt in the future', async () => {
    const h = createHarness();
    await expect(h.services.intake.submit(body({ receivedAt: '2026-11-25T11:00:00Z' }))).rejects.toMatchObject({
      code: 'BAD_INPUT',
      issues: [{ path: 'receivedAt' }],
    });
  });

  it('refuses a receivedAt more than 7 days ago, and accepts one just inside', async () => {
    const h = createHarness();
    await h.refused(() =>
      expect(h.services.intake.submit(body({ receivedAt: '2026-11-18T09:59:00Z' }))).rejects.toMatchObject({
        code: 'BAD_INPUT',
        message: expect.stringMatching(/more than 7 days ago/),
        issues: [{ path: 'receivedAt', message: 'is more than 7 days ago' }],
      }),
    );
    expect((await h.services.intake.submit(body({ receivedAt: '2026-11-18T10:01:00Z' }))).job.receivedAt).toBe('2026-11-18T10:01:00.000Z');
  });

  it('refuses a year-0001 receivedAt and titles with line breaks or nothing visible, naming the field', () => {
    expect(parseIntakeJob({ ...body(), receivedAt: '0001-01-01T00:00:00Z' })).toMatchObject({ ok: false, issues: [{ path: 'receivedAt' }] });
    for (const title of ['Server\ndown', 'Server\r\ndown', 'Tab\there', '\u200B\u200B', ' \u200D\uFEFF\u00A0 ', '\u0007', '\u2028']) {
      const parsed = parseIntakeJob({ ...body(), title });
      expect(parsed.ok ? [] : parsed.issues.map((i) => i.path), JSON.stringify(title)).toContain('title');
    }
    expect(parseIntakeJob({ ...body(), title: '  Café printer — 2nd floor ' })).toMatchObject({ ok: true, value: { title: 'Café printer — 2nd floor' } });
  });

  it("refuses with CONFLICT, writing nothing, when the externalRef belongs to another client's job", async () => {
    const h = createHarness();
    await h.services.intake.submit(body({ externalRef: 'SHARED-1' }));
    const error = await h.refused(() => h.services.intake.submit(body({ client: 'c2', externalRef: 'SHARED-1' })).catch((e: unknown) => e));
    expect(error).toMatchObject({ code: 'CONFLICT', issues: [{ path: 'externalRef' }] });
    expect(JSON.stringify(error)).not.toContain('J-');
  });

  it('asks admit only before creating: a refusal creates nothing, a retry of an existing job is not asked', async () => {
    const h = createHarness();
    let asked = 0;
    const admit = (answer: boolean) => () => (asked++, answer);
    await h.services.intake.submit(body({ externalRef: 'A-1' }), 'api', admit(true));
    expect(asked).toBe(1);
    // A-1's announcement goes out on the next turn; let it, so the window below sees only the refusal.
    await new Promise((resolve) => setImmediate(resolve));
    await h.refused(() => expect(h.services.intake.submit(body({ externalRef: 'A-2' }), 'api', admit(false))).rejects.toBeInstanceOf(IntakeLimitError));
    expect((await h.services.intake.submit(body({ externalRef: 'A-1' }), 'api', admit(false))).created).toBe(false);
    expect(asked).toBe(2);
  });

  it('returns the existing job for a repeated externalRef, without writing', async () => {
    const h = createHarness();
    const first = await h.services.intake.submit(body({ externalRef: 'MON-77' }));
    const again = await h.unchanged(() => h.services.intake.submit(body({ externalRef: 'MON-77', title: 'Different words' })));
    expect(again).toEqual({ job: first.job, created: false });
  });

  it('creates simultaneous requests in one write, numbered in arrival order; one refused fails alone', async () => {
    const h = createHarness();
    const before = h.store.commits;
    const refs = Array.from({ length: 20 }, (_, i) => `BATCH-${i}`);
    const calls = refs.map((ref, i) => h.services.intake.submit(body({ externalRef: ref }), 'api', () => i !== 7));
    const settled = await Promise.allSettled(calls);
    expect(h.store.commits - before).toBe(1);
    expect(settled[7]).toMatchObject({ status: 'rejected', reason: expect.any(IntakeLimitError) });
    const jobs = settled.filter((r) => r.status === 'fulfilled').map((r) => r.value.job);
    expect(jobs.map((j) => j.externalRef)).toEqual(refs.filter((_, i) => i !== 7));
    const numbers = jobs.map((j) => Number(j.number.replace(/\D/g, '')));
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
    expect(h.store.read().jobs.filter((j) => j.externalRef?.startsWith('BATCH-'))).toEqual(jobs);
  });

  it('creates exactly one job for 50 simultaneous calls with the same externalRef', async () => {
    const h = createHarness();
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => h.services.intake.submit(body({ externalRef: 'STORM-1' }))));
    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
    expect(new Set(outcomes.map((o) => o.job.id)).size).toBe(1);
    expect(h.doc().jobs).toHaveLength(1);
    await tick();
    expect(h.events.filter((e) => e.name === 'jobs:changed')).toHaveLength(1);
  });

  it('announces the jobs of one burst together, after they are written', async () => {
    const h = createHarness();
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => h.services.intake.submit(body({ externalRef: `B-${i}` }))));
    expect(h.events).toHaveLength(0);
    await tick();
    const announced = h.events.filter((e) => e.name === 'jobs:changed');
    expect(announced.length).toBeLessThan(20);
    expect(announced.flatMap((e) => (e.payload as { ids: string[] }).ids).sort()).toEqual(outcomes.map((o) => o.job.id).sort());
    expect(announced.every((e) => e.commitsAtPublish >= 1)).toBe(true);
  });

  it('regenerates the intake token and announces the settings change', async () => {
    const h = createHarness();
    const before = h.doc().settings.intake.token;
    const settings = await h.value('intake:rotate', {});
    expect(settings.intake.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(settings.intake.token).not.toBe(before);
    expect(h.events.at(-1)?.name).toBe('settings:changed');
  });

  it('generates a token the first time intake is enabled, and keeps it after', async () => {
    const h = createHarness();
    const on = await h.value('settings:set', { intake: { ...h.doc().settings.intake, enabled: true } });
    expect(on.intake.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const moved = await h.value('settings:set', { intake: { ...on.intake, port: 5000 } });
    expect(moved.intake.token).toBe(on.intake.token);
  });
});
