/** A labelled progress bar for reading, checking and importing a file. */
export type ProgressState = { label: string; done: number; total: number };

export function ImportProgress({ progress }: { progress: ProgressState }) {
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <p className="import-progress__label">
        {progress.label} {progress.total > 1 ? `${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}` : ''}
      </p>
      <progress className="import-progress__bar" value={progress.done} max={Math.max(1, progress.total)} aria-label={progress.label}>
        {percent}%
      </progress>
    </div>
  );
}
