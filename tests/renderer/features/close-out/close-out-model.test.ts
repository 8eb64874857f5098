import { describe, expect, it } from 'vitest';
import { draftOfJob, emptyPart, isBlank, planSave, rowToVisit, tidyTime, withDescription } from '../../../../renderer/src/features/close-out/close-out-model';
import type { RowDraft } from '../../../../renderer/src/features/close-out/close-out-model';
import { makeJob, makePart, makeVisit as visitRecord } from '../../../support/factories';
import type { Visit } from '../../../../shared/schemas/visit';

/** The close-out tests' day: Monday 2 March 2026, Sam on site 09:30–10:45 UTC. */
const makeVisit = (o: Partial<Visit> = {}): Visit =>
  visitRecord({ arrivedAt: '2026-03-02T09:30:00.000Z', departedAt: '2026-03-02T10:45:00.000Z', signedBy: 'Megan Doyle', recordedAt: '2026-03-02T17:00:00.000Z', ...o });

const tz = 'Europe/London';
const day = '2026-03-02';

const row = (overrides: Partial<RowDraft> = {}): RowDraft => ({
  jobId: 'job-1',
  visitId: null,
  arrival: '0930',
  departure: '1045',
  travel: '20',
  workDone: ' Replaced the roller ',
  parts: [],
  signedBy: ' Megan Doyle ',
  outcome: 'done',
  holdReason: '',
  ...overrides,
});

describe('draftOfJob', () => {
  it("shows the day's visit as typed times, or an empty row", () => {
    const visit = makeVisit({ parts: [{ partId: 'part-roller', description: 'Pickup roller', quantity: 2, unitPriceMinor: 1250 }] });
    const job = makeJob({ visits: [visit] });
    expect(draftOfJob(job, 'tech-sam', day, tz)).toEqual({
      jobId: 'job-1',
      visitId: 'visit-1',
      arrival: '09:30',
      departure: '10:45',
      travel: '20',
      workDone: visit.workDone,
      parts: [{ partId: 'part-roller', description: 'Pickup roller', quantity: '2', price: '12.50' }],
      signedBy: 'Megan Doyle',
      outcome: 'done',
      holdReason: '',
    });
    const empty = draftOfJob(job, 'tech-sam', '2026-03-03', tz);
    expect(empty.visitId).toBeNull();
    expect(isBlank(empty)).toBe(true);
    expect(isBlank({ ...empty, travel: '5' })).toBe(false);
  });

  it('keeps the on-hold reason of a waiting visit', () => {
    const job = makeJob({ status: 'on-hold', statusReason: 'Fuser on order', visits: [makeVisit({ outcome: 'waiting-parts' })] });
    expect(draftOfJob(job, 'tech-sam', day, tz).holdReason).toBe('Fuser on order');
  });
});

describe('rowToVisit', () => {
  it('turns quick entry into a visit in the shop zone, trimmed', () => {
    const result = rowToVisit(row({ parts: [{ partId: null, description: 'Fuser', quantity: '1,5', price: '12,5' }] }), 'tech-sam', day, tz);
    expect(result).toEqual({
      ok: true,
      visit: {
        visitId: null,
        technicianId: 'tech-sam',
        arrivedAt: '2026-03-02T09:30:00.000Z',
        departedAt: '2026-03-02T10:45:00.000Z',
        travelMinutes: 20,
        workDone: 'Replaced the roller',
        parts: [{ partId: null, description: 'Fuser', quantity: 1.5, unitPriceMinor: 1250 }],
        signedBy: 'Megan Doyle',
        outcome: 'done',
      },
    });
  });

  it('sends the hold reason only for a waiting outcome', () => {
    const waiting = rowToVisit(row({ outcome: 'waiting-customer', holdReason: ' Admin password ' }), 'tech-sam', day, tz);
    expect(waiting.ok && waiting.visit.holdReason).toBe('Admin password');
    const done = rowToVisit(row({ holdReason: 'left over' }), 'tech-sam', day, tz);
    expect(done.ok && 'holdReason' in done.visit).toBe(false);
  });

  it('names every field that is wrong', () => {
    expect(rowToVisit(row({ arrival: '2500', travel: '-3', outcome: '' }), 'tech-sam', day, tz)).toEqual({
      ok: false,
      errors: { arrival: expect.stringMatching(/not a time of day/), travel: 'Travel is whole minutes, 0 to 1440.', outcome: 'Choose how the visit ended.' },
    });
    expect(rowToVisit(row({ departure: '0900' }), 'tech-sam', day, tz)).toEqual({ ok: false, errors: { departure: 'Departure 09:00 is not after arrival 09:30.' } });
    expect(rowToVisit(row({ parts: [{ ...emptyPart(), description: 'Cable', price: 'x' }] }), 'tech-sam', day, tz)).toMatchObject({ ok: false, errors: { parts: expect.stringMatching(/^Part 1: "x" is not a price/) } });
    expect(rowToVisit(row({ parts: [{ ...emptyPart(), description: 'Cable', quantity: '0', price: '1' }] }), 'tech-sam', day, tz)).toMatchObject({ ok: false, errors: { parts: 'Part 1: the quantity must be more than 0.' } });
    expect(rowToVisit(row({ parts: [emptyPart()] }), 'tech-sam', day, tz)).toMatchObject({ ok: false, errors: { parts: 'Part 1: name the part.' } });
    expect(rowToVisit(row({ travel: '' }), 'tech-sam', day, tz)).toMatchObject({ ok: true, visit: { travelMinutes: 0 } });
  });
});

describe('part lines', () => {
  it('picks a stocked part by name (any case) with its price, and falls back to free text', () => {
    const parts = [makePart()];
    expect(withDescription(emptyPart(), 'pickup ROLLER', parts)).toEqual({ partId: 'part-roller', description: 'Pickup roller', quantity: '1', price: '12.50' });
    expect(withDescription({ ...emptyPart(), partId: 'part-roller', price: '12.50' }, 'Pickup roll', parts)).toEqual({ partId: null, description: 'Pickup roll', quantity: '1', price: '12.50' });
  });

  it('tidies a typed time on leaving the field', () => {
    expect(tidyTime('930')).toBe('09:30');
    expect(tidyTime('nope')).toBe('nope');
  });
});

describe('planSave', () => {
  const loaded = new Map([
    ['job-1', row({ arrival: '', departure: '', travel: '', workDone: '', signedBy: '', outcome: '' })],
    ['job-2', row({ jobId: 'job-2', visitId: 'v2', arrival: '11:00', departure: '12:00' })],
    ['job-3', row({ jobId: 'job-3', arrival: '', departure: '', travel: '', workDone: '', signedBy: '', outcome: '' })],
  ]);
  const revisions = new Map([['job-1', { revision: 4 }], ['job-2', { revision: 7 }], ['job-3', { revision: 1 }]]);

  it('sends changed, non-blank rows with the revision they were typed against', () => {
    const rows = [row(), loaded.get('job-2')!, loaded.get('job-3')!];
    const plan = planSave(rows, loaded, revisions, 'tech-sam', day, tz);
    expect(plan.errors.size).toBe(0);
    expect(plan.entries.map((e) => [e.jobId, e.expectedRevision])).toEqual([['job-1', 4]]);
  });

  it('sends nothing while a changed row has a mistake, and says which', () => {
    const rows = [row(), { ...loaded.get('job-2')!, departure: '1000' }, loaded.get('job-3')!];
    const plan = planSave(rows, loaded, revisions, 'tech-sam', day, tz);
    expect(plan.entries).toEqual([]);
    expect([...plan.errors.keys()]).toEqual(['job-2']);
  });
});
