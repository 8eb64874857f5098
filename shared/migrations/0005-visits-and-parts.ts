import { isObj, withJobFields } from './job-fields';
import type { Migration } from './types';
import { defaultMessageSettings } from '../schemas/messages';

/**
 * Version 5 adds what the shop needs to run its income and managed services from the console.
 * Nothing existing changes meaning, but an older build would drop these fields on its next write,
 * so the version goes up and older builds refuse the file instead. Each new field starts empty:
 */

/**
 * On every job: close-out visits, the job it follows up, when it was resolved (not kept before),
 * the maintenance plan it was made from (none).
 */
export const jobFieldsV5 = () => ({ visits: [], followUpOf: null, resolvedAt: null, maintenance: null });

/**
 * On the document: the parts list; customer-message settings (no SMTP server yet, the standard
 * templates); technicians' calendar feeds (none issued yet); recurring maintenance plans.
 */
export const documentFieldsV5 = () => ({ parts: [], messages: defaultMessageSettings(), calendarFeeds: [], maintenancePlans: [] });

/** In the settings: remembered CSV column mappings; where the shop is, for public holidays (not said yet). */
export const settingsFieldsV5 = () => ({ importMappings: [], holidayLocation: null });

export const migration0005: Migration = {
  version: 5,
  name: 'visits-and-parts',
  up: (data) => {
    const next = withJobFields(data, 5, (job) => ({ ...job, ...jobFieldsV5() }));
    const settings = next['settings'];
    if (!isObj(settings)) throw new Error('settings is not an object');
    return { ...next, ...documentFieldsV5(), settings: { ...settings, ...settingsFieldsV5() } };
  },
};
