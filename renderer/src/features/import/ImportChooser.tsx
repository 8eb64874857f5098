/** Step one: what the file holds, and the file itself (picked or dropped onto the dialog). */
import { useId } from 'react';
import { importKinds } from '../../../../shared/import/columns';
import type { ImportKind } from '../../../../shared/import/columns';
import { betterKind, kindLabels, requiredColumns } from './import-kinds';

type Props = {
  kind: ImportKind;
  problem: string | null;
  /** Headers of the file already read, to suggest a better kind when the chosen one does not fit. */
  headers: readonly string[] | null;
  onKind: (kind: ImportKind) => void;
  onFile: (file: File) => void;
};

export function ImportChooser({ kind, problem, headers, onKind, onFile }: Props) {
  const id = useId();
  const suggestion = problem && headers ? betterKind(kind, headers) : null;
  return (
    <div className="import-chooser">
      <fieldset className="import-chooser__kinds">
        <legend>The file lists</legend>
        {importKinds.map((k) => (
          <label key={k} className="import-chooser__kind">
            <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => onKind(k)} />
            {kindLabels[k].plural[0]?.toUpperCase() + kindLabels[k].plural.slice(1)}
          </label>
        ))}
      </fieldset>

      <div className="import-drop">
        <p className="import-drop__text">Drop a CSV file here, or</p>
        <label className="button button--primary import-drop__pick">
          Choose a CSV file…
          <input
            className="visually-hidden"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            aria-label="CSV file to import"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) onFile(file);
            }}
          />
        </label>
        <p className="import-drop__hint">
          The first row names the columns. A {kindLabels[kind].plural} file needs <strong>{requiredColumns(kind)}</strong>; see docs/csv-import.md for
          every column and the spellings accepted. Comma or semicolon separated, UTF-8 or Excel's Windows encoding.
        </p>
      </div>

      {problem ? (
        <div className="import-problem" role="alert">
          <p>{problem}</p>
          {suggestion ? (
            <button type="button" className="button" onClick={() => onKind(suggestion)}>
              Import it as {kindLabels[suggestion].plural}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
