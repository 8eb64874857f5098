import type { RefObject } from 'react';
import type { Suggestion, SuggestionList } from '../../../../shared/ipc/outputs';
import { formatDayTime } from '../../lib/format';

type Props = {
  list: SuggestionList;
  /** Index of the suggestion matching the form's technician and start; -1 when hand-picked. */
  chosenIndex: number;
  timeZone: string;
  /** Receives the checked (or first) option, which takes focus when the dialog opens. */
  firstRef: RefObject<HTMLElement | null>;
  onChoose: (s: Suggestion) => void;
};

/**
 * The ranked suggestions as a radio group: arrow keys move between them (native radio
 * behaviour), each reads "Sam Okoro, Thu 26 Nov 10:15: has printers, West zone, free 10:15,
 * before response due". Reasons against a technician are marked, not hidden.
 */
export function SuggestionOptions({ list, chosenIndex, timeZone, firstRef, onChoose }: Props) {
  const focusIndex = chosenIndex >= 0 ? chosenIndex : 0;
  return (
    <ol className="suggestions">
      {list.suggestions.map((s, i) => (
        <li key={s.technicianId} className={`suggestion${i === chosenIndex ? ' is-chosen' : ''}`}>
          <label className="suggestion__label">
            <input
              ref={i === focusIndex ? (firstRef as RefObject<HTMLInputElement | null>) : undefined}
              type="radio"
              name="suggestion"
              checked={i === chosenIndex}
              onChange={() => onChoose(s)}
            />
            <span className="suggestion__main">
              <strong>{s.technicianName}</strong> {formatDayTime(s.start, timeZone)}
              {/* Ranking puts slots that keep the deadlines first: a missing slot is never the best match. */}
              {i === 0 && s.deadlines.ok && <span className="suggestion__best"> best match</span>}
              {!s.deadlines.ok && <span className="suggestion__late"> misses SLA</span>}
            </span>
            <span className="suggestion__reasons">
              {s.reasons.map((r, k) => (
                <span key={k} className={r.met ? 'suggestion__reason' : 'suggestion__reason suggestion__reason--against'}>
                  {r.met ? '' : '⚠ '}
                  {r.text}
                  {k < s.reasons.length - 1 ? ', ' : ''}
                </span>
              ))}
            </span>
          </label>
        </li>
      ))}
    </ol>
  );
}
