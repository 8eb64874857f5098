/** Shapes returned by the contract that are not stored records. */
import type { Job } from '../schemas/job';
import type { Technician } from '../schemas/technician';
import type { Client, Contact, Site } from '../schemas/client';
import type { Conflict } from '../domain/conflict-types';

/** Why the store started without the data the user had (shown as a banner with a restore offer). */
export type StoreRecovery = {
  /** When the problem was found (ISO). */
  at: string;
  /** Human-readable reason: "not valid JSON: …", "jobs.4.priority: …". */
  reason: string;
  /** Absolute path the unreadable file was moved to; it is never overwritten or deleted. */
  movedTo: string;
  /** Newest backup that parses and validates, if any (name as listed by `backups:list`). */
  newestGoodBackup: string | null;
};

export type BackupInfo = {
  /** File name inside the backups folder, e.g. `dispatch-2026-11-26.json`. */
  name: string;
  /** ISO time the backup was written. */
  createdAt: string;
  sizeBytes: number;
  /** Why it exists: the daily rolling backup, taken before a migration, before a restore, or by hand. */
  kind: 'daily' | 'pre-migration' | 'pre-restore' | 'manual';
};

export type StoreStatus = {
  dataFile: string;
  recovery: StoreRecovery | null;
  /** Set when the last write failed (disk full, permissions); cleared by the next good write. */
  lastWriteError: string | null;
};

/** What the renderer needs to know about the data folder at start and after changes. */
export type DataStatus = StoreStatus & {
  /** No clients, technicians or jobs yet: the UI offers the sample shop. */
  empty: boolean;
  sampleOffered: boolean;
  revision: number;
};

export type BoardData = {
  from: string;
  to: string;
  /** Active technicians, board order. */
  technicians: Technician[];
  /** Jobs whose assignment overlaps [from, to). */
  jobs: Job[];
  revision: number;
};

export type QueueData = { jobs: Job[]; revision: number };

export type Directory = { clients: Client[]; sites: Site[]; contacts: Contact[]; revision: number };

/** A schedule change and the rule findings the dispatcher should see (warn, not block, by default). */
export type ScheduleResult = { job: Job; conflicts: Conflict[] };

export type SampleLoadResult = { clients: number; technicians: number; jobs: number };

export type AppInfo = { version: string; host: 'electron' | 'headless'; dataDir: string };
