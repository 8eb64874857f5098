/**
 * The shape checks every migration that only adds fields to jobs repeats: the document and each
 * job must be objects, or the migration refuses the file with the path of what is wrong.
 */
export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `data` with each job replaced by `add(job)` and `schemaVersion` set to `to`. */
export function withJobFields(data: unknown, to: number, add: (job: Obj) => Obj): Obj {
  if (!isObj(data) || !Array.isArray(data.jobs)) throw new Error(`expected a version ${to - 1} document with jobs`);
  const jobs = data.jobs.map((job: unknown, index) => {
    if (!isObj(job)) throw new Error(`jobs.${index} is not an object`);
    return add(job);
  });
  return { ...data, schemaVersion: to, jobs };
}
