/**
 * Every migration of the data file, in order. The store runs the ones above a file's
 * `schemaVersion` (after taking a pre-migration backup) and validates the result.
 *
 * To add one:
 * 1. Bump `CURRENT_SCHEMA_VERSION` in shared/schemas/document.ts and change the schemas.
 * 2. Write `shared/migrations/000N-what-it-does.ts` exporting a `Migration` with `version: N`: a pure
 *    `up(data)` from the version N-1 shape to the version N shape (no clock, no I/O; throw on an
 *    unexpected shape).
 * 3. List it below, keep a fixture of the old format in tests/fixtures/ and a test that migrates it.
 */
import type { Migration } from './types';
import { migration0002 } from './0002-sla-pause-print-alerts';
import { migration0003 } from './0003-job-revision';
import { migration0004 } from './0004-job-responded-at';
import { migration0005 } from './0005-visits-and-parts';
import { migration0006 } from './0006-planning-and-sharing';

export const migrations: Migration[] = [migration0002, migration0003, migration0004, migration0005, migration0006];
