/**
 * The calendar feed route on the real headless transport over a real core: what opens a feed, and
 * every way a request is refused (docs/security.md, "Calendar feeds").
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/create-core';
import { createCalendarFeedRoute, FEED_LIMITS } from '../../../../electron/core/http/calendar-feed-route';
import { createIntakeRoute } from '../../../../electron/core/http/intake-route';
import { parseIcs } from '../services/calendar/parse-ics';
import { invokeRaw, rawRequest, startTestServer, TOKEN } from './test-server';
import type { TestServer } from './test-server';

const INTAKE_TOKEN = 'intake-token-0123456789abcdef';
let t: TestServer | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

/** A server with two technicians (Alex booked tomorrow) and a clock the rate limiter reads. */
async function start() {
  let core: Core | null = null;
  let clock = 1_000_000;
  const live = () => {
    if (!core) throw new Error('not started');
    return core;
  };
  const feed = createCalendarFeedRoute({
    authorize: (id, token) => live().services.calendar.authorize(id, token),
    feed: (id, range) => live().services.calendar.feed(id, range),
    now: () => clock,
  });
  const intake = createIntakeRoute({ submit: (input, admit) => live().services.intake.submit(input, 'api', admit), token: () => INTAKE_TOKEN });
  t = await startTestServer({ routes: [intake, feed] });
  core = t.core;
  const call = async <T>(channel: Parameters<Core['call']>[0], input: unknown): Promise<T> => {
    const result = await t!.core.call(channel, input as never);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  const hours = [{ days: [0, 1, 2, 3, 4, 5, 6], start: '00:00', end: '24:00' }];
  const tech = { skills: [], zone: '', colour: '#1f5f9e', workingHours: hours, dailyCapacityHours: 8 };
  const alex = await call<{ id: string }>('technicians:create', { name: 'Alex Chen', ...tech });
  const sam = await call<{ id: string }>('technicians:create', { name: 'Sam Okoro', ...tech });
  const client = await call<{ id: string }>('clients:create', { name: 'Harbour Dental', contract: { type: 'managed', hourlyRateMinor: 9000 }, slaTier: 'standard' });
  const job = await call<{ id: string; revision: number }>('jobs:create', { clientId: client.id, title: 'Server down', category: 'hardware', priority: 'P2', estimateMinutes: 60 });
  const start = new Date(Date.now() + 86_400_000);
  start.setUTCHours(9, 0, 0, 0);
  await call('schedule:assign', { jobId: job.id, technicianId: alex.id, start: start.toISOString(), expectedRevision: job.revision });
  const issue = async (id: string) => (await call<{ path: string }>('calendar:issue', { technicianId: id })).path;
  return { alex: alex.id, sam: sam.id, job: job.id, issue, tick: (ms: number) => (clock += ms), get: (path: string, headers: Record<string, string> = {}, method = 'GET') => rawRequest(t!.port, { method, path, headers: { Host: `127.0.0.1:${t!.port}`, ...headers } }) };
}

const tokenOf = (path: string) => new URLSearchParams(path.split('?')[1]).get('token') ?? '';
const feedOf = (id: string, token: string, extra = '') => `/api/v1/calendars/${id}.ics?token=${encodeURIComponent(token)}${extra}`;

describe('GET /api/v1/calendars/<technician>.ics', () => {
  it('serves the technician’s bookings as text/calendar that ical.js reads, never cached', async () => {
    const s = await start();
    const res = await s.get(await s.issue(s.alex));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store, private');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const events = parseIcs(res.body).events;
    expect(events.map((e) => e.uid)).toEqual([`${s.job}.visit-1@dispatch-console`]);
    expect(events[0]?.summary).toMatch(/^J-\d+ Harbour Dental: Server down$/);
  });

  it('refuses a missing, wrong, revoked, replaced or other technician’s token with the same 403', async () => {
    const s = await start();
    const first = tokenOf(await s.issue(s.alex));
    const replaced = tokenOf(await s.issue(s.alex));
    const samToken = tokenOf(await s.issue(s.sam));
    const refusals = [
      `/api/v1/calendars/${s.alex}.ics`,
      feedOf(s.alex, ''),
      feedOf(s.alex, 'x'.repeat(43)),
      feedOf(s.alex, first),
      feedOf(s.alex, samToken),
      feedOf('no-such-technician', replaced),
      // The console's session token and the intake token open no feed.
      feedOf(s.alex, TOKEN),
      feedOf(s.alex, INTAKE_TOKEN),
    ];
    const bodies = new Set<string>();
    for (const path of refusals) {
      const res = await s.get(path);
      expect(res.status, path).toBe(403);
      bodies.add(res.body);
    }
    expect(bodies.size).toBe(1);
    expect((await s.get(feedOf(s.alex, replaced))).status).toBe(200);
    await t!.core.call('calendar:revoke', { technicianId: s.alex });
    expect((await s.get(feedOf(s.alex, replaced))).status).toBe(403);
    // Sam's feed still works; an inactive technician's does not.
    expect((await s.get(feedOf(s.sam, samToken))).status).toBe(200);
    await t!.core.call('technicians:update', { id: s.sam, patch: { active: false } });
    expect((await s.get(feedOf(s.sam, samToken))).status).toBe(403);
  });

  it('is accepted on no other route: a feed token is not a session or intake token', async () => {
    const s = await start();
    const token = tokenOf(await s.issue(s.alex));
    expect((await invokeRaw(t!.port, { channel: 'calendar:feeds', input: {} }, { Authorization: `Bearer ${token}` })).status).toBe(401);
    const intake = await rawRequest(t!.port, {
      method: 'POST',
      path: '/api/v1/jobs',
      headers: { Host: `127.0.0.1:${t!.port}`, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ client: 'Harbour Dental', title: 'Nope', priority: 'P1', category: 'hardware' }),
    });
    expect(intake.status).toBe(401);
    expect((await s.get(`/api/invoke?token=${token}`)).status).toBe(405);
  });

  it('answers GET only', async () => {
    const s = await start();
    const path = await s.issue(s.alex);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']) {
      const res = await s.get(path, {}, method);
      expect(res.status, method).toBe(405);
      expect(res.headers['allow']).toBe('GET');
    }
  });

  it('refuses huge, backwards, half-given and malformed ranges, repeated tokens and unknown parameters', async () => {
    const s = await start();
    const path = await s.issue(s.alex);
    for (const extra of ['&from=2026-01-01&to=2027-06-30', '&from=2000-01-01&to=2099-12-31', '&from=2026-12-10&to=2026-12-01', '&from=2026-12-01', '&from=2026-13-01&to=2026-12-31', '&from=1999-12-31&to=2000-01-01', `&token=${tokenOf(path)}`, '&format=json']) {
      const res = await s.get(`${path}${extra}`);
      expect(res.status, extra).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect((await s.get(`${path}&from=2026-01-01&to=2026-12-31`)).status).toBe(200);
    expect((await s.get('/api/v1/calendars/a/b.ics')).status).toBe(404);
  });

  it('refuses a foreign Origin and a foreign Host', async () => {
    const s = await start();
    const path = await s.issue(s.alex);
    expect((await s.get(path, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await s.get(path, { Host: 'evil.example' })).status).toBe(403);
  });

  it('limits requests per address, guesses included, and reads per feed, with Retry-After', async () => {
    const s = await start();
    const good = await s.issue(s.alex);
    for (let i = 0; i < FEED_LIMITS.perFeed.burst; i++) expect((await s.get(good)).status).toBe(200);
    const perFeed = await s.get(good);
    expect(perFeed.status).toBe(429);
    expect(Number(perFeed.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // The rest of the address's budget goes on guesses, then even guesses are held back.
    const left = FEED_LIMITS.perAddress.burst - FEED_LIMITS.perFeed.burst - 1;
    for (let i = 0; i < left; i++) expect((await s.get(feedOf(s.alex, `guess-${i}`))).status).toBe(403);
    const held = await s.get(feedOf(s.alex, 'one-more-guess'));
    expect(held.status).toBe(429);
    s.tick(60_000);
    expect((await s.get(good)).status).toBe(200);
  });
});
