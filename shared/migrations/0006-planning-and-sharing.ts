import { isObj, withJobFields } from './job-fields';
import type { Migration } from './types';

/**
 * Version 6 adds what the planner needs (the reports and the shared database need no new fields). An older build would
 * drop these fields on its next write, so the version goes up and older builds refuse the file
 * instead. Each list below is frozen here (not taken from today's defaults) so a later change of a
 * default never changes what this migration wrote. The new fields:
 */

/** On every job: not pinned (the planner may move its booking when allowed). */
export const jobFieldsV6 = (): Record<string, unknown> => ({ pinned: false });

/**
 * In the settings: travel between zones for the planner (none within a zone, 30 minutes between
 * zones) and overtime (not allowed; at most an hour a day when allowed; a 5-hour weekly limit).
 */
export const settingsFieldsV6 = (): Record<string, unknown> => ({
  travel: { withinZoneMinutes: 0, betweenZonesMinutes: 30, pairs: [] },
  overtime: { allowed: false, dailyCapMinutes: 60, weeklyLimitMinutes: 300 },
});

export const migration0006: Migration = {
  version: 6,
  name: 'planning-and-sharing',
  up: (data) => {
    const next = withJobFields(data, 6, (job) => ({ ...job, ...jobFieldsV6() }));
    const settings = next['settings'];
    if (!isObj(settings)) throw new Error('settings is not an object');
    return { ...next, settings: { ...settings, ...settingsFieldsV6() } };
  },
};
