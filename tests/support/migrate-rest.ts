import { migrations } from '../../shared/migrations';

/**
 * Runs the migrations after the document's own version, so a migration's test can validate its
 * output with today's schema (later migrations only add fields) without naming each of them.
 */
export function migrateRest(data: unknown): unknown {
  const from = (data as { schemaVersion: number }).schemaVersion;
  return migrations.filter((m) => m.version > from).reduce((doc, m) => m.up(doc), data);
}
