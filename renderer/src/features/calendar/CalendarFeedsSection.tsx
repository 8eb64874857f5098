import { useConsoleState } from '../../state/hooks';
import { CalendarExport } from './CalendarExport';
import { FeedRow } from './FeedRow';
import { describeFeedServer } from './feed-url';
import { useCalendarFeeds } from './use-calendar-feeds';
import './calendar.css';

/**
 * Settings → Calendar feeds: each active technician's bookings as a calendar their phone
 * subscribes to (a read-only link per technician), and a one-off `.ics` export for a range.
 */
export function CalendarFeedsSection() {
  const { state } = useCalendarFeeds();
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? 'UTC');
  if (state === null) return <p className="settings__muted">Loading the calendar feeds…</p>;
  if ('error' in state) return <p className="settings__error" role="alert">{state.error}</p>;
  const { technicians, feeds } = state;
  const byTechnician = new Map(feeds.feeds.map((f) => [f.technicianId, f]));

  return (
    <div className="calendar-settings">
      <p className="settings__intro">
        A technician can subscribe to their bookings in any calendar app (Google, Outlook, Apple). Each link opens that technician's
        bookings only, read-only, with job number, client, site address, contact phone and access notes. Anyone with the link can read
        them: <strong>re-issue or revoke a link that may have leaked</strong>.
      </p>
      <p className="settings__note" role="note">
        {describeFeedServer(feeds.server, window.location.origin)}
      </p>
      <fieldset className="settings__group">
        <legend>Feed links</legend>
        {technicians.length === 0 ? (
          <p className="settings__muted">There are no active technicians.</p>
        ) : (
          <ul className="feed-list">
            {technicians.map((t) => (
              <FeedRow key={t.id} technician={t} feed={byTechnician.get(t.id)} server={feeds.server} timeZone={timeZone} />
            ))}
          </ul>
        )}
      </fieldset>
      <CalendarExport technicians={technicians} />
    </div>
  );
}
