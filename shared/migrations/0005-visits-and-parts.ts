import { isObj, withJobFields } from './job-fields';
import type { Obj } from './job-fields';
import type { Migration } from './types';

/** Job categories when version 5 was written; a managed contract moved to v5 covers them all. */
const CATEGORIES_V5 = ['hardware', 'software', 'network', 'printer', 'security', 'other'];

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
 * Version 5 lets the shop record what happened on site and bill it: every job gets an empty list
 * of `visits` and `followUpOf: null`, and the document gets an empty `parts` list. Clients' bare
 * contract type and hourly rate become contract terms with no block-hours top-ups; settings get
 * the billing currency and tax rate; the document gets no billing batches yet. An older build
 * would drop these fields on its next write, so the version goes up and older builds refuse the
 * file instead.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'visits-and-parts',
  up: (data) => {
    const next = withJobFields(data, 5, (job) => ({ ...job, visits: [], followUpOf: null }));
    const clients = Array.isArray(next.clients) ? next.clients : [];
    const migrated = clients.map((client: unknown, index) => {
      if (!isObj(client)) throw new Error(`clients.${index} is not an object`);
      const { contractType: _type, hourlyRate: _rate, ...rest } = client;
      return { ...rest, contract: contractOf(client, index), blockTopUps: [] };
    });
    const settings = isObj(next.settings) ? { ...next.settings, billing: { currency: 'GBP', taxRateBasisPoints: 2000 } } : next.settings;
    return { ...next, clients: migrated, settings, parts: [], billingBatches: [], nextBatchNumber: 1 };
  },
};
