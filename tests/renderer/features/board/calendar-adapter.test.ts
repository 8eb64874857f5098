import { describe, expect, it } from 'vitest';
import {
  clientNameIndex,
  eventTitle,
  shouldGroupByZone,
  toEvents,
  toResources,
} from '../../../../renderer/src/features/board/calendar-adapter';
import type { JobEventProps, TechnicianResourceProps } from '../../../../renderer/src/features/board/calendar-adapter';
import { makeDirectory, makeJob, makeTechnician } from '../../support/factories';

const clientNames = clientNameIndex(makeDirectory().clients);

describe('toEvents', () => {
  const assigned = makeJob({
    id: 'job-7',
    number: 'J-1042',
    priority: 'P1',
    status: 'scheduled',
    title: 'Server down',
    assignment: { technicianId: 'tech-2', start: '2026-11-26T09:00:00Z', end: '2026-11-26T10:30:00Z' },
  });

  it('maps an assigned job to an event on its technician row, keyed by the job id', () => {
    const [event] = toEvents([assigned], clientNames);
    expect(event).toMatchObject({
      id: 'job-7',
      resourceId: 'tech-2',
      start: '2026-11-26T09:00:00Z',
      end: '2026-11-26T10:30:00Z',
    });
  });

  it('carries the pieces the event renderer shows, priority as text', () => {
    const [event] = toEvents([assigned], clientNames);
    const props = event!.extendedProps as JobEventProps;
    expect(props).toEqual({
      jobId: 'job-7',
      number: 'J-1042',
      clientName: 'Acme Dental',
      title: 'Server down',
      priority: 'P1',
      status: 'scheduled',
      job: assigned,
      pending: false,
      warnings: [],
    });
    expect(event!.title).toBe('P1 J-1042 Acme Dental – Server down');
    expect(event!.classNames).toEqual(['job-event', 'job-event--p1', 'job-event--scheduled']);
    expect(event!.editable).toBe(true);
  });

  it('marks pending jobs (striped, not draggable) and jobs with warnings', () => {
    const [event] = toEvents([assigned], clientNames, {
      pending: new Set(['job-7']),
      warnings: new Map([['job-7', ['Overlaps J-1001 (09:00–10:00).']]]),
    });
    const props = event!.extendedProps as JobEventProps;
    expect(props.pending).toBe(true);
    expect(props.warnings).toEqual(['Overlaps J-1001 (09:00–10:00).']);
    expect(event!.classNames).toEqual(['job-event', 'job-event--p1', 'job-event--scheduled', 'is-pending', 'has-warning']);
    expect(event!.editable).toBe(false);
    // Marks for other jobs leave this one alone.
    const [plain] = toEvents([assigned], clientNames, { pending: new Set(['other']), warnings: new Map([['other', ['x']]]) });
    expect(plain!.classNames).toEqual(['job-event', 'job-event--p1', 'job-event--scheduled']);
  });

  it('leaves unassigned jobs to the queue', () => {
    expect(toEvents([makeJob({ assignment: null })], clientNames)).toEqual([]);
  });

  it('names an unknown client instead of failing', () => {
    const job = { ...assigned, clientId: 'gone' };
    expect((toEvents([job], clientNames)[0]!.extendedProps as JobEventProps).clientName).toBe('Unknown client');
    expect(eventTitle(job, 'Unknown client')).toContain('Unknown client');
  });
});

describe('toResources', () => {
  const techs = [
    makeTechnician({ id: 'tech-b', name: 'Bea', zone: 'South', skills: ['servers'] }),
    makeTechnician({
      id: 'tech-a',
      name: 'Al',
      zone: '',
      workingHours: [
        { days: [1, 2, 3], start: '07:00', end: '15:00' },
        { days: [6], start: '09:00', end: '12:00' },
      ],
    }),
  ];

  it('makes one resource per technician with name, zone, skills and board order', () => {
    const resources = toResources(techs);
    expect(resources.map((r) => [r.id, r.title])).toEqual([
      ['tech-b', 'Bea'],
      ['tech-a', 'Al'],
    ]);
    const props = resources[0]!.extendedProps as TechnicianResourceProps;
    expect(props).toEqual({ zone: 'South', zoneLabel: 'South', skills: ['servers'], colour: '#1f77b4', order: 0 });
    expect((resources[1]!.extendedProps as TechnicianResourceProps).zoneLabel).toBe('No zone');
    expect((resources[1]!.extendedProps as TechnicianResourceProps).order).toBe(1);
  });

  it("turns working hours into FullCalendar's businessHours", () => {
    expect(toResources(techs)[1]!.businessHours).toEqual([
      { daysOfWeek: [1, 2, 3], startTime: '07:00', endTime: '15:00' },
      { daysOfWeek: [6], startTime: '09:00', endTime: '12:00' },
    ]);
  });

  it('keeps a technician without hours fully shaded (empty businessHours, not "none given")', () => {
    expect(toResources([makeTechnician({ workingHours: [] })])[0]!.businessHours).toEqual([]);
  });

  it('does not hand the calendar our own arrays', () => {
    const [resource] = toResources(techs);
    expect((resource!.extendedProps as TechnicianResourceProps).skills).not.toBe(techs[0]!.skills);
  });
});

describe('shouldGroupByZone', () => {
  it('groups only when there is more than one zone', () => {
    expect(shouldGroupByZone([makeTechnician({ zone: 'North' }), makeTechnician({ zone: 'North' })])).toBe(false);
    expect(shouldGroupByZone([makeTechnician({ zone: 'North' }), makeTechnician({ zone: 'South' })])).toBe(true);
    expect(shouldGroupByZone([])).toBe(false);
  });
});
