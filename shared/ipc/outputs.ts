/** Shapes returned by the contract that are not stored records. */
import type { Job } from '../schemas/job';
import type { Technician } from '../schemas/technician';
import type { Part } from '../schemas/visit';
import type { Client, Contact, Site } from '../schemas/client';
import type { Conflict } from '../domain/conflict-types';
import type { VisitContent } from '../domain/run-sheet';
import type { BookingDeadlines } from '../domain/booking-deadlines';
// Slot suggestions: the pure function's result is the channel's output.
export type { Suggestion, SuggestionList, SuggestionReason } from '../domain/suggest';

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
  /** Where the data lives: this computer's data file (also when absent) or the shop's shared database. */
  backend?: 'file' | 'postgres';
  /**
   * The shared database connection: `reconnecting` right after it dropped (changes are refused until
   * it is back), `unreachable` once that has lasted a while. Absent for the data file.
   */
  connection?: 'connected' | 'reconnecting' | 'unreachable';
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

// --- Run sheets ---

/**
 * One visit on a printed run sheet, with every name and address resolved: what the sheet shows
 * (the domain's `VisitContent`, over which the fingerprint is taken) plus display extras.
 */
export type RunSheetVisit = VisitContent & {
  /** `P1 – Critical`: the sheet is read in black and white. */
  priorityText: string;
  category: Job['category'];
  /** What the sheet shows of this visit, condensed; kept in print records. */
  fingerprint: string;
  /** The first response is still owed (nothing recorded, not en route or on site yet). */
  responseOwed: boolean;
  /** The deadlines this visit misses, so the sheet can say "already late". */
  deadlines: BookingDeadlines;
};

/** One technician's sheet for one day. */
export type RunSheet = {
  technicianId: string;
  technicianName: string;
  zone: string;
  /** `08:00–17:30`, `Time off (Holiday)` or `Not scheduled to work`. */
  shift: string;
  visits: RunSheetVisit[];
};

export type RunSheetsData = {
  day: string;
  timeZone: string;
  paperSize: 'A4' | 'Letter';
  /** When the host produced this data (the sheet's "printed at"). */
  generatedAt: string;
  sheets: RunSheet[];
};

/** "Changed since printed" for one technician's printed sheet. */
export type RunSheetStatusEntry = {
  technicianId: string;
  printedAt: string;
  /** Empty while the printed sheet is still right. */
  changes: Array<{ jobId: string; number: string; kind: 'added' | 'removed' | 'moved' | 'changed'; text: string }>;
};

export type RunSheetStatus = { day: string; technicians: RunSheetStatusEntry[]; revision: number };

/** What a print did: sent to the printer, saved as a PDF (with its path), or cancelled by the user. */
export type RunSheetPrintResult = { outcome: 'printed' | 'saved' | 'cancelled'; filePath?: string; technicianIds: string[] };

// --- Close-out ---

/** A technician's day to close out: their jobs in the printed sheet's order, and the parts list. */
export type CloseOutDay = {
  day: string;
  timeZone: string;
  technician: { id: string; name: string };
  jobs: Job[];
  parts: Part[];
  revision: number;
};

/** What a save of visits changed: the jobs as stored now, and the follow-up jobs it created. */
export type VisitsSaveResult = { jobs: Job[]; followUps: Job[] };

// --- Archive search ---

/** An archive month file that could not be read or validated; it is left untouched on disk. */
export type ArchiveProblem = { file: string; month: string; reason: string };

/** One archived job as listed by `archive:search` (read-only). */
export type ArchiveHit = {
  id: string;
  number: string;
  title: string;
  status: Job['status'];
  clientName: string;
  technicianName: string | null;
  /** When the job became done or cancelled (ISO). */
  finishedAt: string;
  /** `YYYY-MM`: the month file it lives in. */
  month: string;
};

export type ArchiveSearchResult = {
  hits: ArchiveHit[];
  /** Matches in all (hits holds at most `limit`). */
  total: number;
  /** Archived jobs searched. */
  searched: number;
  problems: ArchiveProblem[];
};

/** An archived job in full, with the names it had when it was archived. */
export type ArchivedJob = { job: Job; clientName: string; technicianName: string | null; finishedAt: string; archivedAt: string; month: string };
