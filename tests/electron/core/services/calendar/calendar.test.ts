import { describe, expect, it } from 'vitest';
import { createHarness, NOW } from '../../support/harness';
import { archiveMonthsFor, createCalendarService } from '../../../../../electron/core/services/calendar/calendar';
import { bookedJob, makeCalendarFeed } from '../../../../support/factories';
import { hashFeedToken } from '../../../../../electron/core/services/calendar/feed-tokens';
import { parseIcs, wallTime } from './parse-ics';

/** A job booked on Alex (t1) at c1's surgery. */
const onAlex = (id: string, start: string, end: string, extra: Parameters<typeof bookedJob>[4] = {}) =>
  bookedJob(id, `J-${2000 + Number(id.replace(/\D/g, '') || 0)}`, start, end, { clientId: 'c1', siteId: 's1', contactId: 'p1', assignment: { technicianId: 't1', start, end }, ...extra });

function harnessWith(...jobs: ReturnType<typeof onAlex>[]) {
  const h = createHarness();
  h.store.edit((d) => void d.jobs.push(...jobs));
  return h;
}

describe('calendar export', () => {
  it('writes the bookings of the chosen shop days as an .ics that ical.js reads back, right across the spring-forward day', async () => {
    // London springs forward at 01:00 UTC on Sunday 29 March 2026.
    const h = harnessWith(
      onAlex('job-1', '2026-03-28T09:00:00.000Z', '2026-03-28T10:00:00.000Z'), // Sat 09:00 GMT
      onAlex('job-2', '2026-03-29T00:30:00.000Z', '2026-03-29T02:00:00.000Z'), // Sun 00:30 GMT → 03:00 BST
      onAlex('job-3', '2026-03-29T08:00:00.000Z', '2026-03-29T09:30:00.000Z'), // Sun 09:00 BST
      onAlex('job-4', '2026-03-29T22:30:00.000Z', '2026-03-29T23:00:00.000Z'), // Sun 23:30 BST, still the 29th
      onAlex('job-5', '2026-03-29T23:30:00.000Z', '2026-03-30T00:30:00.000Z'), // Mon 00:30 BST: the 30th
    );
    const result = await h.value('calendar:export', { technicianId: 't1', from: '2026-03-29', to: '2026-03-29' });
    if (result.outcome !== 'content') throw new Error(`expected content, got ${result.outcome}`);
    expect(result.fileName).toBe('bookings-alex-chen-2026-03-29-to-2026-03-29.ics');
    expect(result.events).toBe(3);
    const ics = parseIcs(result.content);
    expect(ics.name).toBe('Alex Chen: bookings (Dispatch Console)');
    expect(ics.timeZone).toBe('Europe/London');
    expect(ics.events.map((e) => [e.uid, e.start, e.end])).toEqual([
      ['job-2.visit-1@dispatch-console', '2026-03-29T00:30:00.000Z', '2026-03-29T02:00:00.000Z'],
      ['job-3.visit-1@dispatch-console', '2026-03-29T08:00:00.000Z', '2026-03-29T09:30:00.000Z'],
      ['job-4.visit-1@dispatch-console', '2026-03-29T22:30:00.000Z', '2026-03-29T23:00:00.000Z'],
    ]);
    // What the technician's phone shows in London: the wall-clock times the dispatcher booked.
    expect(ics.events.map((e) => `${wallTime(e.start, 'Europe/London')}-${wallTime(e.end, 'Europe/London')}`)).toEqual(['00:30-03:00', '09:00-10:30', '23:30-00:00']);
    // Every DTSTART/DTEND is UTC: no TZID that would need a VTIMEZONE.
    expect(result.content).not.toMatch(/TZID/);
    expect(result.content.match(/^DTSTART:\d{8}T\d{6}Z\r?$/gm)).toHaveLength(3);
    const event = ics.events[1];
    expect(event?.summary).toBe('J-2003 Harbour Dental Practice: Printer jams');
    expect(event?.location).toBe('14 Quay Street');
    expect(event?.description).toContain('Contact: Megan Doyle, 01632 960102');
    expect(event?.description).toContain('Access: Key at reception');
  });

  it('refuses a range over a year, backwards, or outside the input years, and an unknown technician', async () => {
    const h = createHarness();
    expect(await h.error('calendar:export', { technicianId: 't1', from: '2026-01-01', to: '2027-01-02' })).toMatchObject({ code: 'BAD_INPUT', issues: [{ path: 'to' }] });
    expect(await h.error('calendar:export', { technicianId: 't1', from: '2026-02-01', to: '2026-01-31' })).toMatchObject({ code: 'BAD_INPUT' });
    expect(await h.error('calendar:export', { technicianId: 't1', from: '1999-12-31', to: '2000-01-01' })).toMatchObject({ code: 'BAD_INPUT' });
    expect((await h.error('calendar:export', { technicianId: 'nobody', from: '2026-01-01', to: '2026-01-31' })).code).toBe('NOT_FOUND');
    // A leap year fits.
    expect((await h.value('calendar:export', { technicianId: 't1', from: '2028-01-01', to: '2028-12-31' })).outcome).toBe('content');
  });

  it('includes finished jobs already moved to the archive, from the months they can be filed under, each job once', async () => {
    const h = harnessWith(onAlex('job-1', '2026-09-10T09:00:00.000Z', '2026-09-10T10:00:00.000Z'));
    const asked: string[][] = [];
    const archivedCopy = { ...h.doc().jobs[0]!, status: 'done' as const };
    const archivedOnly = onAlex('job-2', '2026-09-11T09:00:00.000Z', '2026-09-11T10:00:00.000Z', { status: 'done' });
    const service = createCalendarService(h.ctx, { archivedJobs: async (months) => (asked.push([...months]), [archivedCopy, archivedOnly]) });
    const result = await service.export({ technicianId: 't1', from: '2026-09-01', to: '2026-09-30' });
    if (result.outcome !== 'content') throw new Error(result.outcome);
    expect(parseIcs(result.content).events.map((e) => e.uid)).toEqual(['job-1.visit-1@dispatch-console', 'job-2.visit-1@dispatch-console']);
    expect(asked).toEqual([['2026-09', '2026-10', '2026-11']]);
  });

  it('reads the archive months a range can be filed under: its own, two months after, never beyond this month', () => {
    const now = new Date(NOW);
    expect(archiveMonthsFor({ from: '2026-01-15', to: '2026-02-10' }, now, 'Europe/London')).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(archiveMonthsFor({ from: '2025-12-01', to: '2025-12-31' }, now, 'Europe/London')).toEqual(['2025-12', '2026-01', '2026-02', '2026-03']);
    expect(archiveMonthsFor({ from: '2026-11-01', to: '2027-03-31' }, now, 'Europe/London')).toEqual(['2026-11']);
    expect(archiveMonthsFor({ from: '2027-01-01', to: '2027-01-31' }, now, 'Europe/London')).toEqual([]);
  });

  it('saves through the platform dialog when there is one', async () => {
    const h = createHarness();
    const saved: string[] = [];
    const service = createCalendarService(h.ctx, { saver: { save: async (file) => (saved.push(file.fileName, file.content.slice(0, 15)), { outcome: 'saved', filePath: `/docs/${file.fileName}` }) } });
    expect(await service.export({ technicianId: 't1', from: '2026-12-01', to: '2026-12-31' })).toEqual({ outcome: 'saved', filePath: '/docs/bookings-alex-chen-2026-12-01-to-2026-12-31.ics', events: 0 });
    expect(saved).toEqual(['bookings-alex-chen-2026-12-01-to-2026-12-31.ics', 'BEGIN:VCALENDAR']);
    const cancelled = createCalendarService(h.ctx, { saver: { save: async () => ({ outcome: 'cancelled' }) } });
    expect(await cancelled.export({ technicianId: 't1', from: '2026-12-01', to: '2026-12-31' })).toEqual({ outcome: 'cancelled' });
  });
});

describe('calendar feeds', () => {
  it('issues a token shown once, stores only its hash, and never lists either', async () => {
    const h = createHarness();
    const issued = await h.value('calendar:issue', { technicianId: 't1' });
    const token = new URLSearchParams(issued.path.split('?')[1]).get('token') ?? '';
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(issued).toMatchObject({ technicianId: 't1', issuedAt: '2026-11-25T10:00:00.000Z', server: { kind: 'off', origin: null } });
    expect(issued.path).toBe(`/api/v1/calendars/t1.ics?token=${token}`);
    expect(h.doc().calendarFeeds).toEqual([{ technicianId: 't1', tokenHash: hashFeedToken(token), issuedAt: '2026-11-25T10:00:00.000Z' }]);
    expect(JSON.stringify(h.doc())).not.toContain(token);
    expect(JSON.stringify(await h.value('calendar:feeds', {}))).not.toMatch(new RegExp(`${token}|${hashFeedToken(token)}`));
    expect(h.events.at(-1)?.name).toBe('technicians:changed');
    expect(h.services.calendar.authorize('t1', token)).toBe(true);
  });

  it('refuses a wrong, empty, revoked, replaced or other technician’s token, and an inactive technician', async () => {
    const h = createHarness();
    const tokenOf = async (id: string) => new URLSearchParams((await h.value('calendar:issue', { technicianId: id })).path.split('?')[1]).get('token') ?? '';
    const alex = await tokenOf('t1');
    const sam = await tokenOf('t2');
    const { authorize } = h.services.calendar;
    expect(authorize('t1', alex)).toBe(true);
    expect(authorize('t1', sam)).toBe(false);
    expect(authorize('t2', alex)).toBe(false);
    expect(authorize('t1', null)).toBe(false);
    expect(authorize('t1', '')).toBe(false);
    expect(authorize('t1', `${alex}x`)).toBe(false);
    expect(authorize('nobody', alex)).toBe(false);

    const replaced = await tokenOf('t1');
    expect(authorize('t1', alex)).toBe(false);
    expect(authorize('t1', replaced)).toBe(true);
    await h.value('calendar:revoke', { technicianId: 't1' });
    expect(authorize('t1', replaced)).toBe(false);
    expect(h.doc().calendarFeeds.map((f) => f.technicianId)).toEqual(['t2']);
    // Revoking again writes nothing.
    await h.unchanged(() => h.value('calendar:revoke', { technicianId: 't1' }));

    expect((await h.error('calendar:issue', { technicianId: 't3' })).code).toBe('CONFLICT');
    h.store.edit((d) => void (d.technicians[1]!.active = false));
    expect(authorize('t2', sam)).toBe(false);
  });

  it('checks a stored hash in constant-time form: the factory feed opens with its token only', async () => {
    const { feedTokenMatches } = await import('../../../../../electron/core/services/calendar/feed-tokens');
    const feed = makeCalendarFeed();
    expect(feedTokenMatches(feed.tokenHash, 'feed-token-of-sam-0123456789')).toBe(true);
    expect(feedTokenMatches(feed.tokenHash, 'feed-token-of-sam-012345678')).toBe(false);
    expect(feedTokenMatches(undefined, 'feed-token-of-sam-0123456789')).toBe(false);
    // The stand-in compared against when no feed exists opens nothing either.
    expect(feedTokenMatches(undefined, 'calendar feed: none issued')).toBe(false);
    expect(feedTokenMatches(hashFeedToken(''), '')).toBe(false);
  });

  it('keeps UIDs across re-reads while bookings move, and drops cancelled and unassigned jobs', async () => {
    const h = harnessWith(onAlex('job-1', '2026-11-26T09:00:00.000Z', '2026-11-26T10:00:00.000Z'), onAlex('job-2', '2026-11-27T09:00:00.000Z', '2026-11-27T10:00:00.000Z'));
    const first = parseIcs(h.services.calendar.feed('t1', null));
    expect(first.events.map((e) => e.uid)).toEqual(['job-1.visit-1@dispatch-console', 'job-2.visit-1@dispatch-console']);
    h.store.edit((d) => {
      const [one, two] = d.jobs;
      one!.assignment = { technicianId: 't1', start: '2026-11-30T13:00:00.000Z', end: '2026-11-30T14:00:00.000Z' };
      one!.revision = 3;
      two!.status = 'cancelled';
    });
    const second = parseIcs(h.services.calendar.feed('t1', null));
    expect(second.events.map((e) => [e.uid, e.start, e.sequence])).toEqual([['job-1.visit-1@dispatch-console', '2026-11-30T13:00:00.000Z', 3]]);
    h.store.edit((d) => void (d.jobs[0]!.assignment = null));
    expect(parseIcs(h.services.calendar.feed('t1', null)).events).toEqual([]);
  });

  it('by default covers a month back and half a year ahead of today', async () => {
    const h = harnessWith(
      onAlex('job-1', '2026-10-24T09:00:00.000Z', '2026-10-24T10:00:00.000Z'), // 32 days back: out
      onAlex('job-2', '2026-10-25T09:00:00.000Z', '2026-10-25T10:00:00.000Z'), // 31 days back: in
      onAlex('job-3', '2027-05-27T09:00:00.000Z', '2027-05-27T10:00:00.000Z'), // 183 days ahead: in
      onAlex('job-4', '2027-05-28T09:00:00.000Z', '2027-05-28T10:00:00.000Z'), // 184 days ahead: out
    );
    expect(parseIcs(h.services.calendar.feed('t1', null)).events.map((e) => e.uid.split('.')[0])).toEqual(['job-2', 'job-3']);
  });

  it('forgets a deleted technician’s feed, so the file stays valid', async () => {
    const h = createHarness();
    h.store.edit((d) => void d.technicians.push({ ...d.technicians[0]!, id: 't9', name: 'Temp' }));
    await h.value('calendar:issue', { technicianId: 't9' });
    await h.value('technicians:delete', { id: 't9' });
    expect(h.doc().calendarFeeds).toEqual([]);
  });
});
