/**
 * Search over every month file. Each month is indexed on first use (one lower-cased text per job:
 * number, client, title, description, notes) and kept in memory until that month is written again,
 * so a search scans strings in memory instead of parsing 100,000 jobs from disk.
 */
import type { ArchiveHit, ArchiveProblem } from '../../../shared/ipc/outputs';
import type { ArchiveStorage } from './archive-files';
import type { ArchiveEntry } from './archive-format';

type MonthIndex = {
  month: string;
  /** Same order as the file: newest first. */
  hits: ArchiveHit[];
  hay: string[];
  byId: Map<string, number>;
  byNumber: Map<string, number>;
};

type Loaded = { ok: true; index: MonthIndex } | { ok: false; problem: ArchiveProblem };

export type SearchOutcome = {
  hits: ArchiveHit[];
  /** How many archived jobs match in all (hits holds at most `limit`). */
  total: number;
  /** Archived jobs searched. */
  searched: number;
  problems: ArchiveProblem[];
};

function hitOf(entry: ArchiveEntry, month: string): ArchiveHit {
  const { job } = entry;
  return {
    id: job.id,
    number: job.number,
    title: job.title,
    status: job.status,
    clientName: entry.clientName,
    technicianName: entry.technicianName,
    finishedAt: entry.finishedAt,
    month,
  };
}

function hayOf(entry: ArchiveEntry): string {
  const { job } = entry;
  return `${job.number}\n${entry.clientName}\n${job.title}\n${job.description ?? ''}\n${job.notes ?? ''}`.toLowerCase();
}

/** `1042`, `j1042`, `J-1042` → `J-1042`; null when the query is not a job number. */
export function asJobNumber(query: string): string | null {
  const m = /^j?-?\s*(\d{1,9})$/i.exec(query.trim());
  return m ? `J-${m[1]}` : null;
}

export class ArchiveIndex {
  private readonly cache = new Map<string, Promise<Loaded>>();
  /** The write stamps the cached months were read at (storages shared with other desks only). */
  private seen = new Map<string, string>();

  constructor(private readonly files: ArchiveStorage) {}

  /** Forget a month (call after writing its file). */
  invalidate(month: string): void {
    this.cache.delete(month);
  }

  /**
   * Index every month ahead of the first search, one month at a time with a pause between them so
   * the dispatcher's own calls get in; `cancelled` is asked between months (the host is closing).
   */
  async warm(cancelled: () => boolean = () => false): Promise<void> {
    for (const month of await this.files.months()) {
      if (cancelled()) return;
      await this.load(month);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /**
   * Jobs whose number, client name, title, description or notes contain every word of `query`
   * (case-insensitive), an exact job-number match first, then newest finished first.
   */
  async search(query: string, limit: number): Promise<SearchOutcome> {
    await this.dropStale();
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const number = asJobNumber(query);
    const problems: ArchiveProblem[] = [];
    const hits: ArchiveHit[] = [];
    let exact: ArchiveHit | null = null;
    let total = 0;
    let searched = 0;
    for (const month of await this.files.months()) {
      const loaded = await this.load(month);
      if (!loaded.ok) {
        problems.push(loaded.problem);
        continue;
      }
      const { index } = loaded;
      searched += index.hay.length;
      if (number !== null && exact === null) {
        const at = index.byNumber.get(number);
        if (at !== undefined) exact = index.hits[at] ?? null;
      }
      for (let i = 0; i < index.hay.length; i++) {
        const hay = index.hay[i] as string;
        let all = true;
        for (const word of words) {
          if (!hay.includes(word)) {
            all = false;
            break;
          }
        }
        if (!all) continue;
        total += 1;
        if (hits.length <= limit) hits.push(index.hits[i] as ArchiveHit);
      }
    }
    if (exact) {
      const rest = hits.filter((h) => h.id !== exact.id);
      if (rest.length === hits.length) total += 1;
      return { hits: [exact, ...rest].slice(0, limit), total, searched, problems };
    }
    return { hits: hits.slice(0, limit), total, searched, problems };
  }

  /** The month holding job `id`, or null. Unreadable months are skipped. */
  async monthOf(id: string): Promise<string | null> {
    await this.dropStale();
    for (const month of await this.files.months()) {
      const loaded = await this.load(month);
      if (loaded.ok && loaded.index.byId.has(id)) return month;
    }
    return null;
  }

  /** Forget months another desk wrote since they were indexed. */
  private async dropStale(): Promise<void> {
    if (!this.files.stamps) return;
    const stamps = await this.files.stamps();
    for (const month of this.cache.keys()) if (stamps.get(month) !== this.seen.get(month)) this.cache.delete(month);
    this.seen = stamps;
  }

  private load(month: string): Promise<Loaded> {
    let loading = this.cache.get(month);
    if (!loading) {
      loading = this.build(month);
      this.cache.set(month, loading);
      // A failed read (I/O error) is retried next time rather than cached.
      loading.catch(() => this.cache.delete(month));
    }
    return loading;
  }

  private async build(month: string): Promise<Loaded> {
    const read = await this.files.read(month, false);
    if (!read.ok) return { ok: false, problem: { file: this.files.pathOf(month), month, reason: read.reason } };
    const hits: ArchiveHit[] = [];
    const hay: string[] = [];
    const byId = new Map<string, number>();
    const byNumber = new Map<string, number>();
    for (const entry of read.file.entries) {
      byId.set(entry.job.id, hits.length);
      byNumber.set(entry.job.number, hits.length);
      hits.push(hitOf(entry, month));
      hay.push(hayOf(entry));
    }
    return { ok: true, index: { month, hits, hay, byId, byNumber } };
  }
}
