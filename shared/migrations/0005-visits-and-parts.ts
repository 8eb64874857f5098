import { withJobFields } from './job-fields';
import type { Migration } from './types';

/**
 * Version 5 lets the shop record what happened on site and bill it: every job gets an empty list
 * of `visits`, `followUpOf: null` and `maintenance: null` (not made from a maintenance plan), and the
 * document gets empty `parts` and `maintenancePlans` lists. Nothing existing
 * changes meaning, but an older build would drop these fields on its next write, so the version
 * goes up and older builds refuse the file instead.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'visits-and-parts',
  up: (data) => {
    const next = withJobFields(data, 5, (job) => ({ ...job, visits: [], followUpOf: null, maintenance: null }));
    return { ...next, parts: [], maintenancePlans: [] };
  },
};
