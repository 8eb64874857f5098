import { describe, expect, it } from 'vitest';
import { createWarningsCache, dayLoad, jobWarnings, timeOffEvents } from '../../../../renderer/src/features/board/board-model';
import { makeJob, makeTechnician } from '../../support/factories';

const asg = (technicianId: string, start: string, end: string) => ({ technicianId, start, end });
// Thursday 26 November 2026; London is on UTC in winter.
const tech = makeTechnician({ id: 't1', name: 'Ada', skills: ['printers'], workingHours: [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }] });

describe('jobWarnings', () => {
  it('lists overlaps, missing skills and hours for each booked job, but not "in the past"', () => {
    const a = makeJob({ id: 'a', number: 'J-1', requiredSkills: ['printers'], status: 'scheduled', assignment: asg('t1', '2026-11-26T09:00:00Z', '2026-11-26T10:00:00Z') });
    const b = makeJob({ id: 'b', number: 'J-2', requiredSkills: ['servers'], status: 'scheduled', assignment: asg('t1', '2026-11-26T09:30:00Z', '2026-11-26T10:30:00Z') });
    const late = makeJob({ id: 'c', number: 'J-3', requiredSkills: [], status: 'scheduled', assignment: asg('t1', '2026-11-26T18:00:00Z', '2026-11-26T19:00:00Z') });
    const done = makeJob({ id: 'd', number: 'J-4', requiredSkills: ['servers'], status: 'done', assignment: asg('t1', '2026-11-26T11:00:00Z', '2026-11-26T12:00:00Z') });
    const warnings = jobWarnings([a, b, late, done], [tech], 'Europe/London', new Date('2026-12-01T00:00:00Z'));
    expect(warnings.get('a')).toEqual(['Overlaps J-2 (09:30–10:30).']);
    expect(warnings.get('b')).toEqual(['Overlaps J-1 (09:00–10:00).', 'Ada lacks the required skills: servers.']);
    expect(warnings.get('c')).toEqual(["18:00–19:00 is outside Ada's working hours (Thursday 08:00–17:00)."]);
    expect(warnings.has('d')).toBe(false);
  });
});

describe('createWarningsCache', () => {
  it('recomputes only the technicians whose jobs changed', () => {
    const t2 = { ...tech, id: 't2', name: 'Bo' };
    const a = makeJob({ id: 'a', number: 'J-1', requiredSkills: ['servers'], status: 'scheduled', assignment: asg('t1', '2026-11-26T09:00:00Z', '2026-11-26T10:00:00Z') });
    const b = makeJob({ id: 'b', number: 'J-2', requiredSkills: ['servers'], status: 'scheduled', assignment: asg('t2', '2026-11-26T09:00:00Z', '2026-11-26T10:00:00Z') });
    const warningsFor = createWarningsCache();
    const first = warningsFor([a, b], [tech, t2], 'Europe/London', new Date(0));
    const movedB = { ...b, assignment: asg('t2', '2026-11-26T18:00:00Z', '2026-11-26T19:00:00Z') };
    const second = warningsFor([a, movedB], [tech, t2], 'Europe/London', new Date(0));
    // Ada's row is untouched: the very same result; Bo's is recomputed with the new hours warning.
    expect(second.get('a')).toBe(first.get('a'));
    expect(second.get('b')).not.toBe(first.get('b'));
    expect(second.get('b')).toEqual(['18:00–19:00 is outside Bo\'s working hours (Thursday 08:00–17:00).', 'Bo lacks the required skills: servers.']);
    // A technician's own record counts too (skills learnt → warning gone).
    const third = warningsFor([a, movedB], [{ ...tech, skills: ['servers'] }, t2], 'Europe/London', new Date(0));
    expect(third.has('a')).toBe(false);
  });
});

describe('dayLoad', () => {
  it('sums booked time clipped to the day against working hours capped by capacity', () => {
    const jobs = [
      makeJob({ id: 'a', assignment: asg('t1', '2026-11-26T09:00:00Z', '2026-11-26T11:30:00Z') }),
      // Runs over midnight: only the part on the 26th counts.
      makeJob({ id: 'b', assignment: asg('t1', '2026-11-26T23:00:00Z', '2026-11-27T02:00:00Z') }),
      makeJob({ id: 'c', status: 'cancelled', assignment: asg('t1', '2026-11-26T12:00:00Z', '2026-11-26T13:00:00Z') }),
      makeJob({ id: 'd', assignment: asg('t2', '2026-11-26T12:00:00Z', '2026-11-26T13:00:00Z') }),
    ];
    const load = dayLoad({ ...tech, dailyCapacityHours: 7.5 }, jobs, '2026-11-26', 'Europe/London');
    expect(load).toEqual({ bookedMinutes: 210, availableMinutes: 450 });
  });

  it('has nothing available on a day off or a day without hours', () => {
    const off = { ...tech, timeOff: [{ start: '2026-11-25', end: '2026-11-27', reason: 'Leave' }] };
    expect(dayLoad(off, [], '2026-11-26', 'Europe/London')).toEqual({ bookedMinutes: 0, availableMinutes: 0 });
    expect(dayLoad(tech, [], '2026-11-28', 'Europe/London').availableMinutes).toBe(0); // Saturday
    expect(dayLoad(tech, [], '2026-11-26', 'Europe/London').availableMinutes).toBe(480); // 9 h of hours, 8 h capacity
  });
});

describe('timeOffEvents', () => {
  it('shades each day off on its row as an all-day background event with the reason', () => {
    const t = { ...tech, timeOff: [{ start: '2026-11-26', end: '2026-11-27', reason: ' Training ' }, { start: '2026-12-20', end: '2026-12-20', reason: '' }] };
    expect(timeOffEvents([t], '2026-11-23', '2026-11-29')).toEqual([
      {
        id: 'time-off:t1:0',
        resourceId: 't1',
        start: '2026-11-26',
        end: '2026-11-28',
        allDay: true,
        display: 'background',
        title: 'Time off: Training',
        classNames: ['time-off'],
      },
    ]);
    expect(timeOffEvents([t], '2026-12-20', '2026-12-20')[0]).toMatchObject({ title: 'Time off', end: '2026-12-21' });
  });
});
