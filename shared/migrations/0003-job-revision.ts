import { withJobFields } from './job-fields';
import type { Migration } from './types';

/**
 * Version 3 gives every job a `revision` (1 when created, one more per change), which callers
 * send back as `expectedRevision` so a stale window gets CONFLICT instead of overwriting a newer
 * version. Existing jobs start at 1; their history entries stay as they are (an entry's own
 * `revision` is optional and only written from now on).
 */
export const migration0003: Migration = {
  version: 3,
  name: 'job-revision',
  up: (data) => withJobFields(data, 3, (job) => ({ ...job, revision: 1 })),
};
