import type { Priority } from '../../../shared/schemas/common';

const MEANING: Record<Priority, string> = {
  P1: 'Priority 1: critical',
  P2: 'Priority 2: high',
  P3: 'Priority 3: normal',
  P4: 'Priority 4: low',
};

/** "P1" as text on a coloured badge: the colour helps, the text carries the meaning. */
export function PriorityBadge({ priority }: { priority: Priority }) {
  return (
    <span className={`priority-badge priority-badge--${priority.toLowerCase()}`} title={MEANING[priority]}>
      {priority}
    </span>
  );
}
