import { isObj, withJobFields } from './job-fields';
import type { Migration } from './types';

/**
 * Version 5 lets the shop record what happened on site and bill it: every job gets an empty list
 * of `visits` and `followUpOf: null`, and the document gets an empty `parts` list. Nothing existing
 * changes meaning, but an older build would drop these fields on its next write, so the version
 * goes up and older builds refuse the file instead.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'visits-and-parts',
  up: (data) => {
    const next = withJobFields(data, 5, (job) => ({ ...job, visits: [], followUpOf: null }));
    // Calendar feeds: no technician has a feed yet, and the shop has not said where it is.
    const settings = isObj(next.settings) ? { ...next.settings, holidayLocation: null } : next.settings;
    return { ...next, parts: [], calendarFeeds: [], settings };
  },
};
