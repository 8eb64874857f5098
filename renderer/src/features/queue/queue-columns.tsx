import { createColumnHelper } from '@tanstack/react-table';
import type { RowData } from '@tanstack/react-table';
import { slaClocks } from '../../../../shared/domain/sla';
import { formatClock, formatDayTime, formatEstimate } from '../../lib/format';
import { PriorityBadge } from '../../app/PriorityBadge';
import type { RankedRow } from './queue-model';
import { SlaTimeLeft } from './SlaTimeLeft';
import { MaintenanceDue, MaintenanceTag } from '../maintenance/MaintenanceDue';

declare module '@tanstack/react-table' {
  // Cells read the shared clock and the shop's zone from the table, so a tick re-renders only the
  // visible rows instead of rebuilding 10,000 row objects.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- an augmentation must repeat the original type parameter
  interface TableMeta<TData extends RowData> {
    now: number;
    timeZone: string;
    /** `dayOf(now)` in the shop's zone, to print today's times without a date. */
    today: string;
    dayOf: (instant: string) => string;
  }
}

const col = createColumnHelper<RankedRow>();

/**
 * The queue's columns. Every column sorts on header click (asc → desc → back to the default SLA
 * order); the grid template in queue.css lists one width per column, in this order.
 */
export const queueColumns = [
  col.accessor('priority', {
    header: 'Priority',
    cell: (c) => <PriorityBadge priority={c.getValue()} />,
  }),
  col.accessor('number', {
    header: 'Job',
    sortingFn: 'alphanumeric',
    cell: (c) => <span className="mono">{c.getValue()}</span>,
  }),
  col.accessor('clientName', { header: 'Client' }),
  col.accessor('title', {
    header: 'Title',
    cell: (c) =>
      c.row.original.job.maintenance ? (
        <>
          <MaintenanceTag />
          {c.getValue()}
        </>
      ) : (
        c.getValue()
      ),
  }),
  col.accessor('skills', { header: 'Skills', cell: (c) => c.getValue() || '—' }),
  col.accessor('zone', { header: 'Zone', cell: (c) => c.getValue() || '—' }),
  col.accessor('receivedAt', {
    header: 'Received',
    cell: (c) => {
      const { timeZone, today, dayOf } = c.table.options.meta!;
      const at = c.getValue();
      return dayOf(at) === today ? formatClock(at, timeZone) : formatDayTime(at, timeZone);
    },
  }),
  col.accessor('risk', {
    id: 'responseDue',
    header: 'Response due',
    cell: (c) => {
      const { now, timeZone } = c.table.options.meta!;
      // A maintenance visit has no SLA clock: its window is its deadline.
      if (c.row.original.job.maintenance) return <MaintenanceDue job={c.row.original.job} now={now} timeZone={timeZone} />;
      return <SlaTimeLeft clock={slaClocks(c.row.original.job, new Date(now)).response} timeZone={timeZone} />;
    },
  }),
  col.accessor('estimateMinutes', {
    header: 'Estimate',
    cell: (c) => formatEstimate(c.getValue()),
  }),
];
