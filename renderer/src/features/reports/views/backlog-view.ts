/** Backlog: how many jobs waited in the queue over the range, with the peaks. */
import type { BacklogReport } from '../../../../../shared/reports/types';
import { formatDayTime } from '../../../lib/format';
import { BASE, PALETTE, shortDay, weekdayDay } from '../report-section';
import type { ReportSection } from '../report-section';

export function backlogSections(r: BacklogReport): ReportSection[] {
  const when = (at: string, day: string) => (r.step === 'hour' ? formatDayTime(at, r.timeZone) : weekdayDay(day));
  const labels = r.samples.map((s) => (r.step === 'hour' ? formatDayTime(s.at, r.timeZone) : shortDay(s.day)));
  const peakAt = new Set(r.peaks.map((p) => p.at));
  const mean = Math.round(r.meanQueue * 10) / 10;
  return [
    {
      id: 'backlog-line',
      title: 'Jobs waiting in the queue',
      note: `Sampled every ${r.step === 'hour' ? 'hour' : 'day'}: the most waiting at any moment (the line) and open jobs; mean queue ${mean}. The five peaks are marked ▲.`,
      chart: {
        label: `Line chart of the queue length over time with its ${r.peaks.length} peaks marked; the numbers are in the tables below.`,
        option: {
          ...BASE,
          legend: { top: 0 },
          xAxis: { type: 'category', data: labels, axisLabel: { hideOverlap: true } },
          yAxis: { type: 'value', name: 'Jobs', minInterval: 1 },
          series: [
            {
              type: 'line',
              name: 'Waiting (most in the bucket)',
              symbol: 'none',
              data: r.samples.map((s) => s.queueMax),
              itemStyle: { color: PALETTE[0] },
              markPoint: {
                symbol: 'pin',
                symbolSize: 36,
                label: { formatter: '▲{c}' },
                data: r.samples.flatMap((s, i) => (peakAt.has(s.at) ? [{ name: 'Peak', coord: [i, s.queueMax], value: s.queueMax }] : [])),
              },
              markLine: { symbol: 'none', lineStyle: { type: 'dashed' }, label: { formatter: `Mean ${mean}` }, data: [{ yAxis: mean }] },
            },
            { type: 'line', name: 'Open jobs', symbol: 'none', data: r.samples.map((s) => s.open), lineStyle: { type: 'dotted' }, itemStyle: { color: PALETTE[2] } },
          ],
        },
      },
      table: {
        title: 'Backlog peaks',
        columns: [{ label: 'When' }, { label: 'Jobs waiting', numeric: true }],
        rows: r.peaks.map((p) => [when(p.at, p.day), p.queue]),
      },
    },
    {
      id: 'backlog-samples',
      title: `Backlog by ${r.step}`,
      table: {
        title: `Queue and open jobs by ${r.step}`,
        columns: [{ label: r.step === 'hour' ? 'Hour' : 'Day' }, { label: 'Waiting at the end', numeric: true }, { label: 'Most waiting', numeric: true }, { label: 'Open jobs', numeric: true }, { label: 'Received', numeric: true }, { label: 'Finished', numeric: true }],
        rows: r.samples.map((s) => [when(s.at, s.day), s.queue, s.queueMax, s.open, s.received, s.finished]),
        marked: new Set(r.samples.flatMap((s, i) => (peakAt.has(s.at) ? [i] : []))),
        markLabel: 'Peak',
      },
    },
  ];
}
