/**
 * Files that hold a secret (encrypted or not): written so that no other user can ever read them,
 * not even for a moment, and refused when someone has loosened their permissions since.
 */
import { randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** On POSIX, the folder is 0700 and the file 0600. Windows ignores modes; the profile folder's ACL applies. */
const DIR_MODE = 0o700;
const FILE_MODE = 0o600;

/** A secret file that others can read or write, or something other than a plain file. */
export class UnsafeSecretFileError extends Error {
  constructor(path: string, why: string) {
    super(`${path} ${why}; it was not used. Remove it and enter the password again in Settings → Messages.`);
    this.name = 'UnsafeSecretFileError';
  }
}

/**
 * Write `data` to `path` through a temp file created with mode 0600 (never wider, even before a
 * chmod), fsynced, then renamed over the old one.
 */
export async function writePrivateFile(path: string, data: Uint8Array | string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
  if (process.platform !== 'win32') await chmod(dir, DIR_MODE);
  const temp = join(dir, `.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', FILE_MODE);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** The file's contents, or null when there is none. Throws `UnsafeSecretFileError` if group or others may read it. */
export async function readPrivateFile(path: string): Promise<Buffer | null> {
  let stat;
  try {
    stat = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  // A link could point anywhere (another user's file); only a plain file is ours.
  if (!stat.isFile()) throw new UnsafeSecretFileError(path, 'is not a plain file');
  if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
    throw new UnsafeSecretFileError(path, `can be read by other users (mode ${(stat.mode & 0o777).toString(8)})`);
  }
  return readFile(path);
}

export async function removePrivateFile(path: string): Promise<void> {
  await rm(path, { force: true });
}
