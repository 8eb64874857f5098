/** The plan's numbers: placed / not placed, weighted breaches first-come → planned, overtime per technician, travel, zone changes. */
import type { PlanView } from '../../../../shared/ipc/planner-outputs';

const num = (n: number) => (Math.round(n * 10) / 10).toLocaleString('en-GB');
const minutes = (m: number) => (m >= 60 ? `${Math.floor(m / 60)} h ${String(Math.round(m % 60)).padStart(2, '0')} m` : `${Math.round(m)} m`);

export function PlanSummaryList({ plan, nameOf }: { plan: PlanView; nameOf: (technicianId: string) => string }) {
  const s = plan.summary;
  const overtime = s.technicians.filter((t) => t.overtimeMinutes > 0);
  return (
    <section aria-labelledby="plan-summary-title">
      <h3 id="plan-summary-title" className="plan-panel__subtitle">
        Summary
      </h3>
      <dl className="plan-panel__facts">
        <dt>Jobs placed</dt>
        <dd>{s.placed}</dd>
        <dt>Not placed</dt>
        <dd>{s.notPlaced}</dd>
        {s.moved > 0 && (
          <>
            <dt>Bookings moved</dt>
            <dd>{s.moved}</dd>
          </>
        )}
        <dt>Weighted response breaches</dt>
        <dd>
          {num(s.breachesBefore)} first-come → {num(s.breachesAfter)} planned
        </dd>
        <dt>Weighted resolution breaches</dt>
        <dd>
          {num(s.resolutionBreachesBefore)} → {num(s.resolutionBreachesAfter)}
        </dd>
        <dt>Overtime</dt>
        <dd>{s.overtimeMinutes > 0 ? minutes(s.overtimeMinutes) : 'none'}</dd>
        <dt>Travel</dt>
        <dd>{minutes(s.travelMinutes)}</dd>
        <dt>Zone changes</dt>
        <dd>{s.zoneChanges}</dd>
      </dl>
      {overtime.length > 0 && (
        <ul className="plan-panel__list" aria-label="Overtime per technician">
          {overtime.map((t) => (
            <li key={t.technicianId}>
              {t.name || nameOf(t.technicianId)}: {minutes(t.overtimeMinutes)} overtime
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
