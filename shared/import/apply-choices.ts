/**
 * Turn a file's rows into the rows sent to the host, by the user's choices: each column into its
 * field, each priority/type/status value into ours, dates into instants. Values nobody could map
 * get the default and a notice saying so; closed tickets are set aside unless asked for. Pure: the
 * shop's zone and the time now are passed in.
 */
import type { FieldOf, HeaderMapping, ImportKind } from './columns';
import { mappingOf, rowValues } from './columns';
import type { ImportChoices, SourceRow } from './choices';
import { DEFAULT_PRIORITY, valueKey } from './choices';
import { readDateTime } from './dates';
import type { ImportIssue } from './schemas';
import { clipText, readHours } from './values';
import { guessCategory, guessPriority, guessTicketState } from './value-guess';

/** A closed ticket left out of the import (listed in the preview). */
export type ClosedTicket = { line: number; status: string; title: string };

export type AppliedChoices<K extends ImportKind> = {
  mapping: HeaderMapping<K>;
  rows: { line: number; values: Partial<Record<FieldOf<K>, string>> }[];
  closed: ClosedTicket[];
  /** Rows refused before the host sees them (an unreadable date), with why. */
  issues: Map<number, ImportIssue[]>;
  /** What was defaulted or changed on the way, per row: shown in the preview, not errors. */
  notices: Map<number, ImportIssue[]>;
  /** Said once for the whole file: "No priority column: every job is P3". */
  fileNotices: string[];
};

type Context = { timeZone: string; now: Date };

/** Apply the choices to every row. Kinds other than jobs only map columns. */
export function applyChoices<K extends ImportKind>(kind: K, headers: readonly string[], source: readonly SourceRow[], choices: ImportChoices<K>, ctx: Context): AppliedChoices<K> {
  const mapping = mappingOf(kind, headers, choices.fields);
  const out: AppliedChoices<K> = { mapping, rows: [], closed: [], issues: new Map(), notices: new Map(), fileNotices: [] };
  if (kind !== 'jobs') {
    out.rows = source.map((r) => ({ line: r.line, values: rowValues(mapping, r.cells) }));
    return out;
  }
  const has = (field: string) => mapping.columns.some((c) => c.field === field);
  if (!has('priority')) out.fileNotices.push(`No priority column: every job gets ${DEFAULT_PRIORITY}.`);
  if (!has('received_at')) out.fileNotices.push('No received time column: SLA clocks start at the moment of the import.');
  for (const row of source) {
    const values = rowValues(mapping, row.cells) as Partial<Record<string, string>>;
    const notices: ImportIssue[] = [];
    const issues: ImportIssue[] = [];
    const note = (field: string, message: string) => notices.push({ field, message });

    if (values.status !== undefined) {
      const state = choices.values.status[valueKey(values.status)] ?? guessTicketState(values.status);
      if (state === 'closed' && !choices.includeClosed) {
        out.closed.push({ line: row.line, status: values.status.trim(), title: (values.title ?? '').trim() });
        continue;
      }
      values.status = state;
    }

    if (has('priority')) {
      const raw = values.priority;
      const chosen = raw === undefined ? null : (choices.values.priority[valueKey(raw)] ?? guessPriority(raw));
      values.priority = chosen ?? DEFAULT_PRIORITY;
      if (chosen === null) note('priority', raw === undefined ? `empty → ${DEFAULT_PRIORITY} (default)` : `"${clipText(raw)}" → ${DEFAULT_PRIORITY} (default)`);
    } else values.priority = DEFAULT_PRIORITY;

    if (values.category !== undefined) {
      const raw = values.category;
      const category = choices.values.category[valueKey(raw)] ?? guessCategory(raw);
      if (category === 'other' && valueKey(raw) !== 'other') note('category', `"${clipText(raw)}" → other`);
      values.category = category;
    }

    if (values.estimate_hours !== undefined) {
      const hours = readHours(values.estimate_hours);
      if (hours.ok && hours.value > 0) values.estimate ??= String(Math.round(hours.value * 60));
      else note('estimate', `"${clipText(values.estimate_hours)}" hours → 60 minutes (default)`);
      delete values.estimate_hours;
    }

    if (values.received_at !== undefined) {
      const read = readDateTime(values.received_at, choices.dateOrder ?? 'ymd', ctx.timeZone, ctx.now);
      if (read.ok) values.received_at = read.value;
      else issues.push({ field: 'received_at', message: read.message });
    }

    if (issues.length > 0) out.issues.set(row.line, issues);
    if (notices.length > 0) out.notices.set(row.line, notices);
    out.rows.push({ line: row.line, values: values as Partial<Record<FieldOf<K>, string>> });
  }
  return out;
}
