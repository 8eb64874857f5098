/** What the intake crash worker needs: the whole core (see store-bundle.ts). */
export { createCore } from '../../../../../electron/core/create-core';
export { parseIntakeJob } from '../../../../../electron/core/services/intake/intake-schema';
