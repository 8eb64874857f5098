import { isObj, withJobFields } from './job-fields';
import type { Migration } from './types';

/**
 * Version 6 adds what the planner, the reports and the shared database need. An older build would
 * drop these fields on its next write, so the version goes up and older builds refuse the file
 * instead. Each list below is frozen here (not taken from today's defaults) so a later change of a
 * default never changes what this migration wrote. The new fields:
 */

/** On every job: nothing yet. */
export const jobFieldsV6 = (): Record<string, unknown> => ({});

/** On the document: nothing yet. */
export const documentFieldsV6 = (): Record<string, unknown> => ({});

/** In the settings: nothing yet. */
export const settingsFieldsV6 = (): Record<string, unknown> => ({});

export const migration0006: Migration = {
  version: 6,
  name: 'planning-and-sharing',
  up: (data) => {
    const next = withJobFields(data, 6, (job) => ({ ...job, ...jobFieldsV6() }));
    const settings = next['settings'];
    if (!isObj(settings)) throw new Error('settings is not an object');
    return { ...next, ...documentFieldsV6(), settings: { ...settings, ...settingsFieldsV6() } };
  },
};
