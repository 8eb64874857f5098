/**
 * Clients the file names that the shop does not have yet: listed with how many rows each would
 * unblock, and created on request (break-fix, the standard SLA tier, one hourly rate) so the
 * rows can be imported instead of all being refused.
 */
import { useMemo, useState } from 'react';
import type { ImportRowOutcome } from '../../../../shared/import/schemas';
import { useConsoleState } from '../../state/hooks';
import type { PreparedImport } from './import-model';

type Props = {
  prepared: PreparedImport;
  outcomes: Map<number, ImportRowOutcome>;
  onCreate: (names: readonly string[], hourlyRate: string) => Promise<string | null>;
};

const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The most common hourly rate among the shop's clients, as a starting value. */
function usualRate(rates: readonly number[]): string {
  const counts = new Map<number, number>();
  for (const r of rates) counts.set(r, (counts.get(r) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? String(best[0]) : '';
}

export function MissingClients({ prepared, outcomes, onCreate }: Props) {
  const directory = useConsoleState((s) => s.directory);
  const missing = useMemo(() => {
    const known = new Set((directory?.clients ?? []).flatMap((c) => [c.id, nameKey(c.name)]));
    const found = new Map<string, { name: string; rows: number }>();
    for (const row of prepared.rows) {
      const name = ((row.values as Partial<Record<string, string>>)['client'] ?? '').trim().replace(/\s+/g, ' ');
      const outcome = outcomes.get(row.line);
      if (name === '' || known.has(name) || known.has(nameKey(name))) continue;
      if (outcome?.status !== 'invalid' || !outcome.issues.some((i) => i.field === 'client')) continue;
      const entry = found.get(nameKey(name));
      if (entry) entry.rows += 1;
      else found.set(nameKey(name), { name, rows: 1 });
    }
    return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [directory, prepared, outcomes]);
  const [rate, setRate] = useState(() => usualRate((directory?.clients ?? []).map((c) => c.contract.hourlyRateMinor / 100)));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (missing.length === 0) return null;
  const create = async () => {
    setBusy(true);
    setProblem(await onCreate(missing.map((m) => m.name), rate));
    setBusy(false);
  };
  return (
    <section className="import-missing" aria-labelledby="import-missing-title">
      <h3 id="import-missing-title" className="import-missing__title">
        {missing.length} client{missing.length === 1 ? '' : 's'} not in the console yet
      </h3>
      <ul className="import-closed__list">
        {missing.slice(0, 50).map((m) => (
          <li key={m.name}>
            {m.name} ({m.rows} row{m.rows === 1 ? '' : 's'})
          </li>
        ))}
      </ul>
      {missing.length > 50 ? <p className="import-preview__note">and {missing.length - 50} more.</p> : null}
      <p className="import-preview__note">They are created as break-fix clients on the standard SLA tier; edit them later in the client list.</p>
      <div className="import-missing__actions">
        <label>
          Hourly rate{' '}
          <input type="text" inputMode="decimal" size={8} value={rate} onChange={(e) => setRate(e.currentTarget.value)} />
        </label>
        <button type="button" className="button" disabled={busy || rate.trim() === ''} onClick={() => void create()}>
          Create {missing.length} client{missing.length === 1 ? '' : 's'}
        </button>
      </div>
      {problem ? (
        <p className="import-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
