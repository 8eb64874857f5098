/** What each report's channel answers, by the Reports view's report name. */
import type { ReportKind } from '../../../../shared/ipc/reports-route';
import type { Output } from '../../../../shared/ipc/contract';

export type ReportAnswer<K extends ReportKind> = Output<`reports:${K}`>;
