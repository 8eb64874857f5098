import { useEffect } from 'react';
import { REPORT_TITLES } from '../../../../shared/ipc/reports-route';
import type { ReportKind } from '../../../../shared/ipc/reports-route';
import type { RepeatsReport, ReportMeta } from '../../../../shared/reports/types';
import { formatDayTime } from '../../lib/format';
import { RepeatsCandidates } from './RepeatsCandidates';
import type { Range } from './report-range';
import { sectionsOf } from './report-sections';
import { ReportSectionView } from './ReportSectionView';
import { useReport } from './use-report';

type Props = { kind: ReportKind; range: Range; printing: boolean; onState?: (state: 'loading' | 'ready' | 'error') => void };

/** One report: progress while the host computes it, then its sections (chart above table). */
export function ReportBody({ kind, range, printing, onState }: Props) {
  const { query, progress, stale, refresh } = useReport(kind, range);
  useEffect(() => onState?.(query.kind), [query.kind, onState]);

  if (query.kind === 'loading') {
    return (
      <div className="report-loading" role="status">
        {progress ? (
          <>
            <span id="report-progress-label">
              Reading the archive: {progress.done} of {progress.total} months
            </span>
            <progress aria-labelledby="report-progress-label" max={progress.total} value={progress.done} />
          </>
        ) : (
          <span>Computing the {REPORT_TITLES[kind].toLowerCase()} report…</span>
        )}
      </div>
    );
  }
  if (query.kind === 'error') {
    return (
      <p className="report-error" role="alert">
        {query.message}
      </p>
    );
  }
  const meta: ReportMeta = query.data;
  const noBilling = kind === 'income' && 'hasBillingData' in query.data && !query.data.hasBillingData;
  return (
    <>
      <p className="report-meta">
        {meta.jobsRead.active + meta.jobsRead.archived} jobs read ({meta.jobsRead.archived} from the archive) · computed {formatDayTime(meta.generatedAt, meta.timeZone)} · times in {meta.timeZone}
        {stale && !printing && (
          <>
            {' '}
            · <span className="report-meta__stale">Jobs changed since.</span>{' '}
            <button type="button" className="button button--quiet" onClick={refresh}>
              Refresh
            </button>
          </>
        )}
      </p>
      {meta.problems.length > 0 && (
        <p className="report-warning" role="note">
          ▲ Left out (could not be read): {meta.problems.map((p) => `${p.month} (${p.reason})`).join('; ')}. The numbers are short by their jobs.
        </p>
      )}
      {noBilling ? (
        <p className="report-section__note">No billing yet: once visits are closed out with prices or batches are billed, income shows here.</p>
      ) : (
        sectionsOf(kind, query.data).map((section) => <ReportSectionView key={section.id} section={section} range={range} />)
      )}
      {kind === 'repeats' && <RepeatsCandidates report={query.data as RepeatsReport} range={range} printing={printing} />}
    </>
  );
}
