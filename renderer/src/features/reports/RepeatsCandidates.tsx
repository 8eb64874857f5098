import type { RepeatsReport } from '../../../../shared/reports/types';
import { openMaintenance, openNewMaintenancePlan } from '../maintenance/maintenance-dialog-state';
import { CATEGORY_LABELS } from '../new-job/new-job-form';
import { DataTable } from './DataTable';
import type { Range } from './report-range';
import { candidateLabel, candidatesTable } from './views/repeats-view';

/**
 * The maintenance plan candidates: the table (for CSV and print) and, per candidate, the one action
 * that turns it into a plan: "Create a maintenance plan…" opens the plan form filled in for that
 * client, site and category; a candidate already covered by a plan offers to open that plan instead.
 */
export function RepeatsCandidates({ report, range, printing }: { report: RepeatsReport; range: Range; printing: boolean }) {
  const table = candidatesTable(report);
  return (
    <section className="report-section" aria-labelledby="repeats-candidates-title" data-section="repeats-candidates">
      <h3 id="repeats-candidates-title">Maintenance plan candidates</h3>
      <p className="report-section__note">
        A site (or a client, across its sites) with at least {report.minJobs} jobs of one category inside {report.windowDays} days. Regular maintenance may prevent the next ones.
      </p>
      {!printing && report.candidates.length > 0 && (
        <ul className="repeats-actions" aria-label="Candidates">
          {report.candidates.map((c) => {
            const label = candidateLabel(c);
            return (
              <li key={`${c.scope}|${c.clientId}|${c.siteId ?? ''}|${c.category}`} className="repeats-actions__item">
                <span>
                  <strong>{label}</strong>: {c.jobsInWindow} jobs between {c.windowFrom} and {c.windowTo}
                  {c.hasMaintenancePlan ? ' · already has a maintenance plan' : ''}
                </span>
                {c.hasMaintenancePlan ? (
                  <button type="button" className="button button--quiet" aria-label={`Open plans for ${c.clientName}`} onClick={() => openMaintenance(c.clientId)}>
                    Open plans…
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button"
                    aria-label={`Create a maintenance plan for ${label}`}
                    onClick={() => openNewMaintenancePlan({ clientId: c.clientId, siteId: c.siteId, category: c.category, title: `${CATEGORY_LABELS[c.category]} maintenance${c.siteName ? ` — ${c.siteName}` : ''}` })}
                  >
                    Create a maintenance plan…
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <DataTable table={table} range={range} maxHeight={320} />
    </section>
  );
}
