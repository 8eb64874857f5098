/** Kinds of trouble a proposed assignment can have. Warnings by default; overlaps can be set to block. */
export type ConflictKind =
  | 'overlap'
  | 'outside-hours'
  | 'time-off'
  | 'missing-skills'
  | 'over-capacity'
  | 'in-past'
  | 'inactive';

export type Conflict = {
  kind: ConflictKind;
  /** One sentence for the dispatcher, e.g. "Overlaps J-1042 (09:00–10:30)". */
  message: string;
  /** Other jobs involved (for overlaps). */
  jobIds?: string[];
};
