/**
 * An in-memory file system that can lose power, in the spirit of SQLite's crash-test VFS.
 *
 * Every file keeps two contents: what was fsynced (durable) and what was written since (volatile,
 * as a list of writes). Every folder keeps two sets of entries: the durable ones (as of its last
 * fsync) and the current ones; creating, renaming and deleting a file change only the current
 * entries. At a chosen operation the power goes: that operation and every later one never return,
 * and `afterPowerLoss` builds the disk a restart would find — durable entries only, each file's
 * durable content plus, at random, some of its unsynced writes with the last of those torn.
 */
import { posix } from 'node:path';
import type { FileHandlePort, FileStats, FileSystem } from '../../../../../electron/core/store/file-system';

/** A write of `bytes` at `offset`, or (with `truncate`) a cut of the file to `offset` bytes. */
type Write = { offset: number; bytes: Uint8Array; truncate?: true };
type FileNode = { kind: 'file'; data: Uint8Array; synced: Uint8Array; unsynced: Write[]; mtimeMs: number };
type DirNode = { kind: 'dir'; entries: Map<string, Node>; durable: Map<string, Node> };
type Node = FileNode | DirNode;

/** Deterministic random numbers in [0, 1) from a seed (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const systemError = (code: string, op: string, path: string) => Object.assign(new Error(`${code}: ${op} '${path}'`), { code });

export class PowerLossFs implements FileSystem {
  /** Operations that change the disk so far (writes, fsyncs, creates, renames, deletes). */
  ops = 0;
  /** The operation number at which the power goes (Infinity: never). */
  crashAt = Number.POSITIVE_INFINITY;
  /** Resolves when the power has gone. */
  readonly powerLost: Promise<void>;
  private lose!: () => void;
  private dead = false;
  private clock = 0;

  constructor(private readonly root: DirNode = { kind: 'dir', entries: new Map(), durable: new Map() }) {
    this.powerLost = new Promise((resolve) => (this.lose = resolve));
  }

  get isDead(): boolean {
    return this.dead;
  }

  /** The disk a restart finds after the power went (see the file comment); `rng` picks what survives. */
  afterPowerLoss(rng: () => number): PowerLossFs {
    const copies = new Map<Node, Node>();
    const survive = (node: Node): Node => {
      const known = copies.get(node);
      if (known) return known;
      let copy: Node;
      if (node.kind === 'dir') {
        const entries = new Map<string, Node>();
        copy = { kind: 'dir', entries, durable: entries };
        copies.set(node, copy);
        for (const [name, child] of node.durable) entries.set(name, survive(child));
        copy.durable = new Map(entries);
      } else {
        let data: Uint8Array = node.synced.slice();
        // The disk may have written some of the unsynced writes, in order, the last one torn.
        const kept = Math.floor(rng() * (node.unsynced.length + 1));
        for (let i = 0; i < kept; i++) {
          const w = node.unsynced[i]!;
          const bytes = i === kept - 1 ? w.bytes.subarray(0, Math.floor(rng() * (w.bytes.length + 1))) : w.bytes;
          data = applyWrite(data, { offset: w.offset, bytes });
        }
        copy = { kind: 'file', data, synced: data.slice(), unsynced: [], mtimeMs: node.mtimeMs };
        copies.set(node, copy);
      }
      return copy;
    };
    return new PowerLossFs(survive(this.root) as DirNode);
  }

  /** A copy of this disk's durable state (after `syncAll`, the whole disk): a starting point to crash from. */
  copy(): PowerLossFs {
    return this.afterPowerLoss(() => 0);
  }

  /** Make everything so far durable (after preparing a starting state through the store). */
  syncAll(): void {
    const visit = (node: Node) => {
      if (node.kind === 'dir') {
        node.durable = new Map(node.entries);
        for (const child of node.entries.values()) visit(child);
      } else {
        node.synced = node.data.slice();
        node.unsynced = [];
      }
    };
    visit(this.root);
  }

  // --- FileSystem ---

  async open(path: string, flags: 'wx' | 'r'): Promise<FileHandlePort> {
    if (flags === 'wx') {
      await this.step();
      const { dir, name } = this.parentOf(path, 'open');
      if (dir.entries.has(name)) throw systemError('EEXIST', 'open', path);
      const file: FileNode = { kind: 'file', data: new Uint8Array(0), synced: new Uint8Array(0), unsynced: [], mtimeMs: this.tick() };
      dir.entries.set(name, file);
      return this.handleOf(file);
    }
    await this.idle();
    return this.handleOf(this.lookup(path, 'open'));
  }

  async readFile(path: string): Promise<string> {
    await this.idle();
    const node = this.lookup(path, 'open');
    if (node.kind === 'dir') throw systemError('EISDIR', 'read', path);
    return new TextDecoder().decode(node.data);
  }

  async readBytes(path: string): Promise<Uint8Array> {
    await this.idle();
    const node = this.lookup(path, 'open');
    if (node.kind === 'dir') throw systemError('EISDIR', 'read', path);
    return node.data.slice();
  }

  async readdir(path: string): Promise<string[]> {
    await this.idle();
    const node = this.lookup(path, 'scandir');
    if (node.kind !== 'dir') throw systemError('ENOTDIR', 'scandir', path);
    return [...node.entries.keys()];
  }

  async mkdir(path: string): Promise<unknown> {
    const parts = posix.resolve(path).split('/').filter(Boolean);
    let dir = this.root;
    for (const part of parts) {
      let next = dir.entries.get(part);
      if (!next) {
        await this.step();
        next = { kind: 'dir', entries: new Map(), durable: new Map() };
        dir.entries.set(part, next);
      }
      if (next.kind !== 'dir') throw systemError('ENOTDIR', 'mkdir', path);
      dir = next;
    }
    return undefined;
  }

  async rename(from: string, to: string): Promise<void> {
    await this.step();
    const source = this.parentOf(from, 'rename');
    const node = source.dir.entries.get(source.name);
    if (!node) throw systemError('ENOENT', 'rename', from);
    const target = this.parentOf(to, 'rename');
    if (target.dir.entries.get(target.name)?.kind === 'dir') throw systemError('EISDIR', 'rename', to);
    source.dir.entries.delete(source.name);
    target.dir.entries.set(target.name, node);
  }

  async unlink(path: string): Promise<void> {
    await this.step();
    const { dir, name } = this.parentOf(path, 'unlink');
    const node = dir.entries.get(name);
    if (!node) throw systemError('ENOENT', 'unlink', path);
    if (node.kind === 'dir') throw systemError('EISDIR', 'unlink', path);
    dir.entries.delete(name);
  }

  async stat(path: string): Promise<FileStats> {
    await this.idle();
    const node = this.lookup(path, 'stat');
    const mtimeMs = node.kind === 'file' ? node.mtimeMs : 0;
    return { isFile: () => node.kind === 'file', size: node.kind === 'file' ? node.data.length : 0, mtime: new Date(mtimeMs), mtimeMs };
  }

  /** Times are metadata: like a real disk's, they are not data this test checks after a power cut. */
  async utimes(path: string, _atime: Date, mtime: Date): Promise<void> {
    await this.idle();
    const node = this.lookup(path, 'utimes');
    if (node.kind === 'file') node.mtimeMs = mtime.getTime();
  }

  // --- internals ---

  private handleOf(node: Node): FileHandlePort {
    return {
      write: async (buffer, offset, length, position) => {
        await this.step();
        if (node.kind !== 'file') throw systemError('EISDIR', 'write', '');
        const w = { offset: position, bytes: buffer.slice(offset, offset + length) };
        node.data = applyWrite(node.data, w);
        node.unsynced.push(w);
        node.mtimeMs = this.tick();
        return { bytesWritten: length };
      },
      truncate: async (length) => {
        await this.step();
        if (node.kind !== 'file') throw systemError('EISDIR', 'truncate', '');
        const w: Write = { offset: length, bytes: new Uint8Array(0), truncate: true };
        node.data = applyWrite(node.data, w);
        node.unsynced.push(w);
      },
      writeFile: async (data) => {
        await this.step();
        if (node.kind !== 'file') throw systemError('EISDIR', 'write', '');
        const w = { offset: 0, bytes: new TextEncoder().encode(data) };
        node.data = applyWrite(new Uint8Array(0), w);
        node.unsynced.push(w);
      },
      sync: async () => {
        await this.step();
        if (node.kind === 'dir') node.durable = new Map(node.entries);
        else {
          node.synced = node.data.slice();
          node.unsynced = [];
        }
      },
      close: async () => {
        await this.idle();
      },
    };
  }

  /** One disk-changing operation: the power may go right here, and then nothing returns. */
  private async step(): Promise<void> {
    await this.idle();
    this.ops += 1;
    if (this.ops >= this.crashAt) {
      this.dead = true;
      this.lose();
    }
    if (this.dead) await new Promise<never>(() => undefined);
  }

  /** Reads and closes take a turn too (as real I/O does), and hang once the power is gone. */
  private async idle(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    if (this.dead) await new Promise<never>(() => undefined);
  }

  private tick(): number {
    this.clock += 1;
    return Date.UTC(2026, 11, 6) + this.clock;
  }

  private lookup(path: string, op: string): Node {
    let node: Node = this.root;
    for (const part of posix.resolve(path).split('/').filter(Boolean)) {
      if (node.kind !== 'dir') throw systemError('ENOTDIR', op, path);
      const next: Node | undefined = node.entries.get(part);
      if (!next) throw systemError('ENOENT', op, path);
      node = next;
    }
    return node;
  }

  private parentOf(path: string, op: string): { dir: DirNode; name: string } {
    const full = posix.resolve(path);
    const dir = this.lookup(posix.dirname(full), op);
    if (dir.kind !== 'dir') throw systemError('ENOTDIR', op, path);
    return { dir, name: posix.basename(full) };
  }
}

function applyWrite(data: Uint8Array, w: Write): Uint8Array {
  if (w.truncate) return data.slice(0, w.offset);
  const end = w.offset + w.bytes.length;
  const out = new Uint8Array(Math.max(data.length, end));
  out.set(data);
  out.set(w.bytes, w.offset);
  return out;
}
