/**
 * Repeat problems: sites and clients with many jobs of one category inside a sliding window
 * (e.g. three printer jobs at a site within 30 days): candidates for a maintenance plan.
 */
import { JobCategorySchema, type JobCategory } from '../schemas/job';
import { isDemand } from './demand';
import type { ReportJob } from './report-job';
import type { ShopClock } from './shop-clock';
import { dayKeyOfNumber, dayNumberOf } from './shop-clock';
import { MAX_LISTED, type RepeatCandidate, type RepeatsReport, type ReportMeta } from './types';

export type RepeatsContext = {
  siteName(siteId: string): string | null;
  /** Maintenance plans (any state); only active ones count. */
  plans: ReadonlyArray<{ id: string; clientId: string; siteId: string | null; active: boolean }>;
};

type Hit = { day: number; job: ReportJob };

/** The window of `windowDays` days holding the most hits (the earliest such window). */
export function busiestWindow(hits: readonly Hit[], windowDays: number): { count: number; start: number; members: Hit[] } {
  let best = { count: 0, start: 0, from: 0, to: 0 };
  let lo = 0;
  for (let hi = 0; hi < hits.length; hi++) {
    while ((hits[hi] as Hit).day - (hits[lo] as Hit).day >= windowDays) lo++;
    const count = hi - lo + 1;
    if (count > best.count) best = { count, start: (hits[lo] as Hit).day, from: lo, to: hi };
  }
  return { count: best.count, start: best.start, members: hits.slice(best.from, best.to + 1) };
}

export function repeatsReport(jobs: readonly ReportJob[], input: { from: string; to: string; windowDays: number; minJobs: number }, clock: ShopClock, ctx: RepeatsContext): Omit<RepeatsReport, keyof ReportMeta> {
  const first = dayNumberOf(input.from);
  const last = dayNumberOf(input.to);
  const groups = new Map<string, Hit[]>();
  const perCategory = new Map<JobCategory, number>();
  const push = (key: string, hit: Hit) => {
    const list = groups.get(key);
    if (list) list.push(hit);
    else groups.set(key, [hit]);
  };
  for (const job of jobs) {
    if (!isDemand(job)) continue;
    const day = clock.dayOf(job.received);
    if (day < first || day > last) continue;
    perCategory.set(job.category, (perCategory.get(job.category) ?? 0) + 1);
    const hit = { day, job };
    push(`client\u0000${job.clientId}\u0000${job.category}`, hit);
    if (job.siteId !== null) push(`site\u0000${job.siteId}\u0000${job.category}`, hit);
  }
  const candidates: RepeatCandidate[] = [];
  const bestSiteCount = new Map<string, number>(); // client + category → most in one site's window
  const pending: Array<{ scope: 'site' | 'client'; hits: Hit[]; w: ReturnType<typeof busiestWindow> }> = [];
  for (const [key, hits] of groups) {
    hits.sort((a, b) => a.job.received - b.job.received);
    const w = busiestWindow(hits, input.windowDays);
    if (w.count < input.minJobs) continue;
    const scope = key.startsWith('site') ? 'site' : 'client';
    const one = (hits[0] as Hit).job;
    if (scope === 'site') {
      const k = `${one.clientId}\u0000${one.category}`;
      bestSiteCount.set(k, Math.max(bestSiteCount.get(k) ?? 0, w.count));
    }
    pending.push({ scope, hits, w });
  }
  for (const { scope, hits, w } of pending) {
    const one = (hits[0] as Hit).job;
    // A client's group is listed only when no single site explains it.
    if (scope === 'client' && (bestSiteCount.get(`${one.clientId}\u0000${one.category}`) ?? 0) >= w.count) continue;
    const siteId = scope === 'site' ? one.siteId : null;
    const plans = ctx.plans.filter((p) => p.active && p.clientId === one.clientId && (scope === 'client' || p.siteId === null || p.siteId === siteId));
    candidates.push({
      scope,
      clientId: one.clientId,
      clientName: one.clientName,
      siteId,
      siteName: siteId === null ? null : ctx.siteName(siteId),
      category: one.category,
      jobsInWindow: w.count,
      windowFrom: dayKeyOfNumber(w.start),
      windowTo: dayKeyOfNumber(Math.min(last, w.start + input.windowDays - 1)),
      jobsInRange: hits.length,
      jobNumbers: w.members.map((h) => h.job.number),
      hasMaintenancePlan: plans.length > 0,
      planIds: plans.map((p) => p.id),
    });
  }
  candidates.sort((a, b) => b.jobsInWindow - a.jobsInWindow || b.jobsInRange - a.jobsInRange || a.clientName.localeCompare(b.clientName) || (a.siteName ?? '').localeCompare(b.siteName ?? '') || a.category.localeCompare(b.category));
  return {
    windowDays: input.windowDays,
    minJobs: input.minJobs,
    candidates: candidates.slice(0, MAX_LISTED),
    candidatesNotListed: Math.max(0, candidates.length - MAX_LISTED),
    byCategory: JobCategorySchema.options.map((category) => ({ category, jobs: perCategory.get(category) ?? 0 })),
  };
}
