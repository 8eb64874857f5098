import type { ReactNode } from 'react';
import { DataTable } from './DataTable';
import { EChart } from './EChart';
import type { Range } from './report-range';
import type { ReportSection } from './report-section';

/** A section: heading, note, the chart, and beneath it the table of the same numbers (its text alternative). */
export function ReportSectionView({ section, range, children }: { section: ReportSection; range: Range; children?: ReactNode }) {
  const headingId = `${section.id}-title`;
  return (
    <section className="report-section" aria-labelledby={headingId} data-section={section.id}>
      <h3 id={headingId}>{section.title}</h3>
      {section.note && <p className="report-section__note">{section.note}</p>}
      {section.chart && <EChart option={section.chart.option} label={section.chart.label} {...(section.chart.height ? { height: section.chart.height } : {})} />}
      <DataTable table={section.table} range={range} maxHeight={section.chart ? 260 : 420} />
      {children}
    </section>
  );
}
