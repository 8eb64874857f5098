// Types for ids-doc.mjs (plain JavaScript so child processes can load it without TypeScript).
import type { OpenStoreOptions, ValidationResult } from '../../../../../electron/core/store/types';

export type IdsDoc = { schemaVersion: 1; ids: string[] };
export function idsOptions(dir: string, snapshotAfterRecords?: number): OpenStoreOptions<IdsDoc>;
export function validateIds(data: unknown): ValidationResult<IdsDoc>;
