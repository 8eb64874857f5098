/** Income: billed and unbilled by month and client, and what block-hour clients have left. */
import type { IncomeReport } from '../../../../../shared/reports/types';
import { currencyDigits, minorToDecimal } from '../../../../../shared/billing/money';
import { BASE, PALETTE, STRIPES, horizontalBars, hours, monthLabel } from '../report-section';
import type { ReportSection } from '../report-section';

const LEVEL_WORDS = { ok: 'OK', low: 'Low', negative: 'Overdrawn' } as const;

export function incomeSections(r: IncomeReport): ReportSection[] {
  const digits = currencyDigits(r.currency);
  // Money as a number in the currency's units (12.50), so the CSV adds up in a spreadsheet.
  const money = (minor: number) => Number(minorToDecimal(minor, digits));
  const unit = `(${r.currency}, net)`;
  const series = (billed: number[], unbilled: number[]) => [
    { type: 'bar' as const, name: 'Billed', stack: 'net', data: billed, itemStyle: { color: PALETTE[0] } },
    { type: 'bar' as const, name: 'Not billed yet', stack: 'net', data: unbilled, itemStyle: { color: PALETTE[1], decal: STRIPES } },
  ];
  const sections: ReportSection[] = [
    {
      id: 'income-months',
      title: 'Billed and unbilled by month',
      note: `Billed: invoices less credits, by the month they were made. Not billed yet: closed-out visits priced with today's contracts. Totals: billed ${money(r.totals.billedNetMinor)}, not billed ${money(r.totals.unbilledNetMinor)} ${r.currency}.`,
      chart: {
        label: 'Stacked bar chart of billed and not yet billed net income per month; the numbers are in the table below.',
        option: {
          ...BASE,
          legend: { top: 0 },
          xAxis: { type: 'category', data: r.months.map((m) => monthLabel(m.month)) },
          yAxis: { type: 'value', name: r.currency },
          series: series(r.months.map((m) => money(m.billedNetMinor)), r.months.map((m) => money(m.unbilledNetMinor))),
        },
      },
      table: {
        title: 'Income by month',
        columns: [{ label: 'Month' }, { label: `Billed ${unit}`, numeric: true }, { label: `Not billed yet ${unit}`, numeric: true }],
        rows: r.months.map((m) => [m.month, money(m.billedNetMinor), money(m.unbilledNetMinor)]),
      },
    },
    {
      id: 'income-clients',
      title: 'Billed and unbilled by client',
      chart: {
        label: 'Stacked bar chart of billed and not yet billed net income per client; the numbers are in the table below.',
        height: Math.max(200, 30 * r.clients.length + 90),
        option: horizontalBars(
          r.clients.map((c) => c.clientName),
          r.currency,
          series(r.clients.map((c) => money(c.billedNetMinor)), r.clients.map((c) => money(c.unbilledNetMinor))),
        ),
      },
      table: {
        title: 'Income by client',
        columns: [{ label: 'Client' }, { label: `Billed ${unit}`, numeric: true }, { label: `Not billed yet ${unit}`, numeric: true }, { label: 'Unbilled visits', numeric: true }],
        rows: r.clients.map((c) => [c.clientName, money(c.billedNetMinor), money(c.unbilledNetMinor), c.unbilledVisits]),
      },
    },
  ];
  if (r.blockHours.length > 0) {
    const low = new Set(r.blockHours.flatMap((b, i) => (b.level === 'ok' ? [] : [i])));
    sections.push({
      id: 'income-blocks',
      title: 'Block-hour balances',
      note: 'Hours left now; bought and drawn in the range. Low or overdrawn balances are marked ▲.',
      chart: {
        label: 'Bar chart of block hours left per client; the numbers are in the table below.',
        height: Math.max(180, 30 * r.blockHours.length + 90),
        option: {
          ...BASE,
          xAxis: { type: 'value', name: 'Hours left', nameLocation: 'middle', nameGap: 26 },
          yAxis: { type: 'category', data: r.blockHours.map((b) => b.clientName), inverse: true },
          series: [
            {
              type: 'bar',
              name: 'Hours left',
              data: r.blockHours.map((b) => (b.level === 'ok' ? hours(b.balanceMinutes) : { value: hours(b.balanceMinutes), itemStyle: { color: PALETTE[5], decal: STRIPES }, label: { show: true, position: 'right' as const, formatter: `▲ ${LEVEL_WORDS[b.level]}` } })),
            },
          ],
        },
      },
      table: {
        title: 'Block-hour balances',
        columns: [{ label: 'Client' }, { label: 'Hours left', numeric: true }, { label: 'Level' }, { label: 'Bought in range (h)', numeric: true }, { label: 'Drawn in range (h)', numeric: true }],
        rows: r.blockHours.map((b) => [b.clientName, hours(b.balanceMinutes), LEVEL_WORDS[b.level], hours(b.toppedUpMinutes), hours(b.drawnMinutes)]),
        marked: low,
        markLabel: 'Low or overdrawn',
      },
    });
  }
  return sections;
}
