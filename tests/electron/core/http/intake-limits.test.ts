/**
 * The intake API's budgets per token: new jobs, body bytes and requests. A looping caller is held
 * to them with 429 + Retry-After; retries that find their job are not starved by the job budget.
 * The clock is injected and frozen, so "per minute" never depends on how fast the test runs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../../electron/core/http/intake-rate-limit';
import { IntakeLimitsSchema } from '../../../../shared/schemas/settings';
import type { IntakeLimits } from '../../../../shared/schemas/settings';
import { intakeJob as job, startIntake } from './intake-support';
import type { IntakeTestServer } from './intake-support';

let t: IntakeTestServer;
let now = 0;
afterEach(async () => {
  await t?.close();
});

const roomy: IntakeLimits = { jobsPerMinute: 600, jobBurst: 1000, requestsPerMinute: 10_000, kibPerMinute: 100_000, kibBurst: 100_000 };

async function start(limits: Partial<IntakeLimits>) {
  now = 0;
  let current: IntakeLimits = { ...roomy, ...limits };
  t = await startIntake({ limits: () => current, now: () => now });
  return { set: (next: Partial<IntakeLimits>) => (current = { ...current, ...next }) };
}

const statuses = async (bodies: unknown[]) => {
  const out: number[] = [];
  for (const body of bodies) out.push((await t.post(body)).status);
  return out;
};

describe('intake limits', () => {
  it('holds new jobs to the burst, then the per-minute rate; retries of created jobs still get 200', async () => {
    await start({ jobsPerMinute: 60, jobBurst: 5 });
    expect(await statuses(Array.from({ length: 5 }, (_, i) => job({ externalRef: `L-${i}` })))).toEqual([201, 201, 201, 201, 201]);
    const limited = await t.post(job({ externalRef: 'L-5' }));
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('1');
    expect(JSON.parse(limited.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/Too many new jobs.*Wait 1 s/) } });
    // A retry that finds its job spends no job budget.
    expect(await statuses([job({ externalRef: 'L-0' }), job({ externalRef: 'L-4' })])).toEqual([200, 200]);
    expect((await t.onDisk()).jobs).toHaveLength(5);
    now += 1000;
    expect((await t.post(job({ externalRef: 'L-5' }))).status).toBe(201);
    expect((await t.post(job({ externalRef: 'L-6' }))).status).toBe(429);
  });

  it('holds body bytes to their burst and rate, counting what was really sent', async () => {
    await start({ kibPerMinute: 60, kibBurst: 64 });
    // About 20 KB each: a 10,000-character description and notes.
    const big = (ref: string) => job({ externalRef: ref, description: 'x'.repeat(10_000), notes: 'y'.repeat(10_000) });
    expect(await statuses([big('B-1'), big('B-2'), big('B-3')])).toEqual([201, 201, 201]);
    const limited = await t.post(big('B-4'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(1);
    expect(JSON.parse(limited.body).error.message).toMatch(/Too many bytes/);
    expect((await t.onDisk()).jobs).toHaveLength(3);
    // Small bodies still fit in what is left.
    expect((await t.post(job({ externalRef: 'S-1' }))).status).toBe(201);
  });

  it('bounds requests of any kind, retries and refusals included', async () => {
    await start({ requestsPerMinute: 3 });
    await t.post(job({ externalRef: 'R-1' }));
    expect(await statuses([job({ externalRef: 'R-1' }), 'not json'])).toEqual([200, 400]);
    const limited = await t.post(job({ externalRef: 'R-1' }));
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('20');
    expect(limited.headers.connection).toBe('close');
  });

  it('reads the limits on every request: a changed setting applies at once', async () => {
    const limits = await start({ jobBurst: 1, jobsPerMinute: 1 });
    expect(await statuses([job({ externalRef: 'C-1' }), job({ externalRef: 'C-2' })])).toEqual([201, 429]);
    limits.set({ jobsPerMinute: 60_000 });
    now += 1;
    expect((await t.post(job({ externalRef: 'C-2' }))).status).toBe(201);
  });

  it('with the default limits, a loop of 260 new jobs at one instant creates exactly the burst of 200', async () => {
    const defaults = IntakeLimitsSchema.parse({});
    await start(defaults);
    const codes: number[] = [];
    for (let i = 0; i < 260; i += 20) {
      codes.push(...(await Promise.all(Array.from({ length: 20 }, (_, k) => t.post(job({ externalRef: `D-${i + k}` })).then((r) => r.status)))));
    }
    expect(codes.filter((c) => c === 201)).toHaveLength(defaults.jobBurst);
    expect(codes.filter((c) => c === 429)).toHaveLength(260 - defaults.jobBurst);
    expect((await t.onDisk()).jobs).toHaveLength(defaults.jobBurst);
  });
});

describe('createRateLimiter', () => {
  it('allows a burst, then refills at the sustained rate, per key; spends and gives back amounts', () => {
    let clock = 0;
    const limiter = createRateLimiter({ perSecond: 200, burst: 1000 }, () => clock);
    for (let i = 0; i < 1000; i++) expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take('b').ok).toBe(true);
    clock += 50; // 10 tokens
    for (let i = 0; i < 10; i++) expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b', 999)).toEqual({ ok: true });
    expect(limiter.take('b', 5)).toEqual({ ok: false, retryAfterSeconds: 1 });
    limiter.give('b', 400);
    expect(limiter.take('b', 400)).toEqual({ ok: true });
  });
});
