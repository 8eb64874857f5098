import { useEffect, useState } from 'react';
import { invoke } from '../../api/client';
import { useConsoleState } from '../../state/hooks';
import { databaseStatusWords } from './database-status';

/**
 * The data's health in the header, in words: "Saved" normally, "Reconnecting…" while the host
 * cannot be reached, "Not saved" after a failed write (the banner explains); on the shop's shared
 * database "Shared database · desk 2", "Reconnecting…" or "Database unreachable — changes are not
 * being saved".
 */
export function DataStatusIndicator() {
  const online = useConsoleState((s) => s.online);
  const status = useConsoleState((s) => s.status);
  const shared = status?.backend === 'postgres';
  const [desk, setDesk] = useState('');
  useEffect(() => {
    if (!shared) return;
    void invoke('database:settings', {}).then((r) => r.ok && setDesk(r.value.running.desk));
  }, [shared]);

  let tone: 'ok' | 'busy' | 'error';
  let text: string;
  let detail: string;
  if (!online) {
    [tone, text, detail] = ['busy', 'Reconnecting…', 'The console cannot reach its host; it retries every few seconds.'];
  } else if (!status) {
    [tone, text, detail] = ['busy', 'Connecting…', 'Loading the data file.'];
  } else if (shared) {
    ({ tone, text, detail } = databaseStatusWords(status, desk));
  } else if (status.lastWriteError) {
    [tone, text, detail] = ['error', 'Not saved', `The last change could not be written: ${status.lastWriteError}`];
  } else {
    [tone, text, detail] = ['ok', 'Saved', `All changes are saved in ${status.dataFile}`];
  }

  return (
    <div className={`data-status data-status--${tone}`} role="status" title={detail}>
      <span className="data-status__dot" aria-hidden="true" />
      {text}
    </div>
  );
}
