/**
 * The file-system port: every file operation of the store, its backups, its lock and the archive
 * goes through one of these calls. Production uses `node:fs/promises`; tests pass a file system that
 * fails on cue (disk full, I/O error) or one that simulates a power cut (what was not fsynced is lost).
 */
import * as fsp from 'node:fs/promises';

/** The parts of an open file the store uses. */
export type FileHandlePort = {
  /** Write `length` bytes of `buffer` from `offset` at file `position`. */
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  writeFile(data: string, encoding: 'utf8'): Promise<void>;
  /** Cut the file to `length` bytes (the journal takes back a failed append). */
  truncate(length: number): Promise<void>;
  /** fsync: the file's content (or, for a folder, its entries) survives a power cut once this resolves. */
  sync(): Promise<void>;
  close(): Promise<void>;
};

/** What `stat` must tell: enough to list backups. */
export type FileStats = { isFile(): boolean; size: number; mtime: Date; mtimeMs: number };

export type FileSystem = {
  /** `flags` as Node takes them: the store uses `'wx'` (create, never reuse) and `'r'` (a folder, to fsync it). */
  open(path: string, flags: 'wx' | 'r'): Promise<FileHandlePort>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  /** A file's raw bytes (the journal is binary). */
  readBytes(path: string): Promise<Uint8Array>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  /** Atomic within one folder; durable only once the folder is fsynced. */
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<FileStats>;
  /** Set a file's times: the lock's heartbeat is its modification time. */
  utimes(path: string, atime: Date, mtime: Date): Promise<void>;
};

/** The real file system. */
export const nodeFileSystem: FileSystem = {
  open: (path, flags) => fsp.open(path, flags),
  readFile: (path, encoding) => fsp.readFile(path, encoding),
  readBytes: (path) => fsp.readFile(path),
  readdir: (path) => fsp.readdir(path),
  mkdir: (path, options) => fsp.mkdir(path, options),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  stat: (path) => fsp.stat(path),
  utimes: (path, atime, mtime) => fsp.utimes(path, atime, mtime),
};
