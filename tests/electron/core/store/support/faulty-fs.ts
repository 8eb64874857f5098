/**
 * The real file system with one failure on cue: writing, fsyncing or renaming files whose name
 * matches fails with a chosen error code (ENOSPC, EIO), as a full or failing disk would. A failure
 * can be held at the moment it is reached, so a test can queue more changes behind the failing write.
 */
import { nodeFileSystem, type FileHandlePort, type FileSystem } from '../../../../../electron/core/store/file-system';

export type FaultOp = 'write' | 'fsync' | 'rename';

export type FaultyFs = FileSystem & {
  /** Fail `op` on paths that contain `match` with `code` until `heal()`. */
  fail(op: FaultOp, code: string, match?: string): void;
  heal(): void;
  /** Hold the next failure until `release()`; `reached` resolves once it is held. */
  hold(): { reached: Promise<void>; release: () => void };
  /** Failures thrown so far. */
  failures: number;
};

export function faultyFs(base: FileSystem = nodeFileSystem): FaultyFs {
  let fault: { op: FaultOp; code: string; match: string } | null = null;
  let held: { reach: () => void; gate: Promise<void> } | null = null;
  const fs: FaultyFs = {
    ...base,
    failures: 0,
    fail(op, code, match = '') {
      fault = { op, code, match };
    },
    heal() {
      fault = null;
    },
    hold() {
      let reach!: () => void;
      let release!: () => void;
      const reached = new Promise<void>((resolve) => (reach = resolve));
      const gate = new Promise<void>((resolve) => (release = resolve));
      held = { reach, gate };
      return { reached, release };
    },
    async open(path, flags) {
      const handle = await base.open(path, flags);
      // Folders are opened 'r' to be fsynced; only file writes and file fsyncs fail here.
      if (flags === 'r') return handle;
      const wrapped: FileHandlePort = {
        write: async (...args) => {
          await maybeFail('write', path);
          return handle.write(...args);
        },
        writeFile: async (data, encoding) => {
          await maybeFail('write', path);
          return handle.writeFile(data, encoding);
        },
        sync: async () => {
          await maybeFail('fsync', path);
          return handle.sync();
        },
        truncate: (length) => handle.truncate(length),
        close: () => handle.close(),
      };
      return wrapped;
    },
    async rename(from, to) {
      await maybeFail('rename', to);
      return base.rename(from, to);
    },
  };

  async function maybeFail(op: FaultOp, path: string): Promise<void> {
    const f = fault;
    if (!f || f.op !== op || !path.includes(f.match)) return;
    if (held) {
      const h = held;
      held = null;
      h.reach();
      await h.gate;
    }
    fs.failures += 1;
    throw Object.assign(new Error(`${f.code}: simulated ${op} failure, ${path}`), { code: f.code });
  }

  return fs;
}
