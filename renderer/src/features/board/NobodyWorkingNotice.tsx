import { nextWorkingDay, worksOn } from '../../../../shared/domain/working-days';
import { formatDayTitle } from '../../lib/format';
import { useConsoleState } from '../../state/hooks';
import './nobody-working.css';

type Props = {
  /** The day the day view shows (`YYYY-MM-DD`, shop zone). */
  day: string;
  onGoTo: (day: string) => void;
};

/**
 * On a day nobody works (a weekend, a holiday everyone has off) the board is empty by design: say
 * so, and offer the next day someone works in one click. Floats over the empty rows so the board's
 * layout does not move when it appears.
 */
export function NobodyWorkingNotice({ day, onGoTo }: Props) {
  const technicians = useConsoleState((s) => s.board?.technicians ?? null);
  // No technicians at all is the empty shop, which the sample offer explains.
  if (!technicians || technicians.length === 0 || technicians.some((t) => worksOn(t, day))) return null;
  const next = nextWorkingDay(technicians, day);
  const title = formatDayTitle(day).replace(/ \d{4}$/, '');
  return (
    <div className="nobody-working" role="status" aria-label="Nobody working">
      <div className="nobody-working__card">
        <p className="nobody-working__text">Nobody is scheduled to work on {title}.</p>
        {next ? (
          <button type="button" className="button button--primary" onClick={() => onGoTo(next)}>
            Go to {formatDayTitle(next).replace(/ \d{4}$/, '')}
          </button>
        ) : (
          <p className="nobody-working__text">Nobody has working hours in the coming year: check the technicians' hours.</p>
        )}
      </div>
    </div>
  );
}
