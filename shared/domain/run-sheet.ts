/**
 * Run sheets: which visits go on a technician's printed day sheet, in which order, and whether a
 * printed sheet has gone stale. Pure; the day, the zone and the jobs are passed in.
 */
import type { Priority } from '../schemas/common';
import type { Job } from '../schemas/job';
import type { PrintRecord } from '../schemas/print';
import type { Technician } from '../schemas/technician';
import { dayBounds, jobsOverlapping } from './jobs';
import { dayKey, formatHm, parseDayKey, weekdayOf, weeklyTable } from './zoned-time';

/** Priorities in words, so the sheet never relies on colour (it is printed in black and white). */
export const PRIORITY_WORDS: Readonly<Record<Priority, string>> = Object.freeze({
  P1: 'P1 – Critical',
  P2: 'P2 – High',
  P3: 'P3 – Normal',
  P4: 'P4 – Low',
});

/** What the sheet shows of one visit; the fingerprint is taken over exactly these fields. */
export type VisitContent = {
  jobId: string;
  number: string;
  start: string;
  end: string;
  status: Job['status'];
  priority: Priority;
  title: string;
  description: string;
  requiredSkills: readonly string[];
  notes: string;
  clientName: string;
  siteName: string;
  siteAddress: string;
  accessNotes: string;
  contactName: string;
  contactPhone: string;
  responseDueAt: string | null;
  resolutionDueAt: string | null;
};

/** The numeric part of `J-1042`, for tie-breaking (J-999 before J-1000). */
function jobNumberValue(number: string): number {
  const n = Number(number.replace(/^J-/, ''));
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}

/** Sheet order: by start time; visits starting together by job number (J-999 before J-1000). */
export function compareVisits(a: Pick<VisitContent, 'start' | 'number'>, b: Pick<VisitContent, 'start' | 'number'>): number {
  return Date.parse(a.start) - Date.parse(b.start) || jobNumberValue(a.number) - jobNumberValue(b.number) || a.number.localeCompare(b.number);
}

/**
 * The jobs that go on `technicianId`'s sheet for shop `day`, in sheet order: booked on them and
 * overlapping the day in `timeZone`, not cancelled (a cancelled visit is not work to do).
 *
 * Why: the sheet, the print record and the "changed since printed" check must all agree on what
 * the sheet holds, so they all take it from here.
 */
export function runSheetJobs(jobs: readonly Job[], technicianId: string, day: string, timeZone: string): Job[] {
  return runSheetJobsByTechnician(jobs, day, timeZone).get(technicianId) ?? [];
}

/**
 * Every technician's run-sheet jobs for `day` at once (technician id → jobs in sheet order): one
 * pass over the jobs, however many sheets are built from it.
 */
export function runSheetJobsByTechnician(jobs: readonly Job[], day: string, timeZone: string): Map<string, Job[]> {
  const { start, end } = dayBounds(day, timeZone);
  const byTechnician = new Map<string, Job[]>();
  for (const job of jobsOverlapping(jobs, start, end)) {
    if (job.status === 'cancelled' || !job.assignment) continue;
    const list = byTechnician.get(job.assignment.technicianId);
    if (list) list.push(job);
    else byTechnician.set(job.assignment.technicianId, [job]);
  }
  for (const list of byTechnician.values()) {
    list.sort((a, b) => compareVisits({ start: a.assignment?.start ?? '', number: a.number }, { start: b.assignment?.start ?? '', number: b.number }));
  }
  return byTechnician;
}

/** Ids of technicians with at least one visit on `day`. */
export function techniciansWithVisits(jobs: readonly Job[], day: string, timeZone: string): Set<string> {
  return new Set(runSheetJobsByTechnician(jobs, day, timeZone).keys());
}

/**
 * The technician's shift on `day` as `08:00–17:30` (several spans joined with ", "), `Time off
 * (reason)` when booked off, or `Not scheduled to work` on a day without hours.
 */
export function shiftText(technician: Pick<Technician, 'workingHours' | 'timeOff'>, day: string): string {
  const off = technician.timeOff.find((t) => t.start <= day && day <= t.end);
  if (off) return off.reason ? `Time off (${off.reason})` : 'Time off';
  const spans = weeklyTable(technician.workingHours)[weekdayOf(parseDayKey(day))] ?? [];
  if (spans.length === 0) return 'Not scheduled to work';
  const hm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return spans.map(([a, b]) => `${hm(a)}–${hm(b)}`).join(', ');
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, dependency-free. Not for security. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Progress along the visit (dispatched, en route, on site, done) is not a change to the plan the
 * technician holds; only being put on hold is.
 */
function planStatus(status: Job['status']): string {
  return status === 'on-hold' ? 'on-hold' : status === 'cancelled' ? 'cancelled' : 'planned';
}

const FINGERPRINT_VERSION = 'v1';

/**
 * A string that changes whenever anything the sheet shows for this visit changes: times, status
 * (plan-wise), title, priority, client, site, access notes, contact, description, skills, notes,
 * SLA due times.
 *
 * Why: print records keep one per visit so the board can tell the dispatcher a printed sheet is out
 * of date. The times and priority stay readable (`v1|<start>|<end>|P2|planned|<hash>`) so a change
 * can be described ("moved 09:00 → 10:30"); the rest is hashed to keep records small.
 */
export function visitFingerprint(visit: VisitContent): string {
  const rest = JSON.stringify([
    visit.title,
    visit.description,
    [...visit.requiredSkills],
    visit.notes,
    visit.clientName,
    visit.siteName,
    visit.siteAddress,
    visit.accessNotes,
    visit.contactName,
    visit.contactPhone,
    visit.responseDueAt,
    visit.resolutionDueAt,
  ]);
  return [FINGERPRINT_VERSION, visit.start, visit.end, visit.priority, planStatus(visit.status), fnv1a(rest)].join('|');
}

type ParsedFingerprint = { start: string; end: string; priority: string; status: string; rest: string };

function parseFingerprint(fingerprint: string): ParsedFingerprint | null {
  const parts = fingerprint.split('|');
  if (parts.length !== 6 || parts[0] !== FINGERPRINT_VERSION) return null;
  const [, start = '', end = '', priority = '', status = '', rest = ''] = parts;
  return { start, end, priority, status, rest };
}

/** A visit as it is now, for comparing with a print record. */
export type CurrentVisit = { jobId: string; number: string; fingerprint: string };

/** Where a job that left the sheet went, to say so in words. */
export type DepartedJob = {
  jobId: string;
  number: string;
  /** `cancelled`, `unassigned`, `reassigned` (to `technicianName`), `moved` (to `day`), or gone. */
  fate: 'cancelled' | 'unassigned' | 'reassigned' | 'moved' | 'deleted';
  technicianName?: string;
  day?: string;
};

/** One difference between a printed sheet and the visits as they are now. */
export type SheetChange = {
  jobId: string;
  number: string;
  kind: 'added' | 'removed' | 'moved' | 'changed';
  /** `J-1042 moved 09:00 → 10:30`, `J-1050 added`, `J-1031 cancelled`. */
  text: string;
};

/**
 * What changed on a technician's day since the sheet in `record` was printed: visits added,
 * removed (with where they went, from `departed`), moved (new times in `timeZone`), or changed in
 * anything else the sheet shows. Empty when the printed sheet is still right.
 *
 * Order: the printed sheet's order for removed/moved/changed, then added visits in sheet order.
 */
export function compareWithPrinted(
  record: Pick<PrintRecord, 'jobs'>,
  current: readonly CurrentVisit[],
  departed: ReadonlyMap<string, DepartedJob>,
  timeZone: string,
): SheetChange[] {
  const now = new Map(current.map((v) => [v.jobId, v]));
  const printedIds = new Set(record.jobs.map((j) => j.jobId));
  const changes: SheetChange[] = [];
  const hm = (iso: string) => formatHm(new Date(iso), timeZone);

  for (const printed of record.jobs) {
    const visit = now.get(printed.jobId);
    if (!visit) {
      const gone = departed.get(printed.jobId);
      const number = gone?.number ?? 'A job';
      changes.push({ jobId: printed.jobId, number, kind: 'removed', text: `${number} ${departureText(gone)}` });
      continue;
    }
    if (visit.fingerprint === printed.fingerprint) continue;
    const before = parseFingerprint(printed.fingerprint);
    const after = parseFingerprint(visit.fingerprint);
    const n = visit.number;
    if (before && after && (before.start !== after.start || before.end !== after.end)) {
      const text =
        before.start !== after.start
          ? `${n} moved ${hm(before.start)} → ${hm(after.start)}`
          : `${n} now ends ${hm(after.end)} (was ${hm(before.end)})`;
      changes.push({ jobId: visit.jobId, number: n, kind: 'moved', text });
      continue;
    }
    const what: string[] = [];
    if (before && after) {
      if (before.priority !== after.priority) what.push(`priority ${before.priority} → ${after.priority}`);
      if (before.status !== after.status) what.push(after.status === 'on-hold' ? 'put on hold' : 'taken off hold');
      if (before.rest !== after.rest) what.push('details changed');
    }
    changes.push({ jobId: visit.jobId, number: n, kind: 'changed', text: `${n} ${what.length > 0 ? what.join(', ') : 'changed'}` });
  }
  for (const visit of current) {
    if (!printedIds.has(visit.jobId)) changes.push({ jobId: visit.jobId, number: visit.number, kind: 'added', text: `${visit.number} added` });
  }
  return changes;
}

function departureText(gone: DepartedJob | undefined): string {
  switch (gone?.fate) {
    case 'cancelled':
      return 'cancelled';
    case 'unassigned':
      return 'taken off the board';
    case 'reassigned':
      return `reassigned to ${gone.technicianName ?? 'another technician'}`;
    case 'moved':
      return gone.day ? `moved to ${gone.day}` : 'moved to another day';
    default:
      return 'removed';
  }
}

/** `2026-11-26` is a real calendar day (the schema checks the shape; this checks the date). */
export function isCalendarDay(day: string): boolean {
  try {
    return dayKey(parseDayKey(day)) === day;
  } catch {
    return false;
  }
}

/** How long print records are kept (by their day) before they are pruned. */
export const PRINT_RECORD_RETENTION_DAYS = 60;
