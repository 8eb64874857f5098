/**
 * File names in a data folder, all derived from the data file's base name (`dispatch`):
 *
 *   dispatch.json                            the document (snapshot), with the last journal record it holds
 *   dispatch.000000000042.journal            journal segment whose first record is number 42
 *   dispatch.lock                            who has the folder open
 *   dispatch.json.<pid>.<n>.<hex>.tmp        a write in progress (removed on open if stale)
 *   dispatch.corrupt-20261126-093000.json    an unreadable file moved aside
 *   backups/dispatch-2026-11-26.json         daily backup
 *   backups/dispatch-manual-20261126-093000.json   (also pre-migration, pre-restore)
 *
 * Times in names are local: the user reads them, and "daily" means the user's calendar day.
 */
import type { BackupInfo } from './types';

export type BackupKind = BackupInfo['kind'];

export const BACKUPS_DIR = 'backups';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-11-26` (local). */
export function dayStamp(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `20261126-093000` (local). */
export function timeStamp(date: Date): string {
  return (
    `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-` +
    `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  );
}

/** `dispatch.json` → `dispatch`. */
export function baseNameOf(fileName: string): string {
  return fileName.endsWith('.json') ? fileName.slice(0, -'.json'.length) : fileName;
}

const SEGMENT_DIGITS = 12;

/** Journal segment whose first record is `firstSeq`; the fixed width makes names sort by number. */
export function journalSegmentName(base: string, firstSeq: number): string {
  return `${base}.${String(firstSeq).padStart(SEGMENT_DIGITS, '0')}.journal`;
}

/** The first record number a segment's name gives, or null for any other name. */
export function parseJournalSegmentName(base: string, name: string): number | null {
  if (!name.startsWith(`${base}.`) || !name.endsWith('.journal')) return null;
  const digits = name.slice(base.length + 1, -'.journal'.length);
  return new RegExp(`^\\d{${SEGMENT_DIGITS}}$`).test(digits) ? Number(digits) : null;
}

export function lockFileName(base: string): string {
  return `${base}.lock`;
}

/** Name for a file moved aside; `seq` > 1 only when one with the same second already exists. */
export function corruptFileName(base: string, at: Date, seq = 1): string {
  return `${base}.corrupt-${timeStamp(at)}${seq > 1 ? `-${seq}` : ''}.json`;
}

export function dailyBackupName(base: string, day: string): string {
  return `${base}-${day}.json`;
}

/** Name for a manual / pre-migration / pre-restore backup; `seq` > 1 disambiguates the same second. */
export function stampedBackupName(base: string, kind: Exclude<BackupKind, 'daily'>, at: Date, seq = 1): string {
  return `${base}-${kind}-${timeStamp(at)}${seq > 1 ? `-${seq}` : ''}.json`;
}

/** What a backup's name says about it; `order` sorts backups of one kind oldest → newest. */
export type ParsedBackupName = { kind: BackupKind; order: string };

/**
 * Recognise a backup name, or null for anything else (temp files, foreign files, path tricks).
 * This is also the gate for untrusted names passed to `restoreBackup`.
 */
export function parseBackupName(base: string, name: string): ParsedBackupName | null {
  if (!name.startsWith(`${base}-`) || !name.endsWith('.json')) return null;
  const middle = name.slice(base.length + 1, -'.json'.length);
  const daily = /^(\d{4}-\d{2}-\d{2})$/.exec(middle);
  if (daily) return { kind: 'daily', order: daily[1] ?? '' };
  const stamped = /^(manual|pre-migration|pre-restore)-(\d{8}-\d{6})(?:-(\d{1,4}))?$/.exec(middle);
  if (!stamped) return null;
  const seq = Number(stamped[3] ?? '1');
  return { kind: stamped[1] as BackupKind, order: `${stamped[2]}-${pad(seq, 4)}` };
}
