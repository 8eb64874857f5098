/**
 * Crash-safe file writes and the lowdb adapter built on them.
 *
 * A write never touches the target in place: the text goes to a unique temp file next to it, the
 * temp file is fsynced, renamed over the target (atomic on one volume), and then the folder itself
 * is fsynced so the rename survives a power cut. A reader therefore sees the old file or the new
 * one, never a mix; a crash leaves at worst a stray `*.tmp`, which `removeStaleTempFiles` clears.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, readdir, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/** Suffix of every temp file this module creates; nothing else in a data folder ends with it. */
export const TEMP_SUFFIX = '.tmp';

let tempCounter = 0;

/** `<target>.<pid>.<counter>.<random>.tmp`: unique across processes, stores and concurrent writes. */
function tempPathFor(target: string): string {
  tempCounter += 1;
  return `${target}.${process.pid}.${tempCounter}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
}

/** Error codes meaning "this platform or file system cannot fsync a directory" (Windows, some FUSE). */
const DIR_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'ENOTSUP', 'EACCES']);

/**
 * Make a rename inside `dir` durable. Directory fsync is the only portable way on Linux/macOS to
 * persist the new directory entry; where it cannot be done the rename is still atomic, just not
 * guaranteed to survive a power cut, which is the best that platform offers.
 */
export async function fsyncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
  } catch (error) {
    if (DIR_SYNC_UNSUPPORTED.has(codeOf(error))) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!DIR_SYNC_UNSUPPORTED.has(codeOf(error))) throw error;
  } finally {
    await handle.close();
  }
}

/**
 * Replace `target` with `text` durably: unique temp file → fsync → rename → fsync the folder.
 * On failure the temp file is removed (best effort) and the target is unchanged.
 */
export async function writeFileDurably(target: string, text: string): Promise<void> {
  const temp = tempPathFor(target);
  try {
    // 'wx': never reuse or follow an existing path, even though the name is already unique.
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(dirname(target));
}

/**
 * Windows refuses a rename over a file that another program (antivirus, indexer, backup tool) has
 * open for a moment; retry briefly there. Elsewhere rename over an open file always works.
 */
async function renameWithRetry(from: string, to: string): Promise<void> {
  const delays = process.platform === 'win32' ? [10, 30, 80, 200, 500] : [];
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !['EPERM', 'EACCES', 'EBUSY'].includes(codeOf(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** The file's text, or null if it does not exist. Other errors (permissions, a folder) are thrown. */
export async function readTextIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Parse outcome with a reason a user can read; JSON.parse's SyntaxError never escapes. */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; reason: string };

/** Parse JSON text; an empty or truncated file is reported as not valid JSON, never thrown. */
export function parseJson(text: string): ParsedJson {
  // Editors such as Notepad may prepend a byte-order mark; it is not part of the data.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    return { ok: false, reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Thrown by `DurableJsonFile.read` for a file that exists but is not JSON. */
export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/**
 * lowdb adapter over `writeFileDurably`. Serializes compactly (this is the hot path: the whole
 * document is written on every commit) and synchronously at the start of `write`, so the text is a
 * consistent snapshot even if the document changes while the write is in flight.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(readonly file: string) {}

  /** The parsed document, or null if the file is missing; `UnreadableFileError` if it is not JSON. */
  async read(): Promise<T | null> {
    const text = await readTextIfExists(this.file);
    if (text === null) return null;
    const parsed = parseJson(text);
    if (!parsed.ok) throw new UnreadableFileError(this.file, parsed.reason);
    // The caller validates; the adapter only promises "parsed JSON".
    return parsed.value as T;
  }

  write(data: T): Promise<void> {
    // Serialize before the first await: this is the snapshot the write stands for.
    const text = JSON.stringify(data);
    return writeFileDurably(this.file, text);
  }
}

/**
 * Delete temp files a crashed writer left in `dir` (names starting with `prefix`, ending `.tmp`).
 * Only call while holding the folder's lock: then no live writer can own them. Returns the names removed.
 */
export async function removeStaleTempFiles(dir: string, prefix: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return [];
    throw error;
  }
  const stale = names.filter((name) => name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX));
  for (const name of stale) await unlink(join(dir, name)).catch(() => undefined);
  return stale;
}

/** The `code` of a Node system error, or '' for anything else. */
export function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}
