/**
 * What a plan read, so accepting it can refuse when any of it changed: each job's `revision`, and
 * for technicians (who carry no revision) a fingerprint of the record, so a changed rota, skill or
 * zone counts as a change.
 */
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { Job } from '../../../../shared/schemas/job';
import type { Technician } from '../../../../shared/schemas/technician';

export type ReadRevisions = { jobs: Map<string, number>; technicians: Map<string, string> };

const fingerprint = (t: Technician): string => JSON.stringify(t);

const overlaps = (job: Job, start: number, end: number): boolean =>
  job.assignment !== null && Date.parse(job.assignment.start) < end && Date.parse(job.assignment.end) > start;

/** The jobs a plan reads: the queued jobs it plans and every booking inside its horizon. */
export function readRevisions(doc: DispatchDocument, planned: readonly string[], start: Date, end: Date): ReadRevisions {
  const wanted = new Set(planned);
  const jobs = new Map<string, number>();
  for (const job of doc.jobs) {
    if (wanted.has(job.id) || overlaps(job, start.getTime(), end.getTime())) jobs.set(job.id, job.revision);
  }
  return { jobs, technicians: new Map(doc.technicians.map((t) => [t.id, fingerprint(t)])) };
}

export type ChangedSince = { jobIds: string[]; technicianIds: string[] };

/**
 * What changed since the plan was made among what accepting `jobIds` onto `technicianIds`
 * depends on: those jobs, those technicians, and every booking those technicians had or now have
 * in the horizon (a booking added, moved or removed there changes where the plan's fit).
 */
export function changedSince(
  doc: DispatchDocument,
  read: ReadRevisions,
  accepted: { jobIds: readonly string[]; technicianIds: readonly string[] },
  start: Date,
  end: Date,
): ChangedSince {
  const techs = new Set(accepted.technicianIds);
  const byId = new Map(doc.jobs.map((j) => [j.id, j]));
  const jobIds = new Set<string>();
  for (const id of accepted.jobIds) if (byId.get(id)?.revision !== read.jobs.get(id)) jobIds.add(id);
  for (const [id, revision] of read.jobs) {
    const now = byId.get(id);
    // A booking the plan saw on one of these technicians that has since changed or gone.
    if (now?.revision !== revision && (!now || (now.assignment && techs.has(now.assignment.technicianId)))) jobIds.add(id);
  }
  for (const job of doc.jobs) {
    // A booking made since on one of these technicians, inside the horizon.
    if (!read.jobs.has(job.id) && job.assignment && techs.has(job.assignment.technicianId) && overlaps(job, start.getTime(), end.getTime())) jobIds.add(job.id);
  }
  const technicianIds = [...techs].filter((id) => {
    const t = doc.technicians.find((x) => x.id === id);
    return !t || fingerprint(t) !== read.technicians.get(id);
  });
  return { jobIds: [...jobIds], technicianIds };
}
