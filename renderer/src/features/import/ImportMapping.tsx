/**
 * The mapping step, between reading a file and checking its rows: every column with a few of its
 * values and the field it fills (or "ignore"), what each priority, type and status value means
 * here, and the day/month order of its dates when the values leave it open. Pre-filled from the
 * recognised tool or the known spellings; every choice can be changed.
 */
import { useMemo } from 'react';
import { columnsOf } from '../../../../shared/import/columns';
import type { ImportKind } from '../../../../shared/import/columns';
import { dateOrderOf, distinctValues, sampleValues } from '../../../../shared/import/choices';
import type { ImportChoices, ValueField } from '../../../../shared/import/choices';
import { dateOrderLabels } from '../../../../shared/import/dates';
import type { DateOrder } from '../../../../shared/import/dates';
import type { ImportPreset } from '../../../../shared/import/presets';
import type { CsvFile } from './csv-reader';
import { fieldLabel, valueOptions } from './import-kinds';

type Props = {
  kind: ImportKind;
  file: CsvFile;
  fileName: string;
  preset: ImportPreset | null;
  choices: ImportChoices;
  problem: string | null;
  onChange: (choices: ImportChoices) => void;
};

const valueTitles: Record<ValueField, string> = { priority: 'Priorities', category: 'Types', status: 'Statuses' };

export function ImportMapping({ kind, file, fileName, preset, choices, problem, onChange }: Props) {
  const fields = columnsOf(kind);
  const samples = useMemo(() => file.headers.map((_, i) => sampleValues(file.rows, i)), [file]);
  const dates = useMemo(() => dateOrderOf(choices.fields, file.rows), [choices.fields, file.rows]);
  const mapped = (field: string) => (choices.fields as readonly (string | null)[]).indexOf(field);

  const setField = (index: number, field: string) => {
    const next = [...choices.fields] as (string | null)[];
    const chosen = field === '' ? null : field;
    // One column per field: choosing a field elsewhere frees it here.
    if (chosen !== null) next.forEach((f, i) => (next[i] = f === chosen ? null : f));
    next[index] = chosen;
    const order = (next as readonly (string | null)[]).includes('received_at') ? (choices.dateOrder ?? dateOrderOf(next as ImportChoices['fields'], file.rows).order) : choices.dateOrder;
    onChange({ ...choices, fields: next as ImportChoices['fields'], dateOrder: order });
  };
  const setValue = (field: ValueField, key: string, value: string) => {
    const map = { ...choices.values[field] } as Record<string, string | null>;
    map[key] = value === '' ? null : value;
    onChange({ ...choices, values: { ...choices.values, [field]: map } });
  };

  return (
    <div className="import-mapping">
      <p className="import-mapping__intro">
        <strong>{fileName}</strong>: {file.rows.length.toLocaleString()} rows, {file.headers.length} columns.{' '}
        {preset ? (
          <span data-testid="import-preset">Looks like a {preset.name} export.</span>
        ) : (
          <span>Columns are matched by their names.</span>
        )}{' '}
        Check what each column is; you can change any choice.
      </p>
      {problem ? (
        <p className="import-problem" role="alert">
          {problem}
        </p>
      ) : null}

      <div className="import-table-wrap">
        <table className="import-table" aria-label="Columns of the file">
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Values</th>
              <th scope="col">Import as</th>
            </tr>
          </thead>
          <tbody>
            {file.headers.map((header, index) => (
              <tr key={index} data-column={header}>
                <th scope="row">{header || `(column ${index + 1})`}</th>
                <td className="import-table__cell">{samples[index]?.join(' · ') || <em>empty</em>}</td>
                <td>
                  <select
                    aria-label={`Import column ${header || index + 1} as`}
                    value={choices.fields[index] ?? ''}
                    onChange={(e) => setField(index, e.currentTarget.value)}
                  >
                    <option value="">Ignore</option>
                    {fields.map((f) => (
                      <option key={f.field} value={f.field}>
                        {fieldLabel(f.field)}
                        {f.required ? ' (required)' : ''}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {kind === 'jobs'
        ? (['priority', 'category', 'status'] as const).map((field) => {
            const index = mapped(field);
            if (index < 0) return null;
            const values = distinctValues(file.rows, index).slice(0, 100);
            if (values.length === 0) return null;
            return (
              <fieldset key={field} className="import-mapping__values">
                <legend>
                  {valueTitles[field]} in “{file.headers[index]}”
                </legend>
                {values.map((v) => (
                  <label key={v.key} className="import-mapping__value">
                    <span>
                      {v.text} <span className="import-preview__note">({v.count})</span>
                    </span>
                    <select value={(choices.values[field] as Record<string, string | null>)[v.key] ?? ''} onChange={(e) => setValue(field, v.key, e.currentTarget.value)}>
                      {valueOptions[field].map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
              </fieldset>
            );
          })
        : null}

      {kind === 'jobs' && mapped('status') >= 0 ? (
        <label className="import-mapping__check">
          <input type="checkbox" checked={choices.includeClosed} onChange={(e) => onChange({ ...choices, includeClosed: e.currentTarget.checked })} />
          Also import closed tickets, as finished jobs for history
        </label>
      ) : null}

      {kind === 'jobs' && mapped('received_at') >= 0 ? (
        <fieldset className="import-mapping__values">
          <legend>Dates in “{file.headers[mapped('received_at')]}”</legend>
          {dates.ambiguous ? (
            <p className="import-mapping__question" id="import-date-question">
              Every date in this column could be read either way (as 03/04/2026 can). Which order does the file use? Times without an offset are
              read in the shop&apos;s time zone.
            </p>
          ) : dates.order === null ? (
            <p className="import-problem" id="import-date-question">
              Some dates read as month/day and others as day/month. Which order does the file use? Rows whose dates do not fit will be listed.
            </p>
          ) : (
            <p className="import-preview__note">
              Read as {dateOrderLabels[dates.order]}, in the shop&apos;s time zone unless a value has an offset.
            </p>
          )}
          {dates.ambiguous || dates.order === null ? (
            <div role="radiogroup" aria-labelledby="import-date-question" className="import-mapping__orders">
              {(['mdy', 'dmy'] as DateOrder[]).map((order) => (
                <label key={order}>
                  <input type="radio" name="import-date-order" checked={choices.dateOrder === order} onChange={() => onChange({ ...choices, dateOrder: order })} />
                  {dateOrderLabels[order]}
                </label>
              ))}
            </div>
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}

/** Whether the choices are complete enough to check the rows (a date order when it is asked). */
export function mappingReady(choices: ImportChoices): boolean {
  return !(choices.fields as readonly (string | null)[]).includes('received_at') || choices.dateOrder !== null;
}
