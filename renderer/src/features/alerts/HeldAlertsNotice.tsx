import type { UrgentAlert } from '../../../../shared/domain/alerts';
import { PriorityBadge } from '../../app/PriorityBadge';

/**
 * Urgent alerts that arrived during a drag, shown over the header: the banner's own space is
 * pinned until the drop (moving the board mid-drag would move the drop), but an urgent call must
 * still be seen at once. It covers only the header, which cannot be used mid-drag anyway.
 */
export function HeldAlertsNotice({ alerts }: { alerts: readonly UrgentAlert[] }) {
  const [first] = alerts;
  if (!first) return null;
  return (
    <div className="urgent-float" role="alert" aria-labelledby="urgent-float-title">
      <span className="urgent-banner__tag">
        <span aria-hidden="true">⚠</span> Urgent
      </span>
      <strong id="urgent-float-title">{alerts.length === 1 ? 'New urgent job' : `${alerts.length} new urgent jobs`}</strong>
      <PriorityBadge priority={first.priority} />
      <span className="urgent-banner__number">{first.number}</span>
      <span className="urgent-float__title">{first.title}</span>
      <span className="urgent-float__hint">Details when you drop</span>
    </div>
  );
}
