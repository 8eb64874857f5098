/** The durable document store: open a data folder, mutate with group commit, back up, restore. */
export { openStore, DEFAULT_FILE_NAME, DEFAULT_BACKUPS_TO_KEEP } from './open-store';
export { StoreLockedError, StoreTooNewError, StoreClosedError, BackupRestoreError, JournalCorruptError } from './errors';
export { readCommittedDocument } from './read-committed';
export type { LockHolder } from './errors';
export { validatorFromSchema } from './validator';
export type { SafeParseSchema } from './validator';
export { DurableJsonFile, writeFileDurably } from './durable-json-file';
export type {
  BackupInfo,
  ExternalChange,
  OpenStoreOptions,
  SnapshotPolicy,
  Store,
  StoreRecovery,
  StoreStatus,
  ValidationResult,
} from './types';
export type { Migration } from '../../../shared/migrations/types';
export { nodeFileSystem } from './file-system';
export type { FileHandlePort, FileStats, FileSystem } from './file-system';
