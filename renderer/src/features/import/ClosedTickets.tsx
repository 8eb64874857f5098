/** Closed tickets the file lists: skipped by default, shown so nothing disappears silently. */
import type { ClosedTicket } from '../../../../shared/import/apply-choices';

const SHOWN = 50;

type Props = { closed: readonly ClosedTicket[]; included: boolean; hasStatus: boolean; onInclude: (include: boolean) => void };

export function ClosedTickets({ closed, included, hasStatus, onInclude }: Props) {
  if (!hasStatus || (closed.length === 0 && !included)) return null;
  return (
    <section className="import-closed" aria-label="Closed tickets">
      <label className="import-mapping__check">
        <input type="checkbox" checked={included} onChange={(e) => onInclude(e.currentTarget.checked)} />
        Also import closed tickets, as finished jobs for history
      </label>
      {closed.length > 0 ? (
        <details>
          <summary>
            {closed.length.toLocaleString()} closed ticket{closed.length === 1 ? '' : 's'} skipped
          </summary>
          <ul className="import-closed__list">
            {closed.slice(0, SHOWN).map((t) => (
              <li key={t.line}>
                row {t.line}: {t.title || '(no title)'} — {t.status}
              </li>
            ))}
          </ul>
          {closed.length > SHOWN ? <p className="import-preview__note">and {(closed.length - SHOWN).toLocaleString()} more.</p> : null}
        </details>
      ) : null}
    </section>
  );
}
