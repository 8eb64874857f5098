/**
 * The journal's reading side: the snapshot's record number, the segments in the folder, and the
 * replay of every record after the snapshot onto it. The rules (docs/data-format.md):
 *
 * - records up to the snapshot's `journalSeq` are already in it and are skipped, as is any segment
 *   whose records all are (a segment left behind by a rotation cut short);
 * - the records after it must follow on one by one: a gap means acknowledged changes are missing;
 * - damage at the end of the newest segment with no intact record after it is the write that was
 *   in flight when the host stopped (never acknowledged): dropped, and reported;
 * - any other damage stops the open with `JournalCorruptError`, leaving every file as it is.
 */
import { Immer, enablePatches } from 'immer';
import { join } from 'node:path';
import { readdirIfExists } from './durable-json-file';
import { JournalCorruptError } from './errors';
import type { FileSystem } from './file-system';
import { decodeSegment } from './journal-format';
import { parseJournalSegmentName } from './names';

/** Key of the snapshot's top-level field naming the last journal record it holds. */
export const SNAPSHOT_SEQ_KEY = 'journalSeq';

enablePatches();
// Replay works on the freshly parsed document; migrations may run on it afterwards, so it stays unfrozen.
const replayer = new Immer({ autoFreeze: false });

export type Segment = { name: string; firstSeq: number };

/** The journal segments in `dir`, oldest first. */
export async function listSegments(fs: FileSystem, dir: string, base: string): Promise<Segment[]> {
  const segments: Segment[] = [];
  for (const name of await readdirIfExists(dir, fs)) {
    const firstSeq = parseJournalSegmentName(base, name);
    if (firstSeq !== null) segments.push({ name, firstSeq });
  }
  return segments.sort((a, b) => a.firstSeq - b.firstSeq);
}

/** The snapshot's content without the store's own field, and the last record number it holds. */
export function splitSnapshot(parsed: unknown): { doc: unknown; seq: number } {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !(SNAPSHOT_SEQ_KEY in parsed)) return { doc: parsed, seq: 0 };
  const { [SNAPSHOT_SEQ_KEY]: seq, ...doc } = parsed as Record<string, unknown>;
  return { doc, seq: typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 0 ? seq : 0 };
}

/**
 * `doc` as the snapshot file holds it: its fields, then the last record number it includes (left
 * out while no record was ever written, so a new or recovered file is the plain document).
 */
export function snapshotOf<T>(doc: T, seq: number): T {
  return seq === 0 ? doc : { ...doc, [SNAPSHOT_SEQ_KEY]: seq };
}

export type Replayed = {
  doc: unknown;
  /** Number of the last record applied (the snapshot's own when none was). */
  lastSeq: number;
  applied: number;
  /** What was dropped from the end of the newest segment, if anything. */
  droppedTail: string | null;
};

/**
 * Apply every record after `snapshotSeq` to `doc` (the parsed snapshot, at `version`). Throws
 * `JournalCorruptError` for damage that is not a torn tail, a gap, or a record of another version.
 */
export async function replayJournal(
  fs: FileSystem,
  dir: string,
  segments: readonly Segment[],
  doc: unknown,
  snapshotSeq: number,
  version: number,
): Promise<Replayed> {
  let state = doc;
  let lastSeq = snapshotSeq;
  let applied = 0;
  let droppedTail: string | null = null;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const next = segments[i + 1];
    // Every record of this segment comes before the next segment's first: all in the snapshot.
    if (next && next.firstSeq - 1 <= snapshotSeq) continue;
    const file = join(dir, segment.name);
    const decoded = decodeSegment(await fs.readBytes(file));
    if (decoded.damagedAt !== null) {
      const where = `${decoded.damage} at byte ${decoded.damagedAt}`;
      if (next) throw new JournalCorruptError(file, `${where}, in a segment that is not the newest`);
      if (decoded.intactAfterDamage) throw new JournalCorruptError(file, `${where}, with intact records after it`);
      droppedTail = `${segment.name}: dropped ${decoded.droppedBytes} bytes from byte ${decoded.damagedAt} (${decoded.damage}); never acknowledged`;
    }
    for (const record of decoded.records) {
      if (record.seq <= snapshotSeq) continue;
      if (record.seq !== lastSeq + 1) throw new JournalCorruptError(file, `record ${record.seq} follows record ${lastSeq}: records are missing`);
      if (record.v !== version) throw new JournalCorruptError(file, `record ${record.seq} is for schemaVersion ${record.v}, the snapshot is ${version}`);
      state = replayer.applyPatches(state as object, record.p);
      lastSeq = record.seq;
      applied += 1;
    }
  }
  return { doc: state, lastSeq, applied, droppedTail };
}
