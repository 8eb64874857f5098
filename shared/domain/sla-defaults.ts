import type { SlaPolicy } from '../schemas/sla';

const weekdays = [1, 2, 3, 4, 5];
const everyDay = [0, 1, 2, 3, 4, 5, 6];

/**
 * The SLA tiers a new shop starts with. Figures follow common Break/Fix contracts: a P1 (business
 * down) is answered within the hour and fixed within four; a P4 is a request with a week's slack.
 * Editable in settings; these are only a sensible beginning.
 */
export function defaultSlaPolicies(): SlaPolicy[] {
  return [
    {
      id: 'standard',
      name: 'Standard (business hours)',
      targets: {
        P1: { responseMinutes: 60, resolutionMinutes: 240 },
        P2: { responseMinutes: 120, resolutionMinutes: 480 },
        P3: { responseMinutes: 240, resolutionMinutes: 1440 },
        P4: { responseMinutes: 480, resolutionMinutes: 2400 },
      },
      businessHours: [{ days: weekdays, start: '08:00', end: '18:00' }],
      holidays: [],
    },
    {
      id: 'priority',
      name: 'Priority (extended hours)',
      targets: {
        P1: { responseMinutes: 30, resolutionMinutes: 240 },
        P2: { responseMinutes: 60, resolutionMinutes: 480 },
        P3: { responseMinutes: 180, resolutionMinutes: 960 },
        P4: { responseMinutes: 480, resolutionMinutes: 2400 },
      },
      businessHours: [
        { days: weekdays, start: '07:00', end: '20:00' },
        { days: [6], start: '09:00', end: '13:00' },
      ],
      holidays: [],
    },
    {
      id: 'managed-24x7',
      name: 'Managed 24×7',
      targets: {
        P1: { responseMinutes: 30, resolutionMinutes: 240 },
        P2: { responseMinutes: 60, resolutionMinutes: 480 },
        P3: { responseMinutes: 240, resolutionMinutes: 1440 },
        P4: { responseMinutes: 480, resolutionMinutes: 4320 },
      },
      businessHours: [{ days: everyDay, start: '00:00', end: '24:00' }],
      holidays: [],
    },
  ];
}
