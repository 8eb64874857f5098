import { useConsoleState } from '../../state/hooks';

/**
 * The data file's health in the header, in words: "Saved" normally, "Reconnecting…" while the
 * host cannot be reached, "Not saved" after a failed write (the banner explains).
 */
export function DataStatusIndicator() {
  const online = useConsoleState((s) => s.online);
  const status = useConsoleState((s) => s.status);

  let tone: 'ok' | 'busy' | 'error';
  let text: string;
  let detail: string;
  if (!online) {
    [tone, text, detail] = ['busy', 'Reconnecting…', 'The console cannot reach its host; it retries every few seconds.'];
  } else if (!status) {
    [tone, text, detail] = ['busy', 'Connecting…', 'Loading the data file.'];
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
