/**
 * Crash-safe file writes and the lowdb adapter built on them.
 *
 * A write never touches the target in place: the text goes to a unique temp file next to it, the
 * temp file is fsynced, renamed over the target (atomic on one volume), and then the folder itself
 * is fsynced so the rename survives a power cut. A reader therefore sees the old file or the new
 * one, never a mix; a crash leaves at worst a stray `*.tmp`, which `removeStaleTempFiles` clears.
 */
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { nodeFileSystem, type FileHandlePort, type FileSystem } from './file-system';

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
export async function fsyncDirectory(dir: string, fs: FileSystem = nodeFileSystem): Promise<void> {
  await syncDirectory(await openDirectory(fs, dir), true);
}

/** `dir` opened for an fsync, or null where the platform cannot open a folder (see above). */
async function openDirectory(fs: FileSystem, dir: string): Promise<FileHandlePort | null> {
  try {
    return await fs.open(dir, 'r');
  } catch (error) {
    if (DIR_SYNC_UNSUPPORTED.has(codeOf(error))) return null;
    throw error;
  }
}

/**
 * fsync an opened folder, then close it. The close can be left to finish on its own: only the
 * fsync matters for durability, and not waiting saves the writer one thread-pool round trip.
 */
async function syncDirectory(handle: FileHandlePort | null, awaitClose: boolean): Promise<void> {
  if (!handle) return;
  try {
    await handle.sync();
  } catch (error) {
    if (!DIR_SYNC_UNSUPPORTED.has(codeOf(error))) throw error;
  } finally {
    const closed = handle.close().catch(() => undefined);
    if (awaitClose) await closed;
  }
}

/** A durable replacement of one file that has begun: its temp file and folder are being opened. */
type DurableWrite = {
  /** Write `data` (text as UTF-8, or bytes) → fsync → rename → fsync the folder. */
  finish(data: string | Uint8Array): Promise<void>;
  /** Give up before `finish` (the data could not be produced): close and remove the temp file. */
  abort(): void;
};

/**
 * Start replacing `target`: the temp file and the folder are opened on libuv's thread pool while
 * the caller goes on (the store serializes its document meanwhile), instead of costing two more
 * round trips after it. The steps and their order on disk are those of `writeFileDurably`.
 */
function beginDurableWrite(fs: FileSystem, target: string): DurableWrite {
  const temp = tempPathFor(target);
  // 'wx': never reuse or follow an existing path, even though the name is already unique.
  const file = fs.open(temp, 'wx');
  const folder = openDirectory(fs, dirname(target));
  // Their errors are reported by finish (or dropped by abort); until then nobody awaits them.
  file.catch(() => undefined);
  folder.catch(() => undefined);
  const dropFolder = () => void folder.then((handle) => handle?.close()).catch(() => undefined);
  return {
    async finish(data) {
      try {
        const handle = await file;
        try {
          await writeAll(handle, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await renameWithRetry(fs, temp, target);
      } catch (error) {
        await fs.unlink(temp).catch(() => undefined);
        dropFolder();
        throw error;
      }
      await syncDirectory(await folder, false);
    },
    abort() {
      void file
        .then((handle) => handle.close())
        .then(() => fs.unlink(temp))
        .catch(() => undefined);
      dropFolder();
    },
  };
}

/**
 * Replace `target` with `data` (text, written as UTF-8, or bytes already encoded) durably: unique
 * temp file → fsync → rename → fsync the folder. On failure the temp file is removed (best effort)
 * and the target is unchanged.
 */
export async function writeFileDurably(target: string, data: string | Uint8Array, fs: FileSystem = nodeFileSystem): Promise<void> {
  await beginDurableWrite(fs, target).finish(data);
}

/**
 * Write every byte at `position` (the start of a new file, or the end of a journal segment). One `write` call normally covers it:
 * `FileHandle.writeFile` would instead split a 4 MB document into 512 KB chunks, each its own trip
 * through libuv's thread pool, which is measurable on the per-mutation path. The loop only matters
 * for a short write (disk nearly full, signals).
 */
export async function writeAll(handle: FileHandlePort, bytes: Uint8Array, position = 0): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, position + offset);
    if (bytesWritten <= 0) throw new Error(`write made no progress at byte ${offset} of ${bytes.length}`);
    offset += bytesWritten;
  }
}

/**
 * Windows refuses a rename over a file that another program (antivirus, indexer, backup tool) has
 * open for a moment; retry briefly there. Elsewhere rename over an open file always works.
 */
async function renameWithRetry(fs: FileSystem, from: string, to: string): Promise<void> {
  const delays = process.platform === 'win32' ? [10, 30, 80, 200, 500] : [];
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !['EPERM', 'EACCES', 'EBUSY'].includes(codeOf(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** The file's text, or null if it does not exist. Other errors (permissions, a folder) are thrown. */
export async function readTextIfExists(file: string, fs: FileSystem = nodeFileSystem): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
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
  /**
   * Reused UTF-8 output buffer. Encoding the ~4 MB document into a fresh Buffer on every commit
   * (what `writeFile(text, 'utf8')` does) costs ~4 ms, mostly allocating and faulting in new
   * memory; `encodeInto` a buffer we keep costs ~1 ms. It holds bytes only while one write is in
   * flight and only `[0, written)` of it is ever written, so it can never put stale data on disk.
   */
  private scratch: Buffer | null = null;
  private scratchBusy = false;

  constructor(
    readonly file: string,
    private readonly fs: FileSystem = nodeFileSystem,
  ) {}

  /** The parsed document, or null if the file is missing; `UnreadableFileError` if it is not JSON. */
  async read(): Promise<T | null> {
    const text = await readTextIfExists(this.file, this.fs);
    if (text === null) return null;
    const parsed = parseJson(text);
    if (!parsed.ok) throw new UnreadableFileError(this.file, parsed.reason);
    // The caller validates; the adapter only promises "parsed JSON".
    return parsed.value as T;
  }

  write(data: T): Promise<void> {
    // The temp file opens on the thread pool while this thread serializes.
    const pending = beginDurableWrite(this.fs, this.file);
    let text: string;
    try {
      // Serialize before the first await: this is the snapshot the write stands for.
      text = JSON.stringify(data);
    } catch (error) {
      pending.abort();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    // Another write still owns the scratch buffer (the store's queue never does this, but the
    // adapter does not rely on it): encode into a fresh buffer instead.
    if (this.scratchBusy) return pending.finish(text);
    const bytes = this.encode(text);
    this.scratchBusy = true;
    return pending.finish(bytes).finally(() => {
      this.scratchBusy = false;
    });
  }

  /** `text` as UTF-8 in the scratch buffer (grown when too small); the view covers exactly its bytes. */
  private encode(text: string): Buffer {
    let buffer = this.scratch;
    let result = buffer ? utf8.encodeInto(text, buffer) : null;
    if (!buffer || !result || result.read < text.length) {
      // Headroom so a slowly growing document does not reallocate on every commit.
      buffer = Buffer.allocUnsafeSlow(Math.ceil(Buffer.byteLength(text, 'utf8') * 1.25) + 1024);
      this.scratch = buffer;
      result = utf8.encodeInto(text, buffer);
    }
    return buffer.subarray(0, result.written);
  }
}

const utf8 = new TextEncoder();

/**
 * Delete temp files a crashed writer left in `dir` (names starting with `prefix`, ending `.tmp`).
 * Only call while holding the folder's lock: then no live writer can own them. Returns the names removed.
 */
export async function removeStaleTempFiles(dir: string, prefix: string, fs: FileSystem = nodeFileSystem): Promise<string[]> {
  const names = await readdirIfExists(dir, fs);
  const stale = names.filter((name) => name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX));
  for (const name of stale) await fs.unlink(join(dir, name)).catch(() => undefined);
  return stale;
}

/** The names in `dir`, or none when it does not exist. */
export async function readdirIfExists(dir: string, fs: FileSystem = nodeFileSystem): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return [];
    throw error;
  }
}

/** The `code` of a Node system error, or '' for anything else. */
export function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}
