/** The live loop's rows of the benchmark table: one per window (each has the budget), CPU and memory. */
import type { LiveLoopResults } from './live-loop';
import type { Row } from './report';
import { summarize } from './stats';

const P95_BUDGET = { limit: 250, on: 'p95', kind: 'max', text: '< 250 ms p95 in every window' } as const;

/**
 * `ours` from this checkout's build; `old`, if measured, from the baseline build in the same run
 * (its figures go into the Baseline column of the same rows).
 */
export function liveLoopRows(ours: LiveLoopResults, old: LiveLoopResults | null, oldName: string): Row[] {
  const n = ours.windows.length;
  const baselineNote = old ? `; baseline: ${oldName}` : '';
  const rows: Row[] = ours.windows.map((w, i) => {
    const was = old?.windows[i];
    const drawnLate = w.notDrawn > 0 ? `; ${w.notDrawn} not drawn after 60 s (counted at 60 s)` : '';
    const oldNote = was ? `; baseline max ${Math.round(was.commitToDrawn.max)} ms${was.notDrawn ? `, ${was.notDrawn} not drawn` : ''}` : '';
    return {
      measure: `Live loop, window ${i + 1} of ${n} (${w.role === 'drags' ? 'drags an event' : 'watches'}): commit → drawn`,
      value: w.commitToDrawn,
      unit: 'ms',
      baseline: was?.commitToDrawn ?? null,
      budget: P95_BUDGET,
      note: `max ${Math.round(w.commitToDrawn.max)} ms; the drag ${w.drag === null ? 'not seen' : `${Math.round(w.drag)} ms`}${drawnLate}${oldNote}`,
    };
  });
  const storm = (r: LiveLoopResults) => `${r.intake.created}/${r.intake.posted} jobs from ${r.intake.clients} clients in ${(r.intake.ms / 1000).toFixed(1)} s`;
  const pct = (seconds: number, r: LiveLoopResults) => summarize([(100 * seconds) / r.cpu.wallSeconds]);
  rows.push(
    {
      measure: 'Live loop: host CPU during the burst (% of one core)',
      value: pct(ours.cpu.hostSeconds, ours),
      unit: '%',
      baseline: old ? pct(old.cpu.hostSeconds, old) : null,
      note: `${ours.cpu.hostSeconds.toFixed(1)} s CPU over ${ours.cpu.wallSeconds.toFixed(1)} s, ${storm(ours)}${old ? `; baseline ${old.cpu.hostSeconds.toFixed(1)} s over ${old.cpu.wallSeconds.toFixed(1)} s, ${storm(old)}` : ''}`,
    },
    {
      measure: `Live loop: browser CPU during the burst, all ${n} windows (% of one core)`,
      value: pct(ours.cpu.browserSeconds, ours),
      unit: '%',
      baseline: old ? pct(old.cpu.browserSeconds, old) : null,
      note: `${ours.cpu.browserSeconds.toFixed(1)} s CPU; main threads busy ${ours.windows.map((w) => w.taskSeconds.toFixed(1)).join(' / ')} s (script ${ours.windows.map((w) => w.scriptSeconds.toFixed(1)).join(' / ')} s)${baselineNote}`,
    },
    {
      measure: 'Live loop: page JS heap per window after the burst',
      value: ours.memory.pageHeapMb,
      unit: 'MB',
      baseline: old?.memory.pageHeapMb ?? null,
      note: `max ${Math.round(ours.memory.pageHeapMb.max)} MB`,
    },
    {
      measure: 'Live loop: host process RSS after the burst',
      value: summarize([ours.memory.hostRssMb]),
      unit: 'MB',
      baseline: old ? summarize([old.memory.hostRssMb]) : null,
      note: `peak ${Math.round(ours.memory.hostPeakRssMb)} MB${old ? `; baseline peak ${Math.round(old.memory.hostPeakRssMb)} MB` : ''}`,
    },
  );
  return rows;
}
