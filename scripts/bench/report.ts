/** The benchmark's table: printed, saved as JSON, and written into README.md between markers. */
import { readFile, writeFile } from 'node:fs/promises';
import type { Summary } from './stats';

export type Row = {
  measure: string;
  /** Median and p95 in the row's unit. */
  value: Summary | null;
  unit: 'ms' | 'jobs/s' | 'MB' | '%';
  budget?: { limit: number; on: 'median' | 'p95' | 'min'; kind: 'max' | 'min'; text: string };
  baseline?: Summary | null;
  note?: string;
};

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

const f = (n: number | undefined, unit: Row['unit']) =>
  n === undefined || Number.isNaN(n) ? '–' : unit === 'jobs/s' ? Math.round(n).toString() : n >= 100 ? Math.round(n).toString() : n.toFixed(1);

export function verdict(row: Row): string {
  if (!row.budget || !row.value) return '';
  const v = row.budget.on === 'median' ? row.value.median : row.budget.on === 'p95' ? row.value.p95 : row.value.min;
  const met = row.budget.kind === 'max' ? v <= row.budget.limit : v >= row.budget.limit;
  if (met) return `met (${row.budget.text})`;
  const by = row.budget.kind === 'max' ? `${f(v - row.budget.limit, row.unit)} ${row.unit} over` : `${f(row.budget.limit - v, row.unit)} ${row.unit} short`;
  return `**missed** by ${by} (${row.budget.text})`;
}

/** The baseline's median, and its p95 too when the budget is on the p95. */
function baselineCell(r: Row): string {
  const b = r.baseline;
  if (!b) return '';
  return `${f(b.median, r.unit)} ${r.unit}${r.budget?.on === 'p95' ? ` (p95 ${f(b.p95, r.unit)})` : ''}`;
}

export function markdownTable(rows: Row[]): string {
  const lines = [
    '| Measure | Median | p95 | n | Baseline median | Gain | Budget |',
    '|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    const v = r.value;
    const b = r.baseline ?? null;
    const gain = v && b ? (r.unit === 'jobs/s' ? v.median / b.median : b.median / v.median) : null;
    lines.push(
      `| ${r.measure}${r.note ? ` <br><sub>${r.note}</sub>` : ''} | ${f(v?.median, r.unit)} ${r.unit} | ${f(v?.p95, r.unit)} | ${v?.n ?? '–'} | ${baselineCell(r)} | ${gain ? `${gain >= 10 ? Math.round(gain) : gain.toFixed(1)}×` : ''} | ${verdict(r)} |`,
    );
  }
  return lines.join('\n');
}

export function terminalTable(rows: Row[]): string {
  const cells = rows.map((r) => [
    r.measure,
    `${f(r.value?.median, r.unit)} ${r.unit}`,
    f(r.value?.p95, r.unit),
    baselineCell(r),
    verdict(r).replace(/\*\*/g, ''),
  ]);
  const head = ['Measure', 'Median', 'p95', 'Baseline', 'Budget'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

/** Replace the text between the markers in README.md (adding a "## Performance" section if missing). */
export async function writeReadme(readme: string, section: string): Promise<void> {
  let text = await readFile(readme, 'utf8').catch(() => '');
  const block = `${START}\n${section.trim()}\n${END}`;
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a >= 0 && b > a) text = text.slice(0, a) + block + text.slice(b + END.length);
  else if (/^## Performance\s*$/m.test(text)) text = text.replace(/^## Performance\s*$/m, `## Performance\n\n${block}\n`);
  else text = `${text.trimEnd()}\n\n## Performance\n\n${block}\n`;
  await writeFile(readme, text);
}

/**
 * Replace a named table of its own in README.md, between `<!-- bench-<key>:start -->` and
 * `<!-- bench-<key>:end -->` (appended under "## Performance" when the markers are missing), so a
 * focused benchmark can refresh its table without touching the main one.
 */
export async function writeReadmeTable(readme: string, key: string, section: string): Promise<void> {
  const [start, end] = [`<!-- bench-${key}:start -->`, `<!-- bench-${key}:end -->`];
  let text = await readFile(readme, 'utf8').catch(() => '');
  const block = `${start}\n${section.trim()}\n${end}`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a >= 0 && b > a) text = text.slice(0, a) + block + text.slice(b + end.length);
  else text = `${text.trimEnd()}\n\n${block}\n`;
  await writeFile(readme, text);
}
