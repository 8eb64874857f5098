import { useConsoleState, useConsoleStore } from '../../state/hooks';
import './banners.css';

/**
 * Problems with the data file, above everything else: an unreadable file that was set aside (with
 * the newest good backup on offer), and writes that are failing. Both use role="alert" so screen
 * readers announce them as soon as they appear.
 */
export function Banners() {
  const store = useConsoleStore();
  const status = useConsoleState((s) => s.status);
  const dismissedAt = useConsoleState((s) => s.dismissedRecoveryAt);
  const pending = useConsoleState((s) => s.pending);

  const recovery = status?.recovery && status.recovery.at !== dismissedAt ? status.recovery : null;
  const writeError = status?.lastWriteError ?? null;
  if (!recovery && !writeError) return null;

  return (
    <div className="banners">
      {recovery && (
        <div className="banner banner--danger" role="alert">
          <div className="banner__text">
            <strong>Your data file could not be read ({recovery.reason}).</strong> It was kept as{' '}
            <code className="banner__path">{recovery.movedTo}</code>. The console started with an empty file.
          </div>
          <div className="banner__actions">
            {recovery.newestGoodBackup && (
              <button
                type="button"
                className="button button--primary"
                disabled={pending !== null}
                onClick={() => void store.restoreBackup(recovery.newestGoodBackup!)}
              >
                {pending === 'restore' ? 'Restoring…' : `Restore newest backup (${recovery.newestGoodBackup})`}
              </button>
            )}
            <button type="button" className="button" onClick={store.dismissRecovery}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      {writeError && (
        <div className="banner banner--warning" role="alert">
          <div className="banner__text">
            <strong>Changes are not being saved.</strong> The last write to the data file failed: {writeError}. That change was
            not kept. Check the disk and folder permissions; the next change is saved as soon as writing works again.
          </div>
        </div>
      )}
    </div>
  );
}
