import { useConsoleState, useConsoleStore } from '../../state/hooks';
import './sample.css';

/**
 * First start: an empty data file and the question not yet answered. Shown over the empty board;
 * either answer is saved by the host (`sampleOffered`), so the card never returns after a reload.
 * Hidden while a recovery banner is up: after a data loss, restoring comes first.
 */
export function SampleOffer() {
  const store = useConsoleStore();
  const status = useConsoleState((s) => s.status);
  const dismissedAt = useConsoleState((s) => s.dismissedRecoveryAt);
  const pending = useConsoleState((s) => s.pending);

  const recoveryShown = status?.recovery != null && status.recovery.at !== dismissedAt;
  if (!status || !status.empty || status.sampleOffered || recoveryShown) return null;

  return (
    <div className="sample-offer" role="dialog" aria-modal="false" aria-labelledby="sample-offer-title">
      <h2 id="sample-offer-title" className="sample-offer__title">
        Load a sample shop?
      </h2>
      <p className="sample-offer__text">
        The data file is empty. A sample shop adds a few technicians, clients and today's jobs so you can try the board
        and the queue before you enter your own.
      </p>
      <div className="sample-offer__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={pending !== null}
          onClick={() => void store.loadSample()}
        >
          {pending === 'sample' ? 'Loading…' : 'Load sample shop'}
        </button>
        <button type="button" className="button" disabled={pending !== null} onClick={() => void store.dismissSample()}>
          Start empty
        </button>
      </div>
    </div>
  );
}
