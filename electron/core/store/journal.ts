/**
 * The journal's writing side: appends records to the current segment and fsyncs them, so a
 * mutation costs one small write and one fsync instead of a rewrite of the whole document.
 *
 * Segments: the store switches to a new segment whenever it starts a snapshot (`retire`), so the
 * records a snapshot holds are exactly those of the retired segments, which can be deleted once the
 * snapshot is on disk. A new segment is created by the first append after the switch: open with
 * 'wx', write, fsync the file, fsync the folder (so the new name survives a power cut).
 */
import { join } from 'node:path';
import { fsyncDirectory, writeAll } from './durable-json-file';
import type { FileHandlePort, FileSystem } from './file-system';
import { journalSegmentName } from './names';

type Segment = { name: string; handle: FileHandlePort; size: number; records: number; openedAt: number };

export class JournalWriter {
  private segment: Segment | null = null;
  /** Set when an append failed: the segment's end is unknown, so nothing more may go into it. */
  private broken = false;
  /** Names of segments written by this writer and retired, not yet deleted. */
  private retired: string[] = [];

  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
    private readonly base: string,
    private readonly elapsedMs: () => number = () => performance.now(),
  ) {}

  /** Records in the current segment, and how long ago it was started (0 when there is none). */
  get current(): { records: number; ageMs: number } {
    const s = this.segment;
    return s ? { records: s.records, ageMs: this.elapsedMs() - s.openedAt } : { records: 0, ageMs: 0 };
  }

  /** True after a failed append: the caller must fold everything into a snapshot (`retire` then snapshot). */
  get needsSnapshot(): boolean {
    return this.broken;
  }

  /**
   * Append `bytes` (records `firstSeq`…, already encoded) and fsync. Resolves once they would
   * survive a power cut. On failure the segment is given up (see `needsSnapshot`).
   */
  async append(bytes: Uint8Array, firstSeq: number, count: number): Promise<void> {
    if (this.broken) throw new Error('journal segment is unusable after a failed write; a snapshot must come first');
    try {
      let segment = this.segment;
      const created = !segment;
      if (!segment) {
        const name = journalSegmentName(this.base, firstSeq);
        const handle = await this.fs.open(join(this.dir, name), 'wx');
        segment = { name, handle, size: 0, records: 0, openedAt: this.elapsedMs() };
        this.segment = segment;
      }
      await writeAll(segment.handle, bytes, segment.size);
      await segment.handle.sync();
      if (created) await fsyncDirectory(this.dir, this.fs);
      segment.size += bytes.length;
      segment.records += count;
    } catch (error) {
      this.broken = true;
      await this.takeBack();
      throw error;
    }
  }

  /**
   * After a failed append, cut the segment back to its last acknowledged byte, so that a restart
   * before the next snapshot cannot replay a change its caller was told had failed (the bytes may
   * have reached the disk even though the fsync failed). Best effort: a disk that fails this too is
   * failing everything, and the store's next write is a snapshot that supersedes the segment.
   */
  private async takeBack(): Promise<void> {
    const s = this.segment;
    if (!s) return;
    try {
      await s.handle.truncate(s.size);
      await s.handle.sync();
    } catch {
      // See above: nothing more can be done here.
    }
  }

  /**
   * Stop writing to the current segment (the next append starts a new one) and return the names
   * of every retired segment so far: each holds only records up to the durable point at this call.
   */
  retire(): string[] {
    const s = this.segment;
    if (s) {
      this.retired.push(s.name);
      void s.handle.close().catch(() => undefined);
    }
    this.segment = null;
    this.broken = false;
    return [...this.retired];
  }

  /**
   * Delete retired segments once a snapshot holding all their records is on disk. `names` must come
   * from `retire()` called before that snapshot was taken.
   */
  async remove(names: readonly string[]): Promise<void> {
    for (const name of names) {
      await this.fs.unlink(join(this.dir, name)).catch((error: unknown) => {
        if ((error as { code?: string }).code !== 'ENOENT') throw error;
      });
      this.retired = this.retired.filter((n) => n !== name);
    }
    if (names.length > 0) await fsyncDirectory(this.dir, this.fs);
  }

  async close(): Promise<void> {
    const s = this.segment;
    this.segment = null;
    await s?.handle.close().catch(() => undefined);
  }
}
