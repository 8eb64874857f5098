/**
 * The "Import from CSV" dialog: a native modal `<dialog>` (the rest of the window is inert) that
 * walks through choose → check → preview → import → report. A file can be dropped anywhere on it.
 */
import { useEffect, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { ImportChooser } from './ImportChooser';
import { kindLabels } from './import-kinds';
import { countOutcomes } from './import-model';
import { ImportMapping, mappingReady } from './ImportMapping';
import { ImportPreview } from './ImportPreview';
import { ImportProgress } from './ImportProgress';
import { ImportReport } from './ImportReport';
import { useImportFlow } from './use-import-flow';
import './import.css';
import { returnFocus } from '../../lib/focus-return';

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const flow = useImportFlow();
  const { state, kind } = flow;
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    return () => {
      if (element.open) element.close();
      returnFocus(opener);
    };
  }, []);

  const close = () => {
    flow.cancel();
    onClose();
  };
  const busy = state.step === 'working';
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy && state.step !== 'done') void flow.openFile(file, kind);
  };

  const ready = state.step === 'preview' ? countOutcomes(state.outcomes.values()).ready : 0;
  const noun = kindLabels[kind];

  return (
    <dialog
      ref={dialog}
      className={`import-dialog${dragging ? ' import-dialog--dragging' : ''}`}
      aria-labelledby="import-dialog-title"
      onCancel={(e) => {
        // Escape closes, except while rows are being written: that needs "Stop" first.
        e.preventDefault();
        if (!(busy && state.stoppable)) close();
      }}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="import-dialog__header">
        <h2 id="import-dialog-title" className="import-dialog__title">
          Import {noun.plural} from CSV
        </h2>
        <button type="button" className="button button--quiet" onClick={close} aria-label="Close import" disabled={busy && state.stoppable}>
          ✕
        </button>
      </header>

      <div className="import-dialog__body">
        {state.step === 'choose' ? (
          <ImportChooser
            kind={kind}
            problem={state.problem}
            headers={state.file?.headers ?? null}
            onKind={flow.chooseKind}
            onFile={(file) => void flow.openFile(file, kind)}
          />
        ) : null}
        {state.step === 'working' ? <ImportProgress progress={state.progress} /> : null}
        {state.step === 'map' ? (
          <ImportMapping
            kind={kind}
            file={state.file}
            fileName={state.fileName}
            preset={state.preset}
            choices={state.choices}
            problem={state.problem}
            onChange={flow.updateChoices}
          />
        ) : null}
        {state.step === 'preview' ? (
          <ImportPreview
            prepared={state.prepared}
            outcomes={state.outcomes}
            fileName={state.fileName}
            remembered={state.remembered}
            onEditMapping={flow.editMapping}
            onIncludeClosed={(includeClosed) => flow.applyMapping({ ...state.prepared.choices, includeClosed })}
            onCreateClients={flow.createClients}
          />
        ) : null}
        {state.step === 'done' ? (
          <ImportReport prepared={state.prepared} result={state.result} notImported={state.notImported} fileName={state.fileName} />
        ) : null}
      </div>

      <footer className="import-dialog__footer">
        {state.step === 'working' ? (
          <button type="button" className="button" onClick={flow.cancel}>
            {state.stoppable ? 'Stop after this batch' : 'Cancel'}
          </button>
        ) : null}
        {state.step === 'map' ? (
          <>
            <button type="button" className="button" onClick={flow.restart}>
              Choose another file
            </button>
            <button type="button" className="button button--primary" disabled={!mappingReady(state.choices)} onClick={() => flow.applyMapping()}>
              {mappingReady(state.choices) ? `Check ${state.file.rows.length.toLocaleString()} ${state.file.rows.length === 1 ? 'row' : 'rows'}` : 'Choose the date order first'}
            </button>
          </>
        ) : null}
        {state.step === 'preview' ? (
          <>
            <button type="button" className="button" onClick={flow.restart}>
              Choose another file
            </button>
            <button type="button" className="button button--primary" disabled={ready === 0} onClick={() => void flow.confirm()}>
              {ready === 0 ? 'Nothing to import' : `Import ${ready.toLocaleString()} ${ready === 1 ? noun.one : noun.plural}`}
            </button>
          </>
        ) : null}
        {state.step === 'done' ? (
          <>
            <button type="button" className="button" onClick={flow.restart}>
              Import another file
            </button>
            <button type="button" className="button button--primary" onClick={close}>
              Done
            </button>
          </>
        ) : null}
        {state.step === 'choose' ? (
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
        ) : null}
      </footer>
    </dialog>
  );
}
