import { useRef, useState } from 'react';
import type { ArchiveHit } from '../../../../shared/ipc/outputs';
import { statusText } from '../../lib/job-status';
import { useConsoleState } from '../../state/hooks';
import { trapTab, useModalDialog } from '../jobs/use-modal-dialog';
import { formatArchiveTime } from './archive-format';
import { ArchivedJobView } from './ArchivedJobView';
import { ARCHIVE_PAGE, useArchiveSearch } from './use-archive-search';
import './archive.css';

const count = new Intl.NumberFormat('en-GB');

/**
 * Read-only search over finished jobs that moved to the archive (done or cancelled more than 30
 * days ago): by job number, client name, or words in the title, description and notes. Opening a
 * result shows the job and its history; nothing here can change it.
 */
export function ArchiveDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? 'UTC');
  useModalDialog(dialog, input);
  const state = useArchiveSearch(query);
  const result = state.kind === 'done' ? state.result : state.kind === 'searching' ? state.previous : null;

  return (
    <dialog
      ref={dialog}
      className="modal-dialog archive"
      aria-labelledby="archive-title"
      onCancel={(event) => {
        event.preventDefault();
        if (openId) setOpenId(null);
        else onClose();
      }}
      onKeyDown={trapTab}
    >
      <header className="archive__header">
        <h2 id="archive-title">Archive</h2>
        <span className="archive__hint">Finished jobs older than 30 days · read-only</span>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </header>
      {openId ? (
        <ArchivedJobView id={openId} onBack={() => setOpenId(null)} />
      ) : (
        <div className="archive__body">
          <input
            ref={input}
            type="search"
            className="archive__search"
            aria-label="Search the archive"
            placeholder="Job number, client, or words from the title, description or notes"
            value={query}
            maxLength={200}
            onChange={(e) => setQuery(e.target.value)}
          />
          <p className="archive__status" role="status">
            {state.kind === 'idle' && 'Type to search the archive.'}
            {state.kind === 'searching' && 'Searching…'}
            {state.kind === 'failed' && <span className="archive__error">{state.message}</span>}
            {state.kind === 'done' &&
              (state.result.total === 0
                ? `No archived job matches "${state.query}" (${count.format(state.result.searched)} searched).`
                : state.result.total > state.result.hits.length
                  ? `Showing the newest ${count.format(state.result.hits.length)} of ${count.format(state.result.total)} matches. Add a word to narrow it down.`
                  : `${count.format(state.result.total)} ${state.result.total === 1 ? 'match' : 'matches'}.`)}
          </p>
          {result && result.problems.length > 0 && (
            <div className="archive__problems" role="alert">
              {result.problems.map((p) => (
                <p key={p.file}>
                  The archive file for {p.month} cannot be read, so its jobs are not searched: {p.reason}. It has been left exactly as it is
                  ({p.file}).
                </p>
              ))}
            </div>
          )}
          {result && result.hits.length > 0 && <ArchiveResults hits={result.hits.slice(0, ARCHIVE_PAGE)} timeZone={timeZone} onOpen={setOpenId} />}
        </div>
      )}
    </dialog>
  );
}

function ArchiveResults({ hits, timeZone, onOpen }: { hits: ArchiveHit[]; timeZone: string; onOpen: (id: string) => void }) {
  return (
    <div className="archive__results">
      <table className="archive__table">
        <thead>
          <tr>
            <th scope="col">Job</th>
            <th scope="col">Client</th>
            <th scope="col">Title</th>
            <th scope="col">Finished</th>
            <th scope="col">Technician</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {hits.map((hit) => (
            <tr key={hit.id}>
              <td>
                <button type="button" className="archive__open" onClick={() => onOpen(hit.id)} aria-label={`Open ${hit.number}: ${hit.title}`}>
                  {hit.number}
                </button>
              </td>
              <td>{hit.clientName}</td>
              <td className="archive__title-cell">{hit.title}</td>
              <td>
                <time dateTime={hit.finishedAt}>{formatArchiveTime(hit.finishedAt, timeZone)}</time>
              </td>
              <td>{hit.technicianName ?? '—'}</td>
              <td>{statusText(hit.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
