import { describe, expect, it } from 'vitest';
import { applyChips, chipChoices, filterRows, narrowingFilter, NO_CHIPS, rankMostUrgent, toQueueRows } from '../../../../renderer/src/features/queue/queue-model';
import { makeDirectory, makeJob } from '../../support/factories';

const now = new Date('2026-11-26T10:00:00Z');

describe('toQueueRows', () => {
  it('joins the client name and the zone of the job site', () => {
    const [row] = toQueueRows([makeJob({ siteId: 'site-2', clientId: 'client-2' })], makeDirectory());
    expect(row).toMatchObject({ clientName: 'Brightside Law', zone: 'South', siteName: 'Chambers', skills: 'printers' });
  });

  it('copes with a missing site and an unloaded directory', () => {
    expect(toQueueRows([makeJob({ siteId: null })], makeDirectory())[0]).toMatchObject({ zone: '', siteName: '' });
    expect(toQueueRows([makeJob()], null)[0]).toMatchObject({ clientName: '', zone: '' });
  });
});

describe('rankMostUrgent', () => {
  const job = (id: string, priority: 'P1' | 'P2' | 'P3' | 'P4', responseDueAt: string | null) =>
    makeJob({ id, number: `J-${id}`, priority, responseDueAt, resolutionDueAt: null });

  it('puts the least time left first, breached jobs at the top', () => {
    const rows = toQueueRows(
      [
        job('1', 'P4', '2026-11-26T15:00:00Z'),
        job('2', 'P3', '2026-11-26T09:50:00Z'), // overdue 10 m
        job('3', 'P2', '2026-11-26T10:30:00Z'),
      ],
      makeDirectory(),
    );
    expect(rankMostUrgent(rows, now).map((r) => r.id)).toEqual(['2', '3', '1']);
  });

  it('breaks ties on time left by priority, then job number', () => {
    const due = '2026-11-26T11:00:00Z';
    const rows = toQueueRows([job('3', 'P3', due), job('2', 'P1', due), job('1', 'P3', due)], makeDirectory());
    expect(rankMostUrgent(rows, now).map((r) => r.id)).toEqual(['2', '1', '3']);
  });

  it('sorts jobs without a running clock last in their group, by priority (a P1 without a clock still leads the rest)', () => {
    const rows = toQueueRows(
      [job('1', 'P4', null), job('2', 'P1', null), job('3', 'P4', '2026-11-30T10:00:00Z'), job('4', 'P3', null)],
      makeDirectory(),
    );
    expect(rankMostUrgent(rows, now).map((r) => r.id)).toEqual(['2', '3', '4', '1']);
  });

  it('puts every breached job first, then every P1, then the rest by time left', () => {
    const rows = toQueueRows(
      [
        job('p3-risk', 'P3', '2026-11-26T10:05:00Z'), // at risk, 5 min left
        job('p1-later', 'P1', '2026-11-26T14:00:00Z'), // on time, 4 h left
        job('p4-late', 'P4', '2026-11-26T09:59:00Z'), // overdue 1 min
        job('p1-late', 'P1', '2026-11-26T09:58:00Z'), // overdue 2 min
        job('p2-soon', 'P2', '2026-11-26T10:30:00Z'),
        job('p1-soon', 'P1', '2026-11-26T10:20:00Z'),
        job('p2-none', 'P2', null),
      ],
      makeDirectory(),
    );
    expect(rankMostUrgent(rows, now).map((r) => r.id)).toEqual(['p1-late', 'p4-late', 'p1-soon', 'p1-later', 'p3-risk', 'p2-soon', 'p2-none']);
  });

  it('orders breached jobs overdue by the same minutes by priority, then job number', () => {
    const late = '2026-11-26T09:50:00Z';
    const rows = toQueueRows([job('12', 'P3', late), job('9', 'P3', late), job('3', 'P2', late), job('5', 'P1', '2026-11-26T10:01:00Z')], makeDirectory());
    expect(rankMostUrgent(rows, now).map((r) => r.id)).toEqual(['3', '9', '12', '5']);
  });

  it('marks each row with the worst state of its running clocks', () => {
    const rows = toQueueRows(
      [
        makeJob({ id: 'a', receivedAt: '2026-11-26T09:00:00Z', responseDueAt: '2026-11-26T09:30:00Z', resolutionDueAt: '2026-11-26T18:00:00Z' }),
        makeJob({ id: 'b', receivedAt: '2026-11-26T09:00:00Z', responseDueAt: '2026-11-26T10:10:00Z', resolutionDueAt: null }),
        makeJob({ id: 'c', receivedAt: '2026-11-26T09:00:00Z', responseDueAt: '2026-11-26T15:00:00Z', resolutionDueAt: null }),
        makeJob({ id: 'd', responseDueAt: null, resolutionDueAt: null }),
      ],
      makeDirectory(),
    );
    const state = Object.fromEntries(rankMostUrgent(rows, now).map((r) => [r.id, r.slaState]));
    expect(state).toEqual({ a: 'breached', b: 'at-risk', c: 'ok', d: 'none' });
  });

  // Its speed is measured by `npm run bench` (queue of 10,000), never timed in a unit test.
  it('orders 10,000 rows by group, then time left', () => {
    const jobs = Array.from({ length: 10_000 }, (_, i) =>
      job(String(i), (['P1', 'P2', 'P3', 'P4'] as const)[i % 4]!, new Date(now.getTime() + ((i * 7919) % 5000) * 60_000).toISOString()),
    );
    const rows = toQueueRows(jobs, makeDirectory());
    const ranked = rankMostUrgent(rows, now);
    expect(ranked).toHaveLength(10_000);
    // Within the "neither breached nor P1" group, time left never goes down.
    const rest = ranked.filter((r) => r.slaState !== 'breached' && r.priority !== 'P1');
    expect(rest.every((row, i) => i === 0 || rest[i - 1]!.risk <= row.risk)).toBe(true);
  });
});

describe('filterRows', () => {
  const rows = toQueueRows(
    [
      makeJob({ id: 'a', number: 'J-1001', title: 'Printer jams', priority: 'P1' }),
      makeJob({ id: 'b', number: 'J-1002', title: 'VPN drops', siteId: 'site-2', clientId: 'client-2', requiredSkills: ['network'] }),
    ],
    makeDirectory(),
  );

  it('keeps everything (the same array) for an empty query', () => {
    expect(filterRows(rows, '   ')).toBe(rows);
  });

  it('matches every word, case-insensitively, across columns', () => {
    expect(filterRows(rows, 'vpn').map((r) => r.id)).toEqual(['b']);
    expect(filterRows(rows, 'BRIGHTSIDE network').map((r) => r.id)).toEqual(['b']);
    expect(filterRows(rows, 'p1 north').map((r) => r.id)).toEqual(['a']);
    expect(filterRows(rows, 'j-1002').map((r) => r.id)).toEqual(['b']);
    expect(filterRows(rows, 'printer south')).toEqual([]);
  });
});

describe('narrowingFilter', () => {
  const jobs = [
    makeJob({ id: 'a', number: 'J-1001', title: 'Printer jams', priority: 'P1' }),
    makeJob({ id: 'b', number: 'J-1002', title: 'VPN drops', siteId: 'site-2', clientId: 'client-2', requiredSkills: ['network'] }),
    makeJob({ id: 'c', number: 'J-1003', title: 'Print server down', siteId: 'site-2', clientId: 'client-2' }),
    makeJob({ id: 'd', number: 'J-1004', title: 'New starter laptop', requiredSkills: ['windows'] }),
  ];
  const rows = toQueueRows(jobs, makeDirectory());

  it('answers as filterRows does while typing, deleting, retyping and changing case', () => {
    const filter = narrowingFilter();
    for (const query of ['p', 'pr', 'pri', 'prin', 'print ', 'print s', 'print', 'pr', '', 'S', 'St', 'sta', 'start', 'starter', 'x', 'xyz', 'j-100', 'J-1003', 'P1 ', 'p1 n']) {
      expect(filter(rows, query).map((r) => r.id), query).toEqual(filterRows(rows, query).map((r) => r.id));
    }
  });

  it('searches every row again when the rows change', () => {
    const filter = narrowingFilter();
    expect(filter(rows.slice(0, 2), 'print').map((r) => r.id)).toEqual(['a']);
    expect(filter(rows, 'printe').map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('reads only the last matches while the query grows', () => {
    const read = new Set<string>();
    const watched = rows.map((row) => {
      const copy = { ...row };
      Object.defineProperty(copy, 'searchText', { get: () => (read.add(row.id), row.searchText) });
      return copy;
    });
    const filter = narrowingFilter();
    expect(filter(watched, 'print').map((r) => r.id)).toEqual(['a', 'c']);
    read.clear();
    expect(filter(watched, 'print down').map((r) => r.id)).toEqual(['c']);
    expect([...read].sort()).toEqual(['a', 'c']);
  });
});

describe('applyChips', () => {
  const rows = rankMostUrgent(
    toQueueRows(
      [
        makeJob({ id: 'p1-north', priority: 'P1', siteId: 'site-1', receivedAt: '2026-11-26T08:00:00Z', responseDueAt: '2026-11-26T09:00:00Z', resolutionDueAt: null }),
        makeJob({ id: 'p2-south', priority: 'P2', siteId: 'site-2', clientId: 'client-2', requiredSkills: ['network'], receivedAt: '2026-11-26T09:00:00Z', responseDueAt: '2026-11-26T10:10:00Z', resolutionDueAt: null }),
        makeJob({ id: 'p3-north', priority: 'P3', siteId: 'site-1', receivedAt: '2026-11-26T09:00:00Z', responseDueAt: '2026-11-26T16:00:00Z', resolutionDueAt: null }),
      ],
      makeDirectory(),
    ),
    now,
  );
  const ids = (chips: Partial<typeof NO_CHIPS>) => applyChips(rows, { ...NO_CHIPS, ...chips }).map((r) => r.id);

  it('keeps the same array with no chip on', () => {
    expect(applyChips(rows, NO_CHIPS)).toBe(rows);
  });

  it('filters by each chip, combining kinds and treating Breached and At risk as one group', () => {
    expect(ids({ p1: true })).toEqual(['p1-north']);
    expect(ids({ breached: true })).toEqual(['p1-north']);
    expect(ids({ atRisk: true })).toEqual(['p2-south']);
    expect(ids({ breached: true, atRisk: true })).toEqual(['p1-north', 'p2-south']);
    expect(ids({ zone: 'North' })).toEqual(['p1-north', 'p3-north']);
    expect(ids({ zone: 'North', p1: true })).toEqual(['p1-north']);
    expect(ids({ skill: 'network' })).toEqual(['p2-south']);
    expect(ids({ onlyIds: new Set(['p3-north', 'p2-south']) })).toEqual(['p2-south', 'p3-north']);
    expect(ids({ onlyIds: new Set(['p3-north']), zone: 'South' })).toEqual([]);
  });

  it('offers the zones and skills present, sorted', () => {
    expect(chipChoices(rows)).toEqual({ zones: ['North', 'South'], skills: ['network', 'printers'] });
  });
});
