/**
 * Opening a data folder: lock it, clear stale temp files, then load the document — migrating an
 * older one (after a pre-migration backup), refusing a newer one, and moving an unreadable one
 * aside so it is never overwritten.
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
import { StoreTooNewError } from './errors';
import { nodeFileSystem, type FileSystem } from './file-system';
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

    const loaded = await load({ dataFile, dir, base, now, rules, empty: opts.empty, backups, fs });
    const file = new DurableJsonFile<T>(dataFile, fs);
    if (loaded.needsWrite) await file.write(loaded.doc);
    if (loaded.wasGood) {
      // Today's first state, taken before this session changes anything.
      await backups.ensureDaily(() => readTextIfExists(dataFile, fs)).catch((error: unknown) => {
        warn(`Daily backup failed: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
    const state = new DocumentState<T>(loaded.doc);
    return new JsonStore<T>({ state, file, fs, dataFile, lock, backups, recovery: loaded.recovery, warn });
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
};

type Loaded<T> = {
  doc: T;
  /** The file must be (re)written before use: new, migrated or recovered. */
  needsWrite: boolean;
  /** The file held the user's data in good order (possibly an older version). */
  wasGood: boolean;
  recovery: StoreRecovery | null;
};

async function load<T>(ctx: LoadContext<T>): Promise<Loaded<T>> {
  const text = await readTextIfExists(ctx.dataFile, ctx.fs);
  if (text === null) return { doc: ctx.empty(), needsWrite: true, wasGood: false, recovery: null };

  const parsed = parseJson(text);
  if (!parsed.ok) return recover(ctx, parsed.reason);
  const version = checkVersion(parsed.value, ctx.rules.currentVersion);
  if (version.kind === 'bad') return recover(ctx, version.reason);
  // A newer build's file: leave it exactly as it is, the user should upgrade.
  if (version.kind === 'too-new') throw new StoreTooNewError(ctx.dataFile, version.version, ctx.rules.currentVersion);

  if (version.kind === 'older') {
    // The file as it was, before any migration touches it.
    await ctx.backups.write('pre-migration', text);
  }
  const checked = upgrade(parsed.value, version.version, ctx.rules);
  if (!checked.ok) return recover(ctx, checked.reason);
  return { doc: checked.value, needsWrite: version.kind === 'older', wasGood: true, recovery: null };
}

/** Move the unreadable file aside (never overwrite it), start empty, find the newest good backup. */
async function recover<T>(ctx: LoadContext<T>, reason: string): Promise<Loaded<T>> {
  const at = ctx.now();
  const movedTo = await freeCorruptPath(ctx, at);
  await ctx.fs.rename(ctx.dataFile, movedTo);
  await fsyncDirectory(ctx.dir, ctx.fs);
  const newestGoodBackup = await ctx.backups.newestGood();
  return {
    doc: ctx.empty(),
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
