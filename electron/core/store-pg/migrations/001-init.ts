/**
 * The relational schema of the shared store. Every record table has the same frame — `id`, a row
 * `version` (1 when inserted, one more per update: the optimistic-concurrency check), the
 * `change_seq` of the transaction that last wrote it (what another desk catches up from) and the
 * record itself as `data` (validated with the record's schema whenever it is read) — plus columns
 * for what the database must enforce: identity, references, unique numbers and references, allowed
 * values. References are checked at COMMIT (deferred), so one transaction may write a client and
 * its first job in any order.
 */
export const migration001 = {
  version: 1,
  name: 'init',
  sql: `
CREATE TABLE meta (
  id int PRIMARY KEY CHECK (id = 1),
  schema_version int NOT NULL CHECK (schema_version >= 1),
  next_job_number int NOT NULL CHECK (next_job_number >= 1),
  next_batch_number int NOT NULL CHECK (next_batch_number >= 1),
  change_seq bigint NOT NULL DEFAULT 0 CHECK (change_seq >= 0)
);

CREATE TABLE technicians (
  id text PRIMARY KEY,
  version int NOT NULL CHECK (version >= 1),
  change_seq bigint NOT NULL,
  name text NOT NULL,
  data jsonb NOT NULL
);

CREATE TABLE clients (
  id text PRIMARY KEY,
  version int NOT NULL CHECK (version >= 1),
  change_seq bigint NOT NULL,
  name text NOT NULL,
  data jsonb NOT NULL
);

CREATE TABLE sites (
  id text PRIMARY KEY,
  version int NOT NULL CHECK (version >= 1),
  change_seq bigint NOT NULL,
  client_id text NOT NULL REFERENCES clients (id) DEFERRABLE INITIALLY DEFERRED,
  data jsonb NOT NULL
);

CREATE TABLE contacts (
  id text PRIMARY KEY,
  version int NOT NULL CHECK (version >= 1),
  change_seq bigint NOT NULL,
  client_id text NOT NULL REFERENCES clients (id) DEFERRABLE INITIALLY DEFERRED,
  data jsonb NOT NULL
);

CREATE TABLE sla_policies (
  id text PRIMARY KEY,
  version int NOT NULL CHECK (version >= 1),
  change_seq bigint NOT NULL,
  data jsonb NOT NULL
);

CREATE TABLE parts (
  id text PRIMARY KEY,
  version int NOT NULL CHECK (version >= 1),
  change_seq bigint NOT NULL,
  data jsonb NOT NULL
);

CREATE TABLE jobs (
  id text PRIMARY KEY,
  version int NOT NULL CHECK (version >= 1),
  change_seq bigint NOT NULL,
  number text NOT NULL UNIQUE CHECK (number ~ '^J-[0-9]{1,9}$'),
  client_id text NOT NULL REFERENCES clients (id) DEFERRABLE INITIALLY DEFERRED,
  site_id text REFERENCES sites (id) DEFERRABLE INITIALLY DEFERRED,
  contact_id text REFERENCES contacts (id) DEFERRABLE INITIALLY DEFERRED,
  technician_id text REFERENCES technicians (id) DEFERRABLE INITIALLY DEFERRED,
  status text NOT NULL CHECK (status IN ('new', 'scheduled', 'dispatched', 'en-route', 'on-site', 'on-hold', 'done', 'cancelled')),
  priority text NOT NULL CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
  revision int NOT NULL CHECK (revision >= 1),
  starts_at timestamptz,
  ends_at timestamptz,
  external_ref text CHECK (external_ref <> ''),
  data jsonb NOT NULL,
  CHECK ((technician_id IS NULL) = (starts_at IS NULL) AND (starts_at IS NULL) = (ends_at IS NULL)),
  CHECK (ends_at > starts_at)
);
-- Intake is exactly-once across desks: two desks taking the same caller reference cannot both commit.
CREATE UNIQUE INDEX jobs_external_ref ON jobs (external_ref) WHERE external_ref IS NOT NULL;
CREATE INDEX jobs_technician_start ON jobs (technician_id, starts_at);

-- One row per history line; lines are only ever added (a trigger refuses updates).
CREATE TABLE job_history (
  job_id text NOT NULL REFERENCES jobs (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  line int NOT NULL CHECK (line >= 0),
  entry jsonb NOT NULL,
  PRIMARY KEY (job_id, line)
);
CREATE FUNCTION job_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'job history lines are never changed, only added';
END $$;
CREATE TRIGGER job_history_no_update BEFORE UPDATE ON job_history FOR EACH ROW EXECUTE FUNCTION job_history_append_only();

CREATE TABLE print_records (
  id text PRIMARY KEY,
  version int NOT NULL CHECK (version >= 1),
  change_seq bigint NOT NULL,
  technician_id text NOT NULL REFERENCES technicians (id) DEFERRABLE INITIALLY DEFERRED,
  day date NOT NULL,
  data jsonb NOT NULL,
  UNIQUE (technician_id, day)
);

CREATE TABLE calendar_feeds (
  id text PRIMARY KEY REFERENCES technicians (id) DEFERRABLE INITIALLY DEFERRED,
  version int NOT NULL CHECK (version >= 1),
  change_seq bigint NOT NULL,
  data jsonb NOT NULL
);

CREATE TABLE maintenance_plans (
  id text PRIMARY KEY,
  version int NOT NULL CHECK (version >= 1),
  change_seq bigint NOT NULL,
  client_id text NOT NULL REFERENCES clients (id) DEFERRABLE INITIALLY DEFERRED,
  site_id text REFERENCES sites (id) DEFERRABLE INITIALLY DEFERRED,
  data jsonb NOT NULL
);

CREATE TABLE billing_batches (
  id text PRIMARY KEY,
  version int NOT NULL CHECK (version >= 1),
  change_seq bigint NOT NULL,
  number int NOT NULL UNIQUE CHECK (number >= 1),
  client_id text NOT NULL REFERENCES clients (id) DEFERRABLE INITIALLY DEFERRED,
  data jsonb NOT NULL
);

-- The shop-wide records: one row each (alerts are acknowledged once for the whole shop).
CREATE TABLE settings (
  id text PRIMARY KEY CHECK (id = 'shop'),
  version int NOT NULL CHECK (version >= 1),
  change_seq bigint NOT NULL,
  data jsonb NOT NULL
);
CREATE TABLE alert_state (
  id text PRIMARY KEY CHECK (id = 'shop'),
  version int NOT NULL CHECK (version >= 1),
  change_seq bigint NOT NULL,
  data jsonb NOT NULL
);
CREATE TABLE message_settings (
  id text PRIMARY KEY CHECK (id = 'shop'),
  version int NOT NULL CHECK (version >= 1),
  change_seq bigint NOT NULL,
  data jsonb NOT NULL
);

-- What was deleted, so a desk that catches up from a change_seq also learns of removals.
CREATE TABLE deleted_rows (
  change_seq bigint NOT NULL,
  tbl text NOT NULL,
  id text NOT NULL
);
CREATE INDEX deleted_rows_seq ON deleted_rows (change_seq);

-- Finished jobs moved out of the active tables, one row per job, by the month it finished in.
CREATE TABLE archived_jobs (
  job_id text PRIMARY KEY,
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  number text NOT NULL,
  finished_at timestamptz NOT NULL,
  entry jsonb NOT NULL
);
CREATE INDEX archived_jobs_month ON archived_jobs (month, finished_at DESC);
CREATE TABLE archive_pending (
  id text PRIMARY KEY CHECK (id = 'batch'),
  data jsonb NOT NULL
);

-- Catching up reads what changed after a change_seq.
CREATE INDEX technicians_change_seq ON technicians (change_seq);
CREATE INDEX clients_change_seq ON clients (change_seq);
CREATE INDEX sites_change_seq ON sites (change_seq);
CREATE INDEX contacts_change_seq ON contacts (change_seq);
CREATE INDEX sla_policies_change_seq ON sla_policies (change_seq);
CREATE INDEX parts_change_seq ON parts (change_seq);
CREATE INDEX jobs_change_seq ON jobs (change_seq);
CREATE INDEX print_records_change_seq ON print_records (change_seq);
CREATE INDEX calendar_feeds_change_seq ON calendar_feeds (change_seq);
CREATE INDEX maintenance_plans_change_seq ON maintenance_plans (change_seq);
CREATE INDEX billing_batches_change_seq ON billing_batches (change_seq);
CREATE INDEX settings_change_seq ON settings (change_seq);
CREATE INDEX alert_state_change_seq ON alert_state (change_seq);
CREATE INDEX message_settings_change_seq ON message_settings (change_seq);
`,
} as const;
