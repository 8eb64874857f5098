import { useState } from 'react';
import type { CalendarFeedInfo, FeedServer } from '../../../../shared/calendar/types';
import type { Technician } from '../../../../shared/schemas/technician';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { SettingsMessage } from '../settings/SettingsMessage';
import type { Message } from '../settings/SettingsMessage';
import { feedUrl } from './feed-url';

type Props = { technician: Technician; feed: CalendarFeedInfo | undefined; server: FeedServer; timeZone: string };

function issuedText(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/**
 * One technician's feed: issue a link (shown once, since only its hash is kept), re-issue it (the
 * old link stops working) or revoke it. Re-issue and revoke ask once more.
 */
export function FeedRow({ technician, feed, server, timeZone }: Props) {
  const [link, setLink] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<'reissue' | 'revoke' | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const name = technician.name;

  async function issue() {
    setConfirming(null);
    const result = await invoke('calendar:issue', { technicianId: technician.id });
    if (!result.ok) return setMessage({ tone: 'error', text: describeError(`Issuing ${name}'s feed`, result.error) });
    const url = feedUrl(result.value.server, result.value.path, window.location.origin);
    setLink(url ?? result.value.path);
    setMessage({ tone: 'ok', text: `New link for ${name}. Copy it now: it is shown only this once.${feed ? ' The previous link no longer works.' : ''}` });
  }

  async function revoke() {
    setConfirming(null);
    const result = await invoke('calendar:revoke', { technicianId: technician.id });
    if (!result.ok) return setMessage({ tone: 'error', text: describeError(`Revoking ${name}'s feed`, result.error) });
    setLink(null);
    setMessage({ tone: 'ok', text: `${name}'s feed link no longer works.` });
  }

  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setMessage({ tone: 'ok', text: 'Link copied.' });
    } catch {
      setMessage({ tone: 'error', text: 'Could not copy here; select the link and copy it.' });
    }
  }

  return (
    <li className="feed-row" aria-label={`${name}'s calendar feed`}>
      <div className="feed-row__head">
        <span className="feed-row__name">{name}</span>
        <span className="settings__muted">{feed ? `Link issued ${issuedText(feed.issuedAt, timeZone)}` : 'No feed'}</span>
        {confirming === null && (
          <span className="feed-row__actions">
            {feed ? (
              <>
                <button type="button" className="button" onClick={() => setConfirming('reissue')}>
                  Re-issue link…
                </button>
                <button type="button" className="button" onClick={() => setConfirming('revoke')}>
                  Revoke…
                </button>
              </>
            ) : (
              <button type="button" className="button" onClick={() => void issue()}>
                Issue feed link
              </button>
            )}
          </span>
        )}
      </div>
      {confirming && (
        <div className="token-confirm" role="group" aria-label={`Confirm for ${name}`}>
          <span>{name}'s calendar app will stop receiving bookings through the current link.</span>
          <button type="button" className="button button--primary" onClick={() => void (confirming === 'revoke' ? revoke() : issue())}>
            {confirming === 'revoke' ? 'Revoke the link' : 'Make a new link'}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(null)}>
            Keep the current link
          </button>
        </div>
      )}
      {link && (
        <div className="token-row">
          <input className="settings__input mono token-row__value" readOnly aria-label={`${name}'s feed link`} value={link} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="button" onClick={() => void copy()}>
            Copy
          </button>
          {server.kind === 'off' && <span className="settings__muted">Works once the intake server is on.</span>}
        </div>
      )}
      <SettingsMessage message={message} />
    </li>
  );
}
