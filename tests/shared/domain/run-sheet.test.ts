import { describe, expect, it } from 'vitest';
import {
  PRIORITY_WORDS,
  compareVisits,
  compareWithPrinted,
  runSheetJobs,
  shiftText,
  techniciansWithVisits,
  visitFingerprint,
} from '../../../shared/domain/run-sheet';
import type { CurrentVisit, DepartedJob, VisitContent } from '../../../shared/domain/run-sheet';
import { bookedJob } from '../../support/factories';

const visit = (overrides: Partial<VisitContent> = {}): VisitContent => ({
  jobId: 'j1',
  number: 'J-1042',
  start: '2026-11-26T09:00:00.000Z',
  end: '2026-11-26T10:00:00.000Z',
  status: 'scheduled',
  priority: 'P2',
  title: 'Server room UPS beeping',
  description: 'Alarm since 07:00',
  requiredSkills: ['power'],
  notes: '',
  clientName: 'Harbour Dental',
  siteName: 'Main surgery',
  siteAddress: '14 Quay Street',
  accessNotes: 'Key at reception',
  contactName: 'Megan Doyle',
  contactPhone: '01632 960102',
  responseDueAt: '2026-11-26T11:00:00.000Z',
  resolutionDueAt: null,
  ...overrides,
});

describe('sheet order', () => {
  it('orders by start, then by job number numerically (J-999 before J-1000)', () => {
    const list = [
      { start: '2026-11-26T10:00:00Z', number: 'J-5' },
      { start: '2026-11-26T09:00:00Z', number: 'J-1000' },
      { start: '2026-11-26T09:00:00Z', number: 'J-999' },
    ];
    expect([...list].sort(compareVisits).map((v) => v.number)).toEqual(['J-999', 'J-1000', 'J-5']);
  });

  it('takes the technician\'s jobs overlapping the shop day, without cancelled ones, in sheet order', () => {
    const jobs = [
      bookedJob('a', 'J-3', '2026-11-26T13:00:00Z', '2026-11-26T14:00:00Z'),
      bookedJob('b', 'J-2', '2026-11-26T08:00:00Z', '2026-11-26T09:00:00Z'),
      // 23:30–00:30 New York time on the 25th/26th: on both days' sheets.
      bookedJob('c', 'J-4', '2026-11-26T04:30:00Z', '2026-11-26T05:30:00Z'),
      bookedJob('d', 'J-5', '2026-11-26T09:00:00Z', '2026-11-26T10:00:00Z', { status: 'cancelled' }),
      bookedJob('e', 'J-6', '2026-11-26T09:00:00Z', '2026-11-26T10:00:00Z', { assignment: { technicianId: 'other', start: '2026-11-26T09:00:00Z', end: '2026-11-26T10:00:00Z' } }),
      bookedJob('f', 'J-7', '2026-11-27T09:00:00Z', '2026-11-27T10:00:00Z'),
    ];
    const tech = jobs[0]!.assignment!.technicianId;
    expect(runSheetJobs(jobs, tech, '2026-11-26', 'America/New_York').map((j) => j.number)).toEqual(['J-4', 'J-2', 'J-3']);
    expect(runSheetJobs(jobs, tech, '2026-11-25', 'America/New_York').map((j) => j.number)).toEqual(['J-4']);
    expect([...techniciansWithVisits(jobs, '2026-11-26', 'UTC')].sort()).toEqual(['other', tech].sort());
  });
});

describe('shiftText', () => {
  const hours = [
    { days: [1, 2, 3, 4, 5], start: '08:00', end: '12:00' },
    { days: [4], start: '13:00', end: '17:30' },
  ];
  it('reads the weekday\'s hours, several spans joined', () => {
    expect(shiftText({ workingHours: hours, timeOff: [] }, '2026-11-26')).toBe('08:00–12:00, 13:00–17:30');
    expect(shiftText({ workingHours: hours, timeOff: [] }, '2026-11-28')).toBe('Not scheduled to work');
  });
  it('says time off, with the reason', () => {
    expect(shiftText({ workingHours: hours, timeOff: [{ start: '2026-11-25', end: '2026-11-27', reason: 'Training' }] }, '2026-11-26')).toBe('Time off (Training)');
  });
});

describe('visitFingerprint', () => {
  it('is stable and changes with everything the sheet shows', () => {
    const base = visitFingerprint(visit());
    expect(visitFingerprint(visit())).toBe(base);
    const changes: Partial<VisitContent>[] = [
      { start: '2026-11-26T09:30:00.000Z' },
      { end: '2026-11-26T10:30:00.000Z' },
      { priority: 'P1' },
      { status: 'on-hold' },
      { title: 'UPS failed' },
      { description: 'Alarm since 06:00' },
      { requiredSkills: ['power', 'ups'] },
      { notes: 'Bring battery' },
      { clientName: 'Harbour Dental Ltd' },
      { siteName: 'Annex' },
      { siteAddress: '15 Quay Street' },
      { accessNotes: 'Code 1234' },
      { contactName: 'Tom' },
      { contactPhone: '01632 960103' },
      { responseDueAt: '2026-11-26T12:00:00.000Z' },
      { resolutionDueAt: '2026-11-27T12:00:00.000Z' },
    ];
    for (const change of changes) expect(visitFingerprint(visit(change)), JSON.stringify(change)).not.toBe(base);
  });

  it('ignores progress along the visit (dispatched, en route, on site, done)', () => {
    const base = visitFingerprint(visit());
    for (const status of ['dispatched', 'en-route', 'on-site', 'done'] as const) expect(visitFingerprint(visit({ status }))).toBe(base);
  });

  it('keeps field boundaries (moving text between fields is a change)', () => {
    expect(visitFingerprint(visit({ title: 'ab', description: 'c' }))).not.toBe(visitFingerprint(visit({ title: 'a', description: 'bc' })));
  });

  it('words priorities for black-and-white paper', () => {
    expect(PRIORITY_WORDS.P1).toBe('P1 – Critical');
    expect(PRIORITY_WORDS.P4).toBe('P4 – Low');
  });
});

describe('compareWithPrinted', () => {
  const a = visit();
  const b = visit({ jobId: 'j2', number: 'J-1050', start: '2026-11-26T11:00:00.000Z', end: '2026-11-26T12:00:00.000Z' });
  const record = { jobs: [a, b].map((v) => ({ jobId: v.jobId, fingerprint: visitFingerprint(v) })) };
  const current = (...visits: VisitContent[]): CurrentVisit[] => visits.map((v) => ({ jobId: v.jobId, number: v.number, fingerprint: visitFingerprint(v) }));
  const none = new Map<string, DepartedJob>();

  it('finds nothing when the sheet is still right', () => {
    expect(compareWithPrinted(record, current(a, b), none, 'Europe/London')).toEqual([]);
  });

  it('describes a move in shop time', () => {
    const moved = { ...a, start: '2026-11-26T10:30:00.000Z', end: '2026-11-26T11:30:00.000Z' };
    expect(compareWithPrinted(record, current(moved, b), none, 'Europe/London')).toEqual([
      { jobId: 'j1', number: 'J-1042', kind: 'moved', text: 'J-1042 moved 09:00 → 10:30' },
    ]);
    expect(compareWithPrinted(record, current(moved, b), none, 'America/New_York')[0]!.text).toBe('J-1042 moved 04:00 → 05:30');
  });

  it('describes a longer visit, a new job, and other changes', () => {
    const longer = { ...a, end: '2026-11-26T10:45:00.000Z' };
    const hotter = { ...b, priority: 'P1' as const, contactPhone: '999' };
    const added = visit({ jobId: 'j3', number: 'J-1060', start: '2026-11-26T15:00:00.000Z' });
    expect(compareWithPrinted(record, current(longer, hotter, added), none, 'UTC').map((c) => c.text)).toEqual([
      'J-1042 now ends 10:45 (was 10:00)',
      'J-1050 priority P2 → P1, details changed',
      'J-1060 added',
    ]);
  });

  it('says where a job that left the sheet went', () => {
    const departed = new Map<string, DepartedJob>([
      ['j1', { jobId: 'j1', number: 'J-1042', fate: 'reassigned', technicianName: 'Sam Okoro' }],
      ['j2', { jobId: 'j2', number: 'J-1050', fate: 'cancelled' }],
    ]);
    expect(compareWithPrinted(record, [], departed, 'UTC').map((c) => [c.kind, c.text])).toEqual([
      ['removed', 'J-1042 reassigned to Sam Okoro'],
      ['removed', 'J-1050 cancelled'],
    ]);
    const moved = new Map<string, DepartedJob>([['j1', { jobId: 'j1', number: 'J-1042', fate: 'moved', day: 'Fri 27 Nov' }]]);
    expect(compareWithPrinted(record, current(b), moved, 'UTC')[0]!.text).toBe('J-1042 moved to Fri 27 Nov');
    expect(compareWithPrinted(record, current(b), none, 'UTC')[0]!.text).toBe('A job removed');
  });

  it('notes being put on hold', () => {
    const held = { ...a, status: 'on-hold' as const };
    expect(compareWithPrinted(record, current(held, b), none, 'UTC')[0]!.text).toBe('J-1042 put on hold');
  });
});
