/**
 * From parsed JSON to a trusted document: read `schemaVersion`, run the numbered migrations above
 * it in order, validate the result. Pure (no I/O), so the same steps check the data file, a backup
 * offered for restore, and candidates for "newest good backup".
 */
import type { Migration } from '../../../shared/migrations/types';
import type { OpenStoreOptions, ValidationResult } from './types';

/** The parts of the options that define what a valid document is. */
export type DocumentRules<T> = Pick<OpenStoreOptions<T>, 'currentVersion' | 'migrations' | 'validate'>;

export type VersionCheck =
  | { kind: 'current' | 'older'; version: number }
  | { kind: 'too-new'; version: number }
  | { kind: 'bad'; reason: string };

/** Where a parsed document stands relative to this build. */
export function checkVersion(data: unknown, currentVersion: number): VersionCheck {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { kind: 'bad', reason: 'not a data file: the top level is not an object' };
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'bad', reason: 'schemaVersion is missing or not a whole number' };
  }
  if (version > currentVersion) return { kind: 'too-new', version };
  return { kind: version === currentVersion ? 'current' : 'older', version };
}

/**
 * Throw (a programming error, not a data problem) if the migration list cannot be right:
 * duplicates, versions outside 2…currentVersion, or an `empty()` that is not current and valid.
 */
export function assertRules<T extends { schemaVersion: number }>(rules: DocumentRules<T>, empty: () => T): void {
  const seen = new Set<number>();
  for (const m of rules.migrations) {
    if (!Number.isInteger(m.version) || m.version < 2 || m.version > rules.currentVersion) {
      throw new Error(`Migration "${m.name}" has version ${m.version}; expected 2…${rules.currentVersion}.`);
    }
    if (seen.has(m.version)) throw new Error(`Two migrations produce schemaVersion ${m.version}.`);
    seen.add(m.version);
  }
  const fresh = empty();
  if (fresh.schemaVersion !== rules.currentVersion) {
    throw new Error(`empty() has schemaVersion ${fresh.schemaVersion}; expected ${rules.currentVersion}.`);
  }
  const checked = rules.validate(fresh);
  if (!checked.ok) throw new Error(`empty() does not validate: ${checked.reason}`);
}

/**
 * Migrate `data` (at schemaVersion `from`) to the current version and validate it.
 * A migration that throws, or a result that does not validate, gives `{ ok: false, reason }`.
 * A missing step is a programming error and throws.
 */
export function upgrade<T>(data: unknown, from: number, rules: DocumentRules<T>): ValidationResult<T> {
  let doc = data;
  for (let version = from + 1; version <= rules.currentVersion; version++) {
    const step = findStep(rules.migrations, version);
    try {
      doc = step.up(doc);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, reason: `migration ${version} (${step.name}) failed: ${message}` };
    }
    // Stamp the version here so a migration cannot forget it and loop on the next open.
    if (typeof doc === 'object' && doc !== null && !Array.isArray(doc)) doc = { ...doc, schemaVersion: version };
  }
  return rules.validate(doc);
}

/** Parse-level check, version check, migrate and validate in one call (for backups). */
export function loadParsed<T>(data: unknown, rules: DocumentRules<T>): ValidationResult<T> {
  const version = checkVersion(data, rules.currentVersion);
  if (version.kind === 'bad') return { ok: false, reason: version.reason };
  if (version.kind === 'too-new') return { ok: false, reason: `written by a newer version (schemaVersion ${version.version})` };
  try {
    return upgrade(data, version.version, rules);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function findStep(migrations: readonly Migration[], version: number): Migration {
  const step = migrations.find((m) => m.version === version);
  if (!step) throw new Error(`No migration produces schemaVersion ${version}; the migration list has a gap.`);
  return step;
}
