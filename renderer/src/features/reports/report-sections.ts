/** Each report's answer turned into its charts and tables. */
import type { ReportKind } from '../../../../shared/ipc/reports-route';
import type { ReportAnswer } from './report-answer';
import type { ReportSection } from './report-section';
import { backlogSections } from './views/backlog-view';
import { balanceSections } from './views/balance-view';
import { demandSections } from './views/demand-view';
import { incomeSections } from './views/income-view';
import { repeatsSections } from './views/repeats-view';
import { slaSections } from './views/sla-view';
import { technicianSections } from './views/technicians-view';

const BUILDERS: { [K in ReportKind]: (answer: ReportAnswer<K>) => ReportSection[] } = {
  demand: demandSections,
  sla: slaSections,
  backlog: backlogSections,
  technicians: technicianSections,
  balance: balanceSections,
  repeats: repeatsSections,
  income: incomeSections,
};

export function sectionsOf<K extends ReportKind>(kind: K, answer: ReportAnswer<K>): ReportSection[] {
  return (BUILDERS[kind] as (a: ReportAnswer<K>) => ReportSection[])(answer);
}
