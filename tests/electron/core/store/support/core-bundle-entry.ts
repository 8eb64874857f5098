/** What the intake and maintenance crash workers need: the whole core (see store-bundle.ts). */
export { createCore } from '../../../../../electron/core/create-core';
export { parseIntakeJob } from '../../../../../electron/core/services/intake/intake-schema';
// The maintenance crash worker reads where the previous round got to without taking the lock.
export { readCommittedDocument } from '../../../../../electron/core/store/read-committed';
