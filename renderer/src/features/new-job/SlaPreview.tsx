import { dueTimes } from '../../../../shared/domain/sla';
import type { Client } from '../../../../shared/schemas/client';
import type { Priority } from '../../../../shared/schemas/common';
import type { SlaPolicy } from '../../../../shared/schemas/sla';
import { formatClock, formatDayTitle } from '../../lib/format';
import { dayOf } from '../../../../shared/domain/jobs';
import { useNow } from '../../state/hooks';

type Props = { client: Client | null; priority: Priority; policies: SlaPolicy[] | null; timeZone: string };

/**
 * What the dispatcher is about to promise: the response and resolution due times this call gets
 * if saved now, from the client's SLA tier and the priority (the host computes the same on save).
 */
export function SlaPreview({ client, priority, policies, timeZone }: Props) {
  const now = useNow();
  if (!client || !policies) return <p className="new-job__sla field--wide">Pick the client to see the SLA due times.</p>;
  const policy = policies.find((p) => p.id === client.slaTier);
  if (!policy) return <p className="new-job__sla field--wide">{client.name} has no SLA tier: no due times.</p>;
  let due: { responseDueAt: Date; resolutionDueAt: Date };
  try {
    due = dueTimes(policy, priority, new Date(now), timeZone);
  } catch {
    return <p className="new-job__sla field--wide">The {policy.name} tier has no business hours: no due times.</p>;
  }
  const today = dayOf(new Date(now), timeZone);
  const when = (d: Date) => {
    const day = dayOf(d, timeZone);
    return day === today ? formatClock(d, timeZone) : `${formatClock(d, timeZone)} ${formatDayTitle(day)}`;
  };
  return (
    <p className="new-job__sla field--wide" aria-live="polite">
      <strong>{priority}</strong> on {policy.name}: response due <strong>{when(due.responseDueAt)}</strong>, resolution due{' '}
      <strong>{when(due.resolutionDueAt)}</strong>.
    </p>
  );
}
