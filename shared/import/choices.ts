/**
 * The user's choices in the mapping step — a field (or nothing) for each column, what each
 * distinct priority, type and status value means here, the day/month order of the dates and
 * whether closed tickets come along — with the guesses that pre-fill them.
 */
import type { Priority } from '../schemas/common';
import type { JobCategory } from '../schemas/job';
import { headerKey } from './columns';
import type { FieldOf, ImportKind } from './columns';
import { inferDateOrder } from './dates';
import type { DateOrder } from './dates';
import type { ImportPreset } from './presets';
import { suggestFields } from './presets';
import { guessCategory, guessPriority, guessTicketState } from './value-guess';
import type { TicketState } from './value-guess';

/** A data row as read from the file. */
export type SourceRow = { line: number; cells: readonly string[] };

/** Fields whose values come from a fixed list here, so each value the file uses gets mapped. */
export type ValueField = 'priority' | 'category' | 'status';
export const valueFields: readonly ValueField[] = ['priority', 'category', 'status'];

/** What a file's value means, by `valueKey`. A priority of null means "the default" (P3). */
export type ValueChoices = {
  priority: Record<string, Priority | null>;
  category: Record<string, JobCategory>;
  status: Record<string, TicketState>;
};

export type ImportChoices<K extends ImportKind = ImportKind> = {
  /** Per column of the file: the field it fills, or null to ignore it. */
  fields: (FieldOf<K> | null)[];
  values: ValueChoices;
  /** How to read numeric dates; null while the file leaves it open and nobody has chosen. */
  dateOrder: DateOrder | null;
  /** Import closed tickets too (as finished jobs, for history). */
  includeClosed: boolean;
};

/** Priority for a value nobody could map, and for rows without one. */
export const DEFAULT_PRIORITY: Priority = 'P3';

/** The same value however it is spaced or capitalised: `Priority 1 - Emergency Response`. */
export function valueKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

export type DistinctValue = { key: string; text: string; count: number };

/** The distinct non-empty values of a column, most frequent first, with their first spelling. */
export function distinctValues(rows: readonly SourceRow[], index: number): DistinctValue[] {
  const found = new Map<string, DistinctValue>();
  for (const row of rows) {
    const text = (row.cells[index] ?? '').trim();
    if (text === '') continue;
    const key = valueKey(text);
    const entry = found.get(key);
    if (entry) entry.count += 1;
    else found.set(key, { key, text, count: 1 });
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

/** A few different values of a column, to show beside its header. */
export function sampleValues(rows: readonly SourceRow[], index: number, max = 3): string[] {
  const samples: string[] = [];
  for (const row of rows) {
    const text = (row.cells[index] ?? '').trim().replace(/\s+/g, ' ');
    if (text !== '' && !samples.includes(text)) samples.push(text);
    if (samples.length >= max) break;
  }
  return samples;
}

/** The column index chosen for `field`, or -1. */
export function columnOf<K extends ImportKind>(choices: Pick<ImportChoices<K>, 'fields'>, field: FieldOf<K>): number {
  return choices.fields.indexOf(field);
}

/** Add a guess for every value of the mapped value columns that has no choice yet. */
export function withValueGuesses<K extends ImportKind>(choices: ImportChoices<K>, rows: readonly SourceRow[]): ImportChoices<K> {
  const values: ValueChoices = { priority: { ...choices.values.priority }, category: { ...choices.values.category }, status: { ...choices.values.status } };
  const fill = <F extends ValueField>(field: F, guess: (text: string) => ValueChoices[F][string]) => {
    const index = (choices.fields as readonly (string | null)[]).indexOf(field);
    if (index < 0) return;
    const map = values[field] as Record<string, ValueChoices[F][string]>;
    for (const { key, text } of distinctValues(rows, index)) if (!(key in map)) map[key] = guess(text);
  };
  fill('priority', guessPriority);
  fill('category', guessCategory);
  fill('status', guessTicketState);
  return { ...choices, values };
}

/** The date column's values, read to find their day/month order. */
export function dateOrderOf<K extends ImportKind>(fields: readonly (FieldOf<K> | null)[], rows: readonly SourceRow[]): ReturnType<typeof inferDateOrder> {
  const index = (fields as readonly (string | null)[]).indexOf('received_at');
  if (index < 0) return { order: 'ymd', ambiguous: false };
  return inferDateOrder(rows.map((r) => r.cells[index] ?? ''));
}

/** First choices for a file: preset or known spellings, guessed values, the date order if the values tell. */
export function suggestChoices<K extends ImportKind>(kind: K, headers: readonly string[], rows: readonly SourceRow[]): { preset: ImportPreset | null; choices: ImportChoices<K> } {
  const { preset, fields } = suggestFields(kind, headers);
  const empty: ImportChoices<K> = { fields, values: { priority: {}, category: {}, status: {} }, dateOrder: dateOrderOf(fields, rows).order, includeClosed: false };
  return { preset, choices: withValueGuesses(empty, rows) };
}

/** Two header rows are the same layout when their columns match as the importer reads them. */
export function sameLayout(a: { kind: string; headers: readonly string[] }, b: { kind: string; headers: readonly string[] }): boolean {
  return a.kind === b.kind && a.headers.length === b.headers.length && a.headers.every((h, i) => headerKey(h) === headerKey(b.headers[i] ?? ''));
}

/** A remembered mapping as the settings keep it. */
export type SavedChoices = { kind: string; headers: readonly string[] } & Pick<ImportChoices, 'values' | 'dateOrder' | 'includeClosed'> & { fields: readonly (string | null)[] };

/**
 * The remembered choices for a file's header row (the newest for its layout), with guesses for
 * values it has not seen; null when none is remembered or its dates need a question again (an
 * order never chosen, or this file's dates plainly in another order).
 */
export function rememberedChoices<K extends ImportKind>(saved: readonly SavedChoices[], kind: K, headers: readonly string[], rows: readonly SourceRow[]): ImportChoices<K> | null {
  const match = saved.findLast((m) => sameLayout(m, { kind, headers }));
  if (!match) return null;
  const choices = withValueGuesses<K>(
    { fields: [...match.fields] as (FieldOf<K> | null)[], values: match.values, dateOrder: match.dateOrder, includeClosed: match.includeClosed },
    rows,
  );
  const dates = dateOrderOf(choices.fields, rows);
  if (choices.dateOrder === null || (dates.order !== null && dates.order !== 'ymd' && dates.order !== choices.dateOrder)) return null;
  return choices;
}
