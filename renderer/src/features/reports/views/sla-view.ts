/** SLA compliance: response and resolution met %, by priority, week, client and tier, and the breaches. */
import type { BreachCause, SlaGroup, SlaReport } from '../../../../../shared/reports/types';
import { formatDayTime } from '../../../lib/format';
import { BASE, PALETTE, STRIPES, shortDay } from '../report-section';
import type { ReportSection } from '../report-section';
import type { Cell } from '../report-table';

export const CAUSE_WORDS: Record<BreachCause, string> = {
  'queued-too-long': 'Queued too long',
  'booked-late': 'Booked late',
  'ran-over': 'Ran over',
};

const percentText = (p: number | null) => (p === null ? 'no jobs measured' : `${p}%`);

function groupRows(groups: readonly SlaGroup[]): Cell[][] {
  return groups.map((g) => [g.label, g.jobs, g.responseMet, g.responseMeasured, g.responsePercent, g.resolutionMet, g.resolutionMeasured, g.resolutionPercent]);
}

const GROUP_COLUMNS = [
  { label: 'Jobs', numeric: true },
  { label: 'Response met', numeric: true },
  { label: 'Response measured', numeric: true },
  { label: 'Response met %', numeric: true },
  { label: 'Resolution met', numeric: true },
  { label: 'Resolution measured', numeric: true },
  { label: 'Resolution met %', numeric: true },
];

/** Met % bars, response beside resolution, one pair per group; a group with nothing measured shows no bar (never a made-up 0). */
function groupSection(id: string, title: string, first: string, groups: readonly SlaGroup[], horizontal = false): ReportSection {
  const labels = groups.map((g) => g.label);
  const category = { type: 'category' as const, data: labels, ...(horizontal ? { inverse: true } : {}) };
  const value = { type: 'value' as const, name: 'Met %', min: 0, max: 100, ...(horizontal ? { nameLocation: 'middle' as const, nameGap: 26 } : {}) };
  return {
    id,
    title,
    chart: {
      label: `Bar chart of response and resolution targets met, in percent, by ${first.toLowerCase()}; the numbers are in the table below.`,
      height: horizontal ? Math.max(200, 28 * groups.length + 80) : 260,
      option: {
        ...BASE,
        legend: { top: 0 },
        xAxis: horizontal ? value : category,
        yAxis: horizontal ? category : value,
        series: [
          { type: 'bar', name: 'Response met %', data: groups.map((g) => g.responsePercent), itemStyle: { color: PALETTE[0] } },
          { type: 'bar', name: 'Resolution met %', data: groups.map((g) => g.resolutionPercent), itemStyle: { color: PALETTE[1], decal: STRIPES } },
        ],
      },
    },
    table: { title: `${title}`, columns: [{ label: first }, ...GROUP_COLUMNS], rows: groupRows(groups) },
  };
}

function breaches(r: SlaReport): ReportSection {
  const causes = (Object.keys(CAUSE_WORDS) as BreachCause[]).map((c) => `${CAUSE_WORDS[c].toLowerCase()} ${r.causes[c]}`).join(', ');
  return {
    id: 'sla-breaches',
    title: 'Breaches',
    note: r.breaches.length === 0 ? 'No target was missed in this range.' : `${r.breaches.length} missed targets, most late first: ${causes}.`,
    table: {
      title: 'SLA breaches with their cause',
      columns: [{ label: 'Job' }, { label: 'Title' }, { label: 'Client' }, { label: 'Priority' }, { label: 'Target' }, { label: 'Due' }, { label: 'Late (min)', numeric: true }, { label: 'Cause' }, { label: 'Why' }],
      rows: r.breaches.map((b) => [
        b.number,
        b.title,
        b.clientName,
        b.priority,
        b.kind === 'response' ? 'Response' : 'Resolution',
        formatDayTime(b.dueAt, r.timeZone),
        b.lateMinutes,
        CAUSE_WORDS[b.cause],
        b.causeDetail,
      ]),
    },
  };
}

export function slaSections(r: SlaReport): ReportSection[] {
  const weeks = r.byWeek.map((w) => ({ ...w, label: `w/c ${shortDay(w.key)}` }));
  const overall = groupSection('sla-priority', 'Met % by priority', 'Priority', r.byPriority);
  overall.note = `Overall: response ${percentText(r.overall.responsePercent)} (${r.overall.responseMet} of ${r.overall.responseMeasured}), resolution ${percentText(r.overall.resolutionPercent)} (${r.overall.resolutionMet} of ${r.overall.resolutionMeasured}).`;
  return [
    overall,
    groupSection('sla-week', 'Met % by week', 'Week', weeks),
    groupSection('sla-client', 'Met % by client', 'Client', r.byClient, true),
    groupSection('sla-tier', 'Met % by SLA tier', 'Tier', r.byTier),
    breaches(r),
  ];
}
