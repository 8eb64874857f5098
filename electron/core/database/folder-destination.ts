/**
 * A new local data folder as the destination of a shop move ("Export to a local file"). The copy
 * is written into a hidden folder beside the target and renamed into place only once it has been
 * read back and verified, so the target is either a whole, verified shop or not there at all.
 */
import { randomBytes } from 'node:crypto';
import { rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { validateDocument } from '../../../shared/schemas/document';
import { ARCHIVE_DIR } from '../archive/archive-format';
import { ArchiveFiles } from '../archive/archive-files';
import { codeOf, fsyncDirectory, parseJson, readdirIfExists, writeFileDurably } from '../store/durable-json-file';
import { nodeFileSystem } from '../store/file-system';
import type { FileSystem } from '../store/file-system';
import type { ShopDestination, ShopWriteTransaction } from './shop-move';
import type { ShopSnapshot } from './shop-records';

/** The data file's name in a data folder, as the store opens it. */
export const DATA_FILE = 'dispatch.json';

export function folderDestination(target: string, fs: FileSystem = nodeFileSystem): ShopDestination {
  const dir = resolve(target);
  return {
    describe: () => dir,
    async transaction(work) {
      await fs.mkdir(dirname(dir), { recursive: true });
      const staging = join(dirname(dir), `.${basename(dir)}.partial-${randomBytes(4).toString('hex')}`);
      await fs.mkdir(staging, { recursive: true });
      try {
        const result = await work(stagingTransaction(dir, staging, fs));
        // Commit: an empty target folder gives way; a non-empty one was refused by isEmpty above.
        await rmdir(dir).catch((error: unknown) => {
          if (codeOf(error) !== 'ENOENT') throw error;
        });
        await fs.rename(staging, dir);
        await fsyncDirectory(dirname(dir), fs);
        return result;
      } catch (error) {
        await rm(staging, { recursive: true, force: true });
        throw error;
      }
    },
  };
}

function stagingTransaction(target: string, staging: string, fs: FileSystem): ShopWriteTransaction {
  const archive = new ArchiveFiles(join(staging, ARCHIVE_DIR), fs);
  return {
    async isEmpty() {
      return (await readdirIfExists(target, fs)).length === 0;
    },
    async write(shop: ShopSnapshot) {
      await writeFileDurably(join(staging, DATA_FILE), JSON.stringify(shop.document), fs);
      for (const file of shop.archive) await archive.write(file);
    },
    async readBack() {
      return readFolderShop(staging, fs);
    },
  };
}

/**
 * A data folder's shop as files on disk: the data file (validated) and every month archive (each
 * fully validated). Throws, naming the file, when any of them cannot be used: a shop is moved
 * whole or not at all.
 */
export async function readFolderShop(dir: string, fs: FileSystem = nodeFileSystem): Promise<ShopSnapshot> {
  const parsed = parseJson(await fs.readFile(join(dir, DATA_FILE), 'utf8'));
  if (!parsed.ok) throw new Error(`${DATA_FILE} cannot be read: ${parsed.reason}`);
  const checked = validateDocument(parsed.value);
  if (!checked.ok) throw new Error(`${DATA_FILE} is not a valid shop: ${checked.reason}`);
  return { document: checked.value, archive: await readArchive(join(dir, ARCHIVE_DIR), fs) };
}

/** Every month file of an archive folder, oldest first, fully validated. */
export async function readArchive(archiveDir: string, fs: FileSystem = nodeFileSystem): Promise<ShopSnapshot['archive']> {
  const files = new ArchiveFiles(archiveDir, fs);
  const out: ShopSnapshot['archive'] = [];
  for (const month of (await files.months()).reverse()) {
    const read = await files.read(month, true);
    if (!read.ok) throw new Error(`The archive of ${month} cannot be read: ${read.reason}`);
    if (read.file.entries.length > 0) out.push(read.file);
  }
  return out;
}
