/**
 * Every date a caller can send through the contract is bounded: far-past and far-future instants
 * and days are refused as BAD_INPUT naming the field, never INTERNAL (a RangeError deep in the time
 * zone code) and never stored.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Channel } from '../../../shared/ipc/contract';
import { channels, contract } from '../../../shared/ipc/contract';
import { createHarness, jobInput, NOW } from './support/harness';

const BAD_INSTANTS = ['0001-01-01T00:00:00Z', '1969-12-31T23:59:59Z', '1999-12-31T23:59:59Z', '2100-01-01T00:00:00Z', '9999-12-31T23:00:00Z'];
const BAD_DAYS = ['0001-01-01', '1999-12-31', '2100-01-01', '9999-12-31'];

type Case = { input: Record<string, unknown>; instants?: string[]; days?: string[] };

const maintenancePlanInput = {
  clientId: 'c1',
  title: 'Monthly check',
  estimateMinutes: 60,
  rule: 'FREQ=MONTHLY;BYDAY=+1TU',
  startDay: '2026-12-01',
  endDay: '2027-12-01',
  windowStart: '09:00',
  windowEnd: '12:00',
};

/** A valid input per channel that carries a date, and the paths (dotted) of its date fields. */
function cases(jobId: string, revision: number): Partial<Record<Channel, Case>> {
  const start = '2026-11-26T09:00:00.000Z';
  const end = '2026-11-26T10:00:00.000Z';
  const assign = { jobId, technicianId: 't1', start, end, expectedRevision: revision };
  return {
    'board:range': { input: { from: '2026-11-25T00:00:00Z', to: '2026-11-26T00:00:00Z' }, instants: ['from', 'to'] },
    'jobs:create': { input: { ...jobInput(), receivedAt: '2026-11-25T09:00:00Z' }, instants: ['receivedAt'] },
    'schedule:assign': { input: assign, instants: ['start', 'end'] },
    'schedule:move': { input: assign, instants: ['start', 'end'] },
    'schedule:restore': {
      input: { jobId, assignment: { technicianId: 't1', start, end }, status: 'scheduled', expectedRevision: revision },
      instants: ['assignment.start', 'assignment.end'],
    },
    'planner:restore': {
      input: { direction: 'undo', items: [{ jobId, assignment: { technicianId: 't1', start, end }, status: 'scheduled', expectedRevision: revision }] },
      instants: ['items.0.assignment.start', 'items.0.assignment.end'],
    },
    'reports:print': { input: { report: 'demand', from: '2026-11-01', to: '2026-11-30', mode: 'pdf' }, days: ['from', 'to'] },
    'technicians:create': {
      input: { name: 'New Tech', skills: [], colour: '#123456', workingHours: [], dailyCapacityHours: 8, timeOff: [{ start: '2026-12-01', end: '2026-12-02' }] },
      days: ['timeOff.0.start', 'timeOff.0.end'],
    },
    'technicians:update': { input: { id: 't1', patch: { timeOff: [{ start: '2026-12-01', end: '2026-12-02' }] } }, days: ['patch.timeOff.0.start', 'patch.timeOff.0.end'] },
    'sla:set': {
      input: {
        id: 'standard',
        name: 'Standard',
        targets: Object.fromEntries(['P1', 'P2', 'P3', 'P4'].map((p) => [p, { responseMinutes: 60, resolutionMinutes: 480 }])),
        businessHours: [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }],
        holidays: ['2026-12-25'],
      },
      days: ['holidays.0'],
    },
    'runsheets:get': { input: { day: '2026-11-26' }, days: ['day'] },
    'runsheets:printed': { input: { day: '2026-11-26' }, days: ['day'] },
    'runsheets:status': { input: { day: '2026-11-26' }, days: ['day'] },
    'runsheets:print': { input: { day: '2026-11-26', mode: 'pdf' }, days: ['day'] },
    'maintenance:create': { input: maintenancePlanInput, days: ['startDay', 'endDay'] },
    'maintenance:update': { input: { id: 'plan-x', patch: { startDay: '2026-12-01', endDay: '2027-12-01' } }, days: ['patch.startDay', 'patch.endDay'] },
    'maintenance:occurrence': { input: { planId: 'plan-x', date: '2026-12-01', action: 'move', to: '2026-12-03' }, days: ['date', 'to'] },
    'visits:day': { input: { technicianId: 't1', day: '2026-11-26' }, days: ['day'] },
    'visits:save': {
      input: { entries: [{ jobId, expectedRevision: revision, visit: { technicianId: 't1', arrivedAt: start, departedAt: end, travelMinutes: 10, outcome: 'done' } }] },
      instants: ['entries.0.visit.arrivedAt', 'entries.0.visit.departedAt'],
    },
    'calendar:export': { input: { technicianId: 't1', from: '2026-11-01', to: '2026-11-30' }, days: ['from', 'to'] },
    'billing:overview': { input: { from: '2026-11-01', to: '2026-11-30' }, days: ['from', 'to'] },
    'billing:client': { input: { clientId: 'c1', from: '2026-11-01', to: '2026-11-30' }, days: ['from', 'to'] },
    'billing:statement': { input: { clientId: 'c1', from: '2026-11-01', to: '2026-11-30' }, days: ['from', 'to'] },
    'billing:print': { input: { clientId: 'c1', from: '2026-11-01', to: '2026-11-30', mode: 'pdf' }, days: ['from', 'to'] },
    'billing:bill': { input: { clientId: 'c1', from: '2026-11-01', to: '2026-11-30', visitIds: ['v1'] }, days: ['from', 'to'] },
    'billing:topup': { input: { clientId: 'c1', day: '2026-11-26', hours: 10 }, days: ['day'] },
    ...Object.fromEntries(
      (['reports:demand', 'reports:sla', 'reports:backlog', 'reports:technicians', 'reports:balance', 'reports:repeats', 'reports:income'] as const).map((c) => [
        c,
        { input: { from: '2026-11-01', to: '2026-11-30' }, days: ['from', 'to'] },
      ]),
    ),
  };
}

function withValue(input: Record<string, unknown>, path: string, value: string): Record<string, unknown> {
  const copy = structuredClone(input);
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys.at(-1)!] = value;
  return copy;
}

async function prepared() {
  const h = createHarness();
  const job = await h.value('jobs:create', jobInput());
  return { h, job };
}

describe('dates in the contract', () => {
  it('the fuzz list covers every channel whose input holds a date', async () => {
    const { job } = await prepared();
    const covered = Object.keys(cases(job.id, job.revision));
    // Every channel whose input schema has a date or date-time field anywhere, found from the schema itself.
    const dated = channels.filter((c) => {
      const schema = JSON.stringify(z.toJSONSchema(contract[c].input as z.ZodType, { unrepresentable: 'any', io: 'input' }));
      return /"format":"date(-time)?"/.test(schema);
    });
    expect(dated.length).toBeGreaterThan(5);
    expect(covered.sort()).toEqual(dated.sort());
  });

  it('every instant or day out of 2000–2099, on every channel that takes one, is BAD_INPUT naming the field and changes nothing', async () => {
    const { h, job } = await prepared();
    const seen: string[] = [];
    for (const [channel, c] of Object.entries(cases(job.id, job.revision)) as [Channel, Case][]) {
      const probes = [...(c.instants ?? []).flatMap((p) => BAD_INSTANTS.map((v) => [p, v] as const)), ...(c.days ?? []).flatMap((p) => BAD_DAYS.map((v) => [p, v] as const))];
      for (const [path, value] of probes) {
        const before = JSON.stringify(h.doc());
        const result = await h.call(channel, withValue(c.input, path, value) as never);
        const verdict = result.ok ? 'ok' : `${result.error.code} ${result.error.issues?.map((i) => i.path).join(',') ?? ''}`;
        const changed = JSON.stringify(h.doc()) === before ? '' : ' (changed the document)';
        seen.push(`${channel} ${path}=${value}: ${verdict}${changed}`);
      }
    }
    const wrong = seen.filter((line) => !/: BAD_INPUT \S+$/.test(line));
    expect(wrong).toEqual([]);
    for (const line of seen) {
      const [, path] = /^\S+ (\S+)=/.exec(line)!;
      expect(line.endsWith(` ${path}`) || line.includes(`${path},`) || line.includes(`,${path}`), line).toBe(true);
    }
  });

  it('the valid inputs used above are accepted (so the refusals are about the dates)', async () => {
    for (const channel of ['board:range', 'jobs:create', 'schedule:assign', 'runsheets:get', 'technicians:create', 'sla:set', 'maintenance:create'] as const) {
      const { h, job } = await prepared();
      const result = await h.call(channel, cases(job.id, job.revision)[channel]!.input as never);
      expect(result, channel).toMatchObject({ ok: true });
    }
  });

  it('schedule:assign at 9999-12-31T23:00Z without an end is BAD_INPUT on start, not INTERNAL', async () => {
    const { h, job } = await prepared();
    const error = await h.refused(() => h.error('schedule:assign', { jobId: job.id, technicianId: 't1', start: '9999-12-31T23:00:00Z' }));
    expect(error).toMatchObject({ code: 'BAD_INPUT', issues: [{ path: 'start' }] });
  });

  it('bounds an assignment to 24 hours', async () => {
    const { h, job } = await prepared();
    const error = await h.refused(() => h.error('schedule:assign', { jobId: job.id, technicianId: 't1', start: '2026-11-26T09:00:00Z', end: '2026-11-27T09:01:00Z' }));
    expect(error).toMatchObject({ code: 'BAD_INPUT', issues: [{ path: 'end' }] });
    const restore = await h.refused(() =>
      h.error('schedule:restore', { jobId: job.id, assignment: { technicianId: 't1', start: '2026-11-26T09:00:00Z', end: '2026-11-28T09:00:00Z' }, status: 'scheduled', expectedRevision: job.revision }),
    );
    expect(restore).toMatchObject({ code: 'BAD_INPUT', issues: [{ path: 'assignment.end' }] });
    expect((await h.call('schedule:assign', { jobId: job.id, technicianId: 't1', start: '2026-11-26T09:00:00Z', end: '2026-11-27T09:00:00Z' })).ok).toBe(true);
  });

  it('the harness clock is inside the window', () => {
    expect(NOW.startsWith('2026')).toBe(true);
  });
});
