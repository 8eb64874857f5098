import type { Migration } from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 2 adds what urgent alerts, paused SLA clocks and printed run sheets need to remember:
 * - every job gets `slaPausedSince: null` and `slaPausedMinutes: 0` (no clock was ever paused in v1);
 * - the document gets `printRecords: []` and `alertState: { acknowledged: [], snoozedUntil: null }`;
 * - settings get explicit `alerts` and `intake` sections with their defaults (intake off).
 */
export const migration0002: Migration = {
  version: 2,
  name: 'sla-pause-print-alerts',
  up(data) {
    if (!isObj(data) || !Array.isArray(data.jobs) || !isObj(data.settings)) {
      throw new Error('expected a version 1 document with jobs and settings');
    }
    const jobs = data.jobs.map((job: unknown, index) => {
      if (!isObj(job)) throw new Error(`jobs.${index} is not an object`);
      return { ...job, slaPausedSince: null, slaPausedMinutes: 0 };
    });
    const settings = {
      ...data.settings,
      alerts: { repeatMinutes: 5, quietHours: null, sound: true },
      intake: { enabled: false, port: 4781, listenOnNetwork: false, token: null },
    };
    return {
      ...data,
      schemaVersion: 2,
      settings,
      jobs,
      printRecords: [],
      alertState: { acknowledged: [], snoozedUntil: null },
    };
  },
};
