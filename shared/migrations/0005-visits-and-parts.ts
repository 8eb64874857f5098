import { withJobFields } from './job-fields';
import type { Migration } from './types';
import { defaultMessageSettings } from '../schemas/messages';

/**
 * Version 5 lets the shop record what happened on site and bill it: every job gets an empty list
 * of `visits`, `followUpOf: null` and `resolvedAt: null` (the resolution time was not kept before); the document gets an empty `parts` list and the default
 * customer-message settings (no SMTP server yet, the standard templates). Nothing existing changes
 * meaning, but an older build would drop these fields on its next write, so the version goes up and
 * older builds refuse the file instead.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'visits-and-parts',
  up: (data) => {
    const next = withJobFields(data, 5, (job) => ({ ...job, visits: [], followUpOf: null, resolvedAt: null }));
    return { ...next, parts: [], messages: defaultMessageSettings() };
  },
};
