/**
 * Opening a data folder: lock it, clear stale temp files, then load the document — the snapshot
 * plus the journal's records after it, migrating an older one (after a pre-migration backup),
 * refusing a newer one, and moving an unreadable one aside so it is never overwritten. A replayed
 * journal is folded into a fresh snapshot before use, so a session always starts a new journal.
 */
import { join, resolve } from 'node:path';
import { Backups } from './backups';
import { DocumentState } from './document-state';
import {
  DurableJsonFile,
  fsyncDirectory,
  parseJson,
  readTextIfExists,
  removeStaleTempFiles,
} from './durable-json-file';
import { JournalCorruptError, StoreTooNewError } from './errors';
import { nodeFileSystem, type FileSystem } from './file-system';
import { JournalWriter } from './journal';
import { listSegments, replayJournal, snapshotOf, splitSnapshot, type Segment } from './journal-replay';
import { JsonStore } from './json-store';
import { acquireLock } from './lock';
import { assertRules, checkVersion, upgrade, type DocumentRules } from './migrate';
import { baseNameOf, corruptFileName, lockFileName } from './names';
import type { OpenStoreOptions, Store, StoreRecovery } from './types';

export const DEFAULT_FILE_NAME = 'dispatch.json';
export const DEFAULT_BACKUPS_TO_KEEP = 14;

/**
 * Open (or create) the store in `opts.dir`. Throws `StoreLockedError` if another live process has
 * the folder open and `StoreTooNewError` if the file comes from a newer build; an unreadable file
 * does not throw: it is moved aside and reported in `status().recovery`.
 */
export async function openStore<T extends { schemaVersion: number }>(opts: OpenStoreOptions<T>): Promise<Store<T>> {
  const fileName = opts.fileName ?? DEFAULT_FILE_NAME;
  if (/[/\\]/.test(fileName) || fileName.startsWith('.')) throw new Error(`fileName must be a plain file name: ${fileName}`);
  const keep = opts.backupsToKeep ?? DEFAULT_BACKUPS_TO_KEEP;
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`backupsToKeep must be a whole number ≥ 1: ${keep}`);
  const rules: DocumentRules<T> = { currentVersion: opts.currentVersion, migrations: opts.migrations, validate: opts.validate };
  assertRules(rules, opts.empty);

  const now = opts.now ?? (() => new Date());
  const warn = opts.onWarning ?? ((message: string) => console.warn(`[store] ${message}`));
  const dir = resolve(opts.dir);
  const base = baseNameOf(fileName);
  const dataFile = join(dir, fileName);
  const fs = opts.fs ?? nodeFileSystem;
  await fs.mkdir(dir, { recursive: true });

  const lock = await acquireLock(dir, lockFileName(base), now, { fs });
  try {
    // We hold the lock, so any temp file here belongs to a writer that died mid-write.
    await removeStaleTempFiles(dir, `${fileName}.`, fs);
    const backups = new Backups<T>({ dataDir: dir, base, now, dailyToKeep: keep, rules, fs });
    await backups.prepare();

    const segments = await listSegments(fs, dir, base);
    const loaded = await load({ dataFile, dir, base, now, rules, empty: opts.empty, backups, fs, segments, warn });
    const file = new DurableJsonFile<T>(dataFile, fs);
    if (loaded.needsWrite) await file.write(snapshotOf(loaded.doc, loaded.seq));
    // Every record is in the snapshot now (or moved aside with an unreadable one).
    const journal = new JournalWriter(fs, dir, base);
    await journal.remove(loaded.recovery ? [] : segments.map((s) => s.name));
    if (loaded.wasGood) {
      // Today's first state, taken before this session changes anything.
      await backups.ensureDaily(() => Promise.resolve(loaded.text ?? JSON.stringify(loaded.doc))).catch((error: unknown) => {
        warn(`Daily backup failed: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
    const state = new DocumentState<T>(loaded.doc);
    const snapshots = { afterRecords: opts.snapshots?.afterRecords ?? 1000, afterSeconds: opts.snapshots?.afterSeconds ?? 60 };
    return new JsonStore<T>({
      state,
      file,
      fs,
      dataFile,
      lock,
      backups,
      recovery: loaded.recovery,
      warn,
      journal,
      seq: loaded.seq,
      version: rules.currentVersion,
      snapshots,
      journaling: opts.journal ?? true,
    });
  } catch (error) {
    await lock.release();
    throw error;
  }
}

type LoadContext<T> = {
  dataFile: string;
  dir: string;
  base: string;
  now: () => Date;
  rules: DocumentRules<T>;
  empty: () => T;
  backups: Backups<T>;
  fs: FileSystem;
  segments: readonly Segment[];
  warn: (message: string) => void;
};

type Loaded<T> = {
  doc: T;
  /** The last journal record `doc` holds. */
  seq: number;
  /** The data file's text when it alone is the document as loaded (no record replayed, no migration). */
  text?: string;
  /** The file must be (re)written before use: new, migrated or recovered. */
  needsWrite: boolean;
  /** The file held the user's data in good order (possibly an older version). */
  wasGood: boolean;
  recovery: StoreRecovery | null;
};

async function load<T>(ctx: LoadContext<T>): Promise<Loaded<T>> {
  const text = await readTextIfExists(ctx.dataFile, ctx.fs);
  if (text === null) {
    // Records with no snapshot to apply them to: starting empty would bury them under new ones.
    if (ctx.segments.length > 0) throw new JournalCorruptError(join(ctx.dir, ctx.segments[0]!.name), `there is a journal but no ${ctx.dataFile}`);
    return { doc: ctx.empty(), seq: 0, needsWrite: true, wasGood: false, recovery: null };
  }

  const parsed = parseJson(text);
  if (!parsed.ok) return recover(ctx, parsed.reason);
  const version = checkVersion(parsed.value, ctx.rules.currentVersion);
  if (version.kind === 'bad') return recover(ctx, version.reason);
  // A newer build's file: leave it exactly as it is, the user should upgrade.
  if (version.kind === 'too-new') throw new StoreTooNewError(ctx.dataFile, version.version, ctx.rules.currentVersion);

  const snapshot = splitSnapshot(parsed.value);
  const replayed = await replayJournal(ctx.fs, ctx.dir, ctx.segments, snapshot.doc, snapshot.seq, version.version);
  if (replayed.droppedTail) ctx.warn(`Journal: ${replayed.droppedTail}`);
  if (version.kind === 'older') {
    // The data as it was, before any migration touches it.
    await ctx.backups.write('pre-migration', replayed.applied > 0 ? JSON.stringify(replayed.doc) : text);
  }
  const checked = upgrade(replayed.doc, version.version, ctx.rules);
  if (!checked.ok) return recover(ctx, checked.reason);
  const needsWrite = version.kind === 'older' || replayed.applied > 0;
  return { doc: checked.value, seq: replayed.lastSeq, needsWrite, wasGood: true, recovery: null, ...(needsWrite ? {} : { text }) };
}

/** Move the unreadable file aside (never overwrite it), start empty, find the newest good backup. */
async function recover<T>(ctx: LoadContext<T>, reason: string): Promise<Loaded<T>> {
  const at = ctx.now();
  const movedTo = await freeCorruptPath(ctx, at);
  await ctx.fs.rename(ctx.dataFile, movedTo);
  // The journal belongs to that file: keep it beside it, and out of the new document's way.
  for (const segment of ctx.segments) await ctx.fs.rename(join(ctx.dir, segment.name), `${movedTo}.${segment.name}`);
  await fsyncDirectory(ctx.dir, ctx.fs);
  const newestGoodBackup = await ctx.backups.newestGood();
  return {
    doc: ctx.empty(),
    seq: 0,
    needsWrite: true,
    wasGood: false,
    recovery: { at: at.toISOString(), reason, movedTo, newestGoodBackup },
  };
}

/** rename() replaces silently, so find a name nobody uses (only the lock holder creates these). */
async function freeCorruptPath(ctx: LoadContext<unknown>, at: Date): Promise<string> {
  for (let seq = 1; ; seq++) {
    const candidate = join(ctx.dir, corruptFileName(ctx.base, at, seq));
    const taken = await ctx.fs.stat(candidate).then(
      () => true,
      () => false,
    );
    if (!taken) return candidate;
  }
}
