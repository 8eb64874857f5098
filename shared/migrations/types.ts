/**
 * A numbered, pure migration of the persisted document.
 *
 * `up` turns a document at `version - 1` into one at `version`. It receives freshly parsed JSON
 * (never the live document), must not touch the clock, the disk or any global, and returns the new
 * document. Files are named after the version they produce: `0002-add-zones.ts` has `version: 2`.
 */
export type Migration = {
  /** The schemaVersion this migration produces (it reads `version - 1`). */
  version: number;
  /** Short kebab-case name, shown in errors and logs: `add-zones`. */
  name: string;
  /** Pure: old document in, new document out. Throw if the input is not the expected old shape. */
  up(data: unknown): unknown;
};
