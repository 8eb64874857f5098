/**
 * A finished state in the dispatcher's words: each proposed booking with its reasons (the same
 * phrases as the assign dialog's suggestions), each job left out with why, and the summary.
 */
import { dueDayTime, lateText } from '../domain/booking-deadlines';
import { durationText, whenText } from '../domain/suggest-text';
import { listText } from '../domain/words';
import { costOf } from './evaluate';
import { jobBreaches, unplacedBreaches } from './objective';
import { MINUTE, type Model } from './model';
import type { State, Visit } from './state';
import type { Plan, PlanReason, PlanSummary, ProposedBooking, TechnicianLoad, UnplacedJob } from './types';

const iso = (t: number) => new Date(t).toISOString();
const sameZone = (a: string, b: string) => a.trim() !== '' && a.trim().toLowerCase() === b.trim().toLowerCase();

function reasonsFor(m: Model, s: State, v: Visit, travelBefore: number, prevZone: string | null): PlanReason[] {
  const job = m.jobs[v.job]!;
  const tech = m.input.technicians[v.tech]!;
  const { now, timeZone } = m.input;
  const reasons: PlanReason[] = [];
  if (job.requiredSkills.length > 0) reasons.push({ kind: 'skills', met: true, text: `has ${listText([...job.requiredSkills])}` });
  if (job.zone.trim() !== '') {
    reasons.push(
      sameZone(tech.zone, job.zone)
        ? { kind: 'zone', met: true, text: `${tech.zone.trim()} zone` }
        : { kind: 'zone', met: false, text: tech.zone.trim() ? `${tech.zone.trim()} zone, site is ${job.zone.trim()}` : 'no zone' },
    );
  }
  if (travelBefore > 0 && prevZone !== null) {
    reasons.push({ kind: 'travel', met: false, text: `${durationText(travelBefore)} travel from ${prevZone.trim() || 'the previous visit'}` });
  }
  reasons.push({ kind: 'start', met: true, text: `starts ${whenText(v.start, new Date(now), timeZone)}` });
  const b = jobBreaches(job, v.start, v.end);
  if (job.responseDueAt !== null) {
    const late = Math.ceil((v.start - job.responseDueAt) / MINUTE);
    reasons.push(
      b.response === 0
        ? { kind: 'response-due', met: true, text: 'before response due' }
        : { kind: 'response-due', met: false, text: `misses response due by ${lateText(late)}` },
    );
  }
  if (job.window) {
    const inWindow = v.start >= job.window.start && v.end <= job.window.end;
    reasons.push({ kind: 'window', met: inWindow, text: inWindow ? 'in the visit window' : 'outside the visit window' });
  } else if (job.resolutionDueAt !== null && b.resolution > 0) {
    const late = Math.ceil((v.end - job.resolutionDueAt) / MINUTE);
    reasons.push({ kind: 'resolution-due', met: false, text: `misses resolution due by ${lateText(late)}` });
  }
  if (v.ot > 0) reasons.push({ kind: 'overtime', met: false, text: `${durationText(v.ot)} overtime` });
  if (job.current && (job.current.technicianId !== tech.id || job.current.start !== v.start)) {
    reasons.push({ kind: 'moved', met: false, text: `moved from ${whenText(job.current.start, new Date(now), timeZone)}` });
  }
  const booked = v.day >= 0 ? s.booked[v.tech]![v.day]! + s.overtime[v.tech]![v.day]! : 0;
  reasons.push({ kind: 'load', met: true, text: `${durationText(booked)} booked that day of ${durationText(tech.dailyCapacityMinutes)}` });
  return reasons;
}

/** Why a job got no booking, in one sentence naming the job. */
export function unplacedReason(m: Model, job: number): string {
  const j = m.jobs[job]!;
  const until = dueDayTime(iso(m.input.horizon.end), m.input.timeZone);
  const skills = j.requiredSkills.map((x) => `\`${x}\``);
  if (m.qualified[job]!.length === 0) {
    return skills.length > 0
      ? `${j.number} needs ${listText(skills)}; nobody has ${skills.length > 1 ? 'them all' : 'it'}.`
      : `${j.number}: there are no technicians working in the horizon.`;
  }
  if (j.window && j.window.start >= m.input.horizon.end) {
    return `${j.number}'s visit window opens ${dueDayTime(iso(j.window.start), m.input.timeZone)}, after the horizon.`;
  }
  const who = skills.length > 0 ? `; nobody with ${skills.length > 1 ? 'them' : 'it'}` : '; nobody';
  return `${j.number} needs ${skills.length > 0 ? `${listText(skills)} and ` : ''}${durationText(j.estimateMinutes)}${who} is free before ${until} (working hours, time off, capacity and other bookings considered).`;
}

export function describePlan(m: Model, s: State, iterations: number, baseline: { response: number; resolution: number } | null): Plan {
  const bookings: ProposedBooking[] = [];
  const loads: TechnicianLoad[] = m.input.technicians.map((t) => ({ technicianId: t.id, name: t.name, bookedMinutes: 0, overtimeMinutes: 0, travelMinutes: 0 }));
  let zoneChanges = 0;
  s.visits.forEach((row, t) => {
    row.forEach((v, i) => {
      const prev = row[i - 1];
      const sameDay = prev !== undefined && prev.day === v.day && v.day >= 0;
      const travel = sameDay ? m.travel(prev.zone, v.zone) : 0;
      if (sameDay && prev.zone.trim().toLowerCase() !== v.zone.trim().toLowerCase()) zoneChanges++;
      loads[t]!.travelMinutes += travel;
      if (v.job < 0) return;
      loads[t]!.bookedMinutes += (v.end - v.start) / MINUTE;
      loads[t]!.overtimeMinutes += v.ot;
      const job = m.jobs[v.job]!;
      bookings.push({
        jobId: job.id,
        number: job.number,
        technicianId: m.input.technicians[t]!.id,
        technicianName: m.input.technicians[t]!.name,
        start: iso(v.start),
        end: iso(v.end),
        travelBeforeMinutes: travel,
        overtimeMinutes: v.ot,
        moved: job.current !== null && (job.current.technicianId !== m.input.technicians[t]!.id || job.current.start !== v.start),
        reasons: reasonsFor(m, s, v, travel, sameDay ? prev.zone : null),
      });
    });
  });
  bookings.sort((a, b) => a.start.localeCompare(b.start) || a.number.localeCompare(b.number));
  const unplaced: UnplacedJob[] = m.jobs.flatMap((j, i) => (s.placed[i] ? [] : [{ jobId: j.id, number: j.number, reason: unplacedReason(m, i) }]));
  const cost = costOf(m, s);
  const late = (pick: (b: { response: number; resolution: number }) => number) =>
    m.jobs.filter((j, i) => {
      const v = s.placed[i];
      return pick(v ? jobBreaches(j, v.start, v.end) : unplacedBreaches(j, m.input.horizon.end)) > 0;
    }).length;
  const summary: PlanSummary = {
    placed: bookings.length,
    unplaced: unplaced.length,
    moved: bookings.filter((b) => b.moved).length,
    weightedBreachesBefore: round(baseline?.response ?? cost.response),
    weightedBreachesAfter: round(cost.response),
    resolutionBreachesBefore: round(baseline?.resolution ?? cost.resolution),
    resolutionBreachesAfter: round(cost.resolution),
    lateResponses: late((b) => b.response),
    lateResolutions: late((b) => b.resolution),
    overtimeMinutes: cost.overtimeMinutes,
    travelMinutes: cost.travelMinutes,
    zoneChanges,
    perTechnician: loads,
  };
  return { bookings, unplaced, summary, cost, iterations };
}

const round = (x: number) => Math.round(x * 100) / 100;
