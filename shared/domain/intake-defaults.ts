/**
 * Defaults for a job taken over the phone, so the dispatcher types only what is particular to this
 * call: the client's usual site, and per category the usual estimate and required skills.
 */
import type { JobCategory, Job } from '../schemas/job';
import type { Priority } from '../schemas/common';
import type { Site } from '../schemas/client';

export type CategoryDefaults = { estimateMinutes: number; skills: readonly string[] };

/**
 * What a job of each category usually takes. Skill names match the technicians' skills in the
 * sample shop (`printers`, `networking`, `windows`…), so the assign dialog can match them.
 */
export const CATEGORY_DEFAULTS: Readonly<Record<JobCategory, CategoryDefaults>> = {
  printer: { estimateMinutes: 45, skills: ['printers'] },
  network: { estimateMinutes: 90, skills: ['networking'] },
  hardware: { estimateMinutes: 60, skills: ['windows'] },
  software: { estimateMinutes: 60, skills: ['windows'] },
  security: { estimateMinutes: 120, skills: ['security'] },
  // Planned upkeep (patching, backups checked, health check): usually from a maintenance plan.
  maintenance: { estimateMinutes: 90, skills: [] },
  other: { estimateMinutes: 60, skills: [] },
};

/** Priority of a new call unless the dispatcher says otherwise. */
export const DEFAULT_PRIORITY: Priority = 'P3';

/** Category of a new call unless the dispatcher says otherwise. */
export const DEFAULT_CATEGORY: JobCategory = 'other';

/** The usual estimate and skills for a category (copies, safe to edit). */
export function categoryDefaults(category: JobCategory): { estimateMinutes: number; skills: string[] } {
  const d = CATEGORY_DEFAULTS[category];
  return { estimateMinutes: d.estimateMinutes, skills: [...d.skills] };
}

/**
 * The site a new job for `clientId` most likely is at: the one most used by the client's jobs
 * (ties go to the site used most recently), else the client's first site, else null.
 */
export function usualSiteId(
  clientId: string,
  sites: readonly Pick<Site, 'id' | 'clientId'>[],
  jobs: readonly Pick<Job, 'clientId' | 'siteId' | 'receivedAt'>[],
): string | null {
  const own = sites.filter((s) => s.clientId === clientId);
  if (own.length === 0) return null;
  const ownIds = new Set(own.map((s) => s.id));
  const uses = new Map<string, { count: number; latest: string }>();
  for (const job of jobs) {
    if (job.clientId !== clientId || job.siteId === null || !ownIds.has(job.siteId)) continue;
    const u = uses.get(job.siteId) ?? { count: 0, latest: '' };
    u.count += 1;
    if (job.receivedAt > u.latest) u.latest = job.receivedAt;
    uses.set(job.siteId, u);
  }
  let best: string | null = null;
  let bestUse = { count: 0, latest: '' };
  for (const [id, u] of uses) {
    if (u.count > bestUse.count || (u.count === bestUse.count && u.latest > bestUse.latest)) {
      best = id;
      bestUse = u;
    }
  }
  return best ?? own[0]!.id;
}

/**
 * Clients whose name matches what was typed, best first: names starting with the text, then
 * names with a word starting with it, then names containing it; case-insensitive.
 */
export function matchClients<C extends { name: string }>(clients: readonly C[], typed: string, limit = 8): C[] {
  const q = typed.trim().toLowerCase();
  if (q === '') return [...clients].sort((a, b) => a.name.localeCompare(b.name)).slice(0, limit);
  const scored: Array<{ c: C; score: number }> = [];
  for (const c of clients) {
    const name = c.name.toLowerCase();
    const score = name.startsWith(q) ? 0 : name.split(/[\s&.,'-]+/).some((w) => w.startsWith(q)) ? 1 : name.includes(q) ? 2 : -1;
    if (score >= 0) scored.push({ c, score });
  }
  scored.sort((a, b) => a.score - b.score || a.c.name.localeCompare(b.c.name));
  return scored.slice(0, limit).map((s) => s.c);
}
