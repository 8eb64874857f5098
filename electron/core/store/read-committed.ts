/**
 * Read what a data folder holds, as an open would find it (snapshot plus journal), without taking
 * the lock or changing anything: for tools, tests and benchmarks that look at a folder a running
 * host is writing. A torn journal tail is left out, as an open would drop it.
 */
import { join, resolve } from 'node:path';
import { parseJson, readTextIfExists } from './durable-json-file';
import { nodeFileSystem, type FileSystem } from './file-system';
import { listSegments, replayJournal, splitSnapshot } from './journal-replay';
import { baseNameOf } from './names';

export const DEFAULT_DATA_FILE = 'dispatch.json';

/** The committed document (parsed, not validated), or null when the folder has no data file. */
export async function readCommittedDocument(dir: string, opts: { fileName?: string; fs?: FileSystem } = {}): Promise<unknown> {
  const fileName = opts.fileName ?? DEFAULT_DATA_FILE;
  const fs = opts.fs ?? nodeFileSystem;
  const folder = resolve(dir);
  const text = await readTextIfExists(join(folder, fileName), fs);
  if (text === null) return null;
  const parsed = parseJson(text);
  if (!parsed.ok) throw new Error(`${fileName}: ${parsed.reason}`);
  const snapshot = splitSnapshot(parsed.value);
  const version = (snapshot.doc as { schemaVersion?: unknown }).schemaVersion;
  const segments = await listSegments(fs, folder, baseNameOf(fileName));
  const replayed = await replayJournal(fs, folder, segments, snapshot.doc, snapshot.seq, typeof version === 'number' ? version : 0);
  return replayed.doc;
}
