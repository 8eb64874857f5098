import type { Migration } from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 3 gives every job a `revision` (1 when created, one more per change), which callers
 * send back as `expectedRevision` so a stale window gets CONFLICT instead of overwriting a newer
 * version. Existing jobs start at 1; their history entries stay as they are (an entry's own
 * `revision` is optional and only written from now on).
 */
export const migration0003: Migration = {
  version: 3,
  name: 'job-revision',
  up(data) {
    if (!isObj(data) || !Array.isArray(data.jobs)) throw new Error('expected a version 2 document with jobs');
    const jobs = data.jobs.map((job: unknown, index) => {
      if (!isObj(job)) throw new Error(`jobs.${index} is not an object`);
      return { ...job, revision: 1 };
    });
    return { ...data, schemaVersion: 3, jobs };
  },
};
