import { formatMinutes, formatMoney } from '../../../../shared/billing/money';
import type { BillingStatement } from '../../../../shared/billing/reports';
import { batchLabel } from '../../../../shared/schemas/billing';
import type { BillingBatch } from '../../../../shared/schemas/billing';
import { periodLabel } from './billing-period';
import { BlockStatementRows } from './BlockStatementRows';

const KIND = { labour: 'Labour', travel: 'Travel', part: 'Part' } as const;

function BatchTable({ batch }: { batch: BillingBatch }) {
  const money = (minor: number) => formatMoney(minor, batch.currency);
  return (
    <section className="statement__batch" aria-label={batchLabel(batch)}>
      <h3>
        {batchLabel(batch)} · {batch.kind === 'credit' ? 'Credit' : 'Invoice'} · made {batch.createdAt.slice(0, 10)}
      </h3>
      {batch.note && <p className="statement__note">{batch.note}</p>}
      <table className="statement__table">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Job</th>
            <th scope="col">Technician</th>
            <th scope="col">Description</th>
            <th scope="col" className="statement__num">
              Time / qty
            </th>
            <th scope="col" className="statement__num">
              Rate
            </th>
            <th scope="col" className="statement__num">
              Net
            </th>
            <th scope="col" className="statement__num">
              Tax
            </th>
          </tr>
        </thead>
        <tbody>
          {batch.lines.map((l) => (
            <tr key={l.id}>
              <td>{l.day}</td>
              <td>
                {l.jobNumber}
                {l.clientReference && <div className="statement__small">Your ref. {l.clientReference}</div>}
              </td>
              <td>{l.technicianName}</td>
              <td>
                {KIND[l.kind]}: {l.kind === 'part' ? l.description : l.description.replace(/^(Labour|Travel): /, '')}
                {l.note && <div className="statement__small">{l.note}</div>}
              </td>
              <td className="statement__num">{l.kind === 'part' ? String(l.quantity) : formatMinutes(l.minutes)}</td>
              <td className="statement__num">{money(l.rateMinor)}</td>
              <td className="statement__num">{money(l.amountMinor)}</td>
              <td className="statement__num">{money(l.taxMinor)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={6}>
              {batchLabel(batch)} total: net {money(batch.netMinor)}, tax {money(batch.taxMinor)}
            </th>
            <td className="statement__num" colSpan={2}>
              <strong>{money(batch.grossMinor)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

/** The statement as it prints: black text and ruled lines, so a mono laser printer loses nothing. */
export function StatementDocument({ data }: { data: BillingStatement }) {
  const money = (minor: number) => formatMoney(minor, data.currency);
  const block = data.block;
  return (
    <article className="statement">
      <header className="statement__head">
        <h2>Statement</h2>
        <h3 className="statement__client">{data.client.name}</h3>
        <p>
          {periodLabel(data)} ({data.from} to {data.to}) · amounts in {data.currency} · tax {data.taxRateBasisPoints / 100} %
        </p>
      </header>
      {data.batches.length === 0 && <p>No billing batches in this period.</p>}
      {data.batches.map((b) => (
        <BatchTable key={b.id} batch={b} />
      ))}
      <table className="statement__totals">
        <tbody>
          <tr>
            <th scope="row">Net</th>
            <td className="statement__num">{money(data.totals.netMinor)}</td>
          </tr>
          <tr>
            <th scope="row">Tax</th>
            <td className="statement__num">{money(data.totals.taxMinor)}</td>
          </tr>
          <tr>
            <th scope="row">Total for the period</th>
            <td className="statement__num">
              <strong>{money(data.totals.grossMinor)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      {block && (
        <section className="statement__batch" aria-label="Block hours">
          <h3>Block-hours statement</h3>
          <table className="statement__table">
            <tbody>
              <BlockStatementRows statement={block.statement} numberClass="statement__num" />
            </tbody>
          </table>
          <p>
            Hours bought in the period: {formatMinutes(block.statement.toppedUpMinutes)} · drawn: {formatMinutes(block.statement.drawnMinutes)}
            {block.statement.closingMinutes < 0 ? ' · the balance is overdrawn' : ''}
          </p>
        </section>
      )}
    </article>
  );
}
