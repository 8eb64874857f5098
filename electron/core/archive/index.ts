/** Finished jobs moved out of the active document into per-month files, and search over them. */
export { ArchiveFiles, checkMonth } from './archive-files';
export type { ArchiveStorage, MonthRead, PendingBatch } from './archive-files';
export { ArchiveIndex } from './archive-index';
export { Archiver, DEFAULT_BATCH_SIZE } from './archiver';
export type { ArchiveRun } from './archiver';
export * from './archive-format';
