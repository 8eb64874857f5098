/**
 * The close-out grid's rows as the dispatcher types them, and their translation into visits to
 * save. Pure (no React, no host calls) so the rules are unit-tested directly.
 */
import type { Input } from '../../../../shared/ipc/contract';
import { parseMoneyEntry, minorToEntry } from '../../../../shared/domain/money-entry';
import { parseTimeEntry, timeOfVisit, visitSpan } from '../../../../shared/domain/visit-time';
import { visitOfDay } from '../../../../shared/domain/visits';
import type { Job } from '../../../../shared/schemas/job';
import type { Part, Visit, VisitOutcome } from '../../../../shared/schemas/visit';

export type PartDraft = { partId: string | null; description: string; quantity: string; price: string };

export type RowDraft = {
  jobId: string;
  /** The visit this row corrects, or null for a visit still to be entered. */
  visitId: string | null;
  arrival: string;
  departure: string;
  travel: string;
  workDone: string;
  parts: PartDraft[];
  signedBy: string;
  outcome: VisitOutcome | '';
  holdReason: string;
};

export type RowField = 'arrival' | 'departure' | 'travel' | 'outcome' | 'parts' | 'holdReason';
export type RowErrors = Partial<Record<RowField, string>>;

export type VisitEntryInput = Input<'visits:save'>['entries'][number]['visit'];

/** An empty part line for the "Add part" button. */
export const emptyPart = (): PartDraft => ({ partId: null, description: '', quantity: '1', price: '' });

/** The row for `visit` (or an empty one for a job whose visit is still to be entered). */
export function draftOfVisit(jobId: string, visit: Visit | null, statusReason: string | null, timeZone: string): RowDraft {
  if (!visit) return { jobId, visitId: null, arrival: '', departure: '', travel: '', workDone: '', parts: [], signedBy: '', outcome: '', holdReason: '' };
  return {
    jobId,
    visitId: visit.id,
    arrival: timeOfVisit(visit.arrivedAt, timeZone),
    departure: timeOfVisit(visit.departedAt, timeZone),
    travel: String(visit.travelMinutes),
    workDone: visit.workDone,
    parts: visit.parts.map((p) => ({ partId: p.partId, description: p.description, quantity: String(p.quantity), price: minorToEntry(p.unitPriceMinor) })),
    signedBy: visit.signedBy,
    outcome: visit.outcome,
    holdReason: visit.outcome === 'waiting-parts' || visit.outcome === 'waiting-customer' ? (statusReason ?? '') : '',
  };
}

/** The grid row of `job` for the technician's day: its visit that day, or an empty row. */
export function draftOfJob(job: Job, technicianId: string, day: string, timeZone: string): RowDraft {
  return draftOfVisit(job.id, visitOfDay(job, technicianId, day, timeZone), job.statusReason, timeZone);
}

/** Whether the row says nothing yet (left alone, it is not saved). */
export function isBlank(row: RowDraft): boolean {
  return row.visitId === null && row.arrival.trim() === '' && row.departure.trim() === '' && row.outcome === '' && row.workDone.trim() === '' && row.parts.length === 0 && row.signedBy.trim() === '' && row.travel.trim() === '';
}

/** Whether the row differs from what was loaded. */
export function isDirty(row: RowDraft, loaded: RowDraft): boolean {
  return JSON.stringify(row) !== JSON.stringify(loaded);
}

/** A typed time shown back as `HH:MM` when it reads as one (on leaving the field); left as typed otherwise. */
export function tidyTime(typed: string): string {
  const parsed = parseTimeEntry(typed);
  return parsed.ok ? parsed.text : typed;
}

/** A part line with a stocked part picked by its name: the part's id and price come with it. */
export function withDescription(line: PartDraft, description: string, parts: readonly Part[]): PartDraft {
  const stocked = parts.find((p) => p.name.toLocaleLowerCase() === description.trim().toLocaleLowerCase());
  if (stocked) return { ...line, partId: stocked.id, description: stocked.name, price: minorToEntry(stocked.unitPriceMinor) };
  return { ...line, partId: null, description };
}

export type RowResult = { ok: true; visit: VisitEntryInput } | { ok: false; errors: RowErrors };

/** The row as a visit to save for `technicianId` on shop `day`, or what is wrong with it, field by field. */
export function rowToVisit(row: RowDraft, technicianId: string, day: string, timeZone: string): RowResult {
  const errors: RowErrors = {};
  const span = visitSpan(day, row.arrival, row.departure, timeZone);
  if (!span.ok) errors[span.field] = span.message;
  const travelText = row.travel.trim();
  const travel = travelText === '' ? 0 : Number(travelText);
  if (!Number.isInteger(travel) || travel < 0 || travel > 1440) errors.travel = 'Travel is whole minutes, 0 to 1440.';
  if (row.outcome === '') errors.outcome = 'Choose how the visit ended.';
  const parts: VisitEntryInput['parts'] = [];
  for (const [i, line] of row.parts.entries()) {
    const n = i + 1;
    const quantity = Number(line.quantity.trim().replace(',', '.'));
    const price = parseMoneyEntry(line.price);
    if (line.description.trim() === '') errors.parts ??= `Part ${n}: name the part.`;
    else if (!(quantity > 0 && quantity <= 10_000)) errors.parts ??= `Part ${n}: the quantity must be more than 0.`;
    else if (!price.ok) errors.parts ??= `Part ${n}: ${price.message}`;
    else parts.push({ partId: line.partId, description: line.description.trim(), quantity, unitPriceMinor: price.minor });
  }
  if (!span.ok || Object.keys(errors).length > 0 || row.outcome === '') return { ok: false, errors };
  const waiting = row.outcome === 'waiting-parts' || row.outcome === 'waiting-customer';
  return {
    ok: true,
    visit: {
      visitId: row.visitId,
      technicianId,
      arrivedAt: span.arrivedAt,
      departedAt: span.departedAt,
      travelMinutes: travel,
      workDone: row.workDone.trim(),
      parts,
      signedBy: row.signedBy.trim(),
      outcome: row.outcome,
      ...(waiting && row.holdReason.trim() !== '' ? { holdReason: row.holdReason.trim() } : {}),
    },
  };
}

export type SavePlan = {
  entries: Input<'visits:save'>['entries'];
  /** Rows that cannot be saved as typed, by job id. */
  errors: Map<string, RowErrors>;
};

/**
 * What one press of Save sends: every changed, non-blank row as a visit with the revision of the
 * job it was typed against (so a change made meanwhile elsewhere is refused, not overwritten).
 * Nothing is sent while any changed row has a mistake.
 */
export function planSave(rows: readonly RowDraft[], loaded: ReadonlyMap<string, RowDraft>, jobs: ReadonlyMap<string, Pick<Job, 'revision'>>, technicianId: string, day: string, timeZone: string): SavePlan {
  const entries: SavePlan['entries'] = [];
  const errors = new Map<string, RowErrors>();
  for (const row of rows) {
    const before = loaded.get(row.jobId);
    if ((before && !isDirty(row, before)) || isBlank(row)) continue;
    const result = rowToVisit(row, technicianId, day, timeZone);
    if (!result.ok) errors.set(row.jobId, result.errors);
    else entries.push({ jobId: row.jobId, expectedRevision: jobs.get(row.jobId)?.revision, visit: result.visit });
  }
  return { entries: errors.size > 0 ? [] : entries, errors };
}
