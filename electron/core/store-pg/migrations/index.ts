/**
 * The database's own schema migrations, numbered; each runs once, in order, inside the same
 * transaction as its `schema_migrations` row. (The document's migrations, shared/migrations, run
 * on the records themselves; see load-document.ts.)
 */
import { migration001 } from './001-init';

export type SqlMigration = { version: number; name: string; sql: string };

export const SQL_MIGRATIONS: readonly SqlMigration[] = [migration001];
