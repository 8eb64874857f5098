/**
 * Lay the generated shop out on disk twice: as our store keeps it (active `dispatch.json` plus
 * per-month archive files) and as a naive store would (one file with all 100,000 finished jobs).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArchiveFiles } from '../../electron/core/archive/archive-files';
import { ARCHIVE_DIR, ARCHIVE_FORMAT, ARCHIVE_VERSION, compareEntries, monthOf, type ArchiveEntry } from '../../electron/core/archive/archive-format';
import { archiveEntryOf, nameLookup } from '../../electron/core/archive/archiver';
import type { Shop } from '../lib/generate-shop';

/** Our layout in `dir`: the same month files the archiver writes. Returns the month count. */
export async function writeOurStore(dir: string, shop: Shop, now: Date): Promise<number> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'dispatch.json'), JSON.stringify(shop.doc));
  const names = nameLookup(shop.doc);
  const byMonth = new Map<string, ArchiveEntry[]>();
  for (const job of shop.history) {
    const entry = archiveEntryOf(job, names, now);
    const month = monthOf(entry.finishedAt, shop.doc.settings.timeZone);
    const list = byMonth.get(month) ?? [];
    list.push(entry);
    byMonth.set(month, list);
  }
  const files = new ArchiveFiles(join(dir, ARCHIVE_DIR));
  for (const [month, entries] of byMonth) {
    await files.write({ format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, month, entries: entries.sort(compareEntries) });
  }
  return byMonth.size;
}

/** The naive layout: everything in one JSON file. Returns its size in bytes. */
export async function writeNaiveStore(file: string, shop: Shop): Promise<number> {
  const text = JSON.stringify({ ...shop.doc, jobs: [...shop.history, ...shop.doc.jobs] });
  await writeFile(file, text);
  return Buffer.byteLength(text);
}
