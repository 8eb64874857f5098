import { OUTCOME_LABELS } from '../../../../shared/domain/visits';
import type { VisitOutcome } from '../../../../shared/schemas/visit';

const OUTCOMES = Object.keys(OUTCOME_LABELS) as VisitOutcome[];

/** The options of an outcome picker (grid row and job panel): none chosen yet, then each outcome. */
export function OutcomeOptions() {
  return (
    <>
      <option value="">Choose…</option>
      {OUTCOMES.map((o) => (
        <option key={o} value={o}>
          {OUTCOME_LABELS[o]}
        </option>
      ))}
    </>
  );
}
