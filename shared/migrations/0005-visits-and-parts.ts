import { isObj, withJobFields } from './job-fields';
import type { Obj } from './job-fields';
import type { Migration } from './types';
import { MESSAGE_SETTINGS_V5 } from './0005-message-settings';

/** Job categories when version 5 was written; a managed contract moved to v5 covers them all. */
const CATEGORIES_V5 = ['hardware', 'software', 'network', 'printer', 'security', 'maintenance', 'other'];

/**
 * A version 4 client's bare `contractType` and `hourlyRate` (major units, e.g. 95.5) → its v5
 * `contract` with the usual terms (docs/billing.md): `break-fix` becomes time and materials, a
 * managed contract covers every category until the shop narrows it, rates become minor units of a
 * two-decimal currency (the default, GBP).
 */
function contractOf(client: Obj, index: number): Obj {
  const old = client.contractType;
  const type = old === 'break-fix' ? 'time-and-materials' : old === 'block-hours' || old === 'managed' ? old : null;
  if (type === null) throw new Error(`clients.${index}.contractType is not break-fix, block-hours or managed`);
  const rate = typeof client.hourlyRate === 'number' && Number.isFinite(client.hourlyRate) ? client.hourlyRate : 0;
  return {
    type,
    hourlyRateMinor: Math.max(0, Math.round(rate * 100)),
    minimumChargeMinor: 0,
    incrementMinutes: 15,
    afterHoursPercent: 150,
    travelBillable: false,
    travelRateMinor: 0,
    blockWarnPercent: 20,
    includedCategories: type === 'managed' ? [...CATEGORIES_V5] : [],
  };
}

/**
 * Version 5 adds what the shop needs to run its income and managed services from the console.
 * Clients' bare contract type and hourly rate become contract terms; everything else is new and
 * starts empty. An older build would drop these fields on its next write, so the version goes up
 * and older builds refuse the file instead. The new fields:
 */

/**
 * On every job: close-out visits, the job it follows up, when it was resolved (not kept before),
 * the maintenance plan it was made from (none).
 */
export const jobFieldsV5 = () => ({ visits: [], followUpOf: null, resolvedAt: null, maintenance: null });

/**
 * On the document: the parts list; customer-message settings (no SMTP server yet, the standard
 * templates); technicians' calendar feeds (none issued yet); recurring maintenance plans; billing
 * batches and the batch counter.
 */
export const documentFieldsV5 = () => ({ parts: [], messages: JSON.parse(JSON.stringify(MESSAGE_SETTINGS_V5)) as typeof MESSAGE_SETTINGS_V5, calendarFeeds: [], maintenancePlans: [], billingBatches: [], nextBatchNumber: 1 });

/**
 * In the settings: remembered CSV column mappings; where the shop is, for public holidays (not said
 * yet); the billing currency and tax rate (GBP at 20 %, in basis points).
 */
export const settingsFieldsV5 = () => ({ importMappings: [], holidayLocation: null, billing: { currency: 'GBP', taxRateBasisPoints: 2000 } });

export const migration0005: Migration = {
  version: 5,
  name: 'visits-and-parts',
  up: (data) => {
    const next = withJobFields(data, 5, (job) => ({ ...job, ...jobFieldsV5() }));
    const settings = next['settings'];
    if (!isObj(settings)) throw new Error('settings is not an object');
    const clients = Array.isArray(next.clients) ? next.clients : [];
    const migrated = clients.map((client: unknown, index) => {
      if (!isObj(client)) throw new Error(`clients.${index} is not an object`);
      const { contractType: _type, hourlyRate: _rate, ...rest } = client;
      return { ...rest, contract: contractOf(client, index), blockTopUps: [] };
    });
    return { ...next, ...documentFieldsV5(), clients: migrated, settings: { ...settings, ...settingsFieldsV5() } };
  },
};
