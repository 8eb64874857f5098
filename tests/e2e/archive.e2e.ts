/**
 * The archive in Chromium against the headless host: finished jobs older than 30 days leave the
 * active file at start, and the Archive dialog finds them read-only; a damaged month file is
 * reported, left as it is, and the other months are still searched.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { finishedAtOf, monthOf } from '../../electron/core/archive/archive-format';
import { generateShop } from '../../scripts/lib/generate-shop';
import { expect, test } from './fixtures';
import { defaultPin } from './test-clock';
import { chooseOffice } from './office-menu';

const SIZE = { technicians: 6, zones: 2, clients: 8, scheduled: 20, unassigned: 6, burst: 2, history: 120, historyMonths: 4 };
// Built once per file, at the run's default pinned instant (the instant the host runs at).
const shop = generateShop({ seed: 61, now: new Date(defaultPin().now), size: SIZE });
// The naive layout: history still inside the document, as a data file from before archiving.
const naive = { ...shop.doc, jobs: [...shop.history, ...shop.doc.jobs] };
const target = shop.history[shop.history.length - 5]!;
const clientName = shop.doc.clients.find((c) => c.id === target.clientId)!.name;
const monthOfJob = (j: (typeof shop.history)[number]) => monthOf(finishedAtOf(j), shop.doc.settings.timeZone);

test.describe('archive', () => {
  test.use({ hostOptions: { prepare: (dir) => writeFile(join(dir, 'dispatch.json'), JSON.stringify(naive)) } });

  test('old finished jobs move to month files at start and are found read-only', async ({ page, host }) => {
    // The start-up pass runs in the background; the file on disk shows when it is done.
    await expect.poll(async () => (await host.readDataFile()).jobs.length, { timeout: 15_000 }).toBe(shop.doc.jobs.length);
    const months = (await readdir(join(host.dataDir, 'archive'))).filter((n) => /^jobs-\d{4}-\d{2}\.json$/.test(n));
    expect(months.length).toBeGreaterThanOrEqual(4);
    let archived = 0;
    for (const name of months) archived += (JSON.parse(await readFile(join(host.dataDir, 'archive', name), 'utf8')) as { entries: unknown[] }).entries.length;
    expect(archived).toBe(shop.history.length);

    await page.goto(host.url);
    await chooseOffice(page, 'Archive');
    const dialog = page.getByRole('dialog', { name: 'Archive' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('searchbox', { name: 'Search the archive' }).fill(target.number);
    const open = dialog.getByRole('button', { name: new RegExp(`^Open ${target.number}:`) });
    await expect(open).toBeVisible();
    await expect(dialog.getByRole('row').nth(1)).toContainText(clientName);
    await page.screenshot({ path: test.info().outputPath('archive-results.png') });

    await open.click();
    await expect(dialog.getByRole('heading', { name: `${target.number} · ${target.title}` })).toBeVisible();
    await expect(dialog.getByRole('list', { name: 'History, newest first' }).getByRole('listitem')).toHaveCount(target.history.length);
    // Read-only: no inputs or save buttons in the detail view.
    await expect(dialog.getByRole('textbox')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: /save|edit|assign/i })).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('archive-detail.png') });

    await dialog.getByRole('button', { name: '‹ Back to results' }).click();
    const byClient = dialog.getByRole('searchbox', { name: 'Search the archive' });
    await byClient.fill(clientName.toUpperCase());
    await expect(dialog.getByRole('status')).toContainText(/match/);
    const found = await host.call('archive:search', { query: clientName, limit: 200 });
    expect(found.ok && found.value.hits.every((h) => h.clientName === clientName)).toBe(true);
    expect(found.ok && found.value.total).toBe(shop.history.filter((j) => j.clientId === target.clientId).length);
  });
});

test.describe('a damaged archive file', () => {
  test.use({
    hostOptions: {
      allowStderr: true,
      async prepare(dir) {
        await writeFile(join(dir, 'dispatch.json'), JSON.stringify(naive));
        await mkdir(join(dir, 'archive'));
        const month = monthOfJob(target);
        await writeFile(join(dir, 'archive', `jobs-${month}.json`), '{"format":"dispatch-archive","version":1,"month"');
      },
    },
  });

  test('is reported, never overwritten, and the other months are still searched', async ({ page, host }) => {
    const month = monthOfJob(target);
    const inBadMonth = shop.history.filter((j) => monthOfJob(j) === month).length;
    await expect.poll(async () => (await host.readDataFile()).jobs.length, { timeout: 15_000 }).toBe(shop.doc.jobs.length + inBadMonth);
    expect(await readFile(join(host.dataDir, 'archive', `jobs-${month}.json`), 'utf8')).toBe('{"format":"dispatch-archive","version":1,"month"');

    await page.goto(host.url);
    await chooseOffice(page, 'Archive');
    const dialog = page.getByRole('dialog', { name: 'Archive' });
    await dialog.getByRole('searchbox', { name: 'Search the archive' }).fill('J-');
    await expect(dialog.getByRole('alert')).toContainText(`The archive file for ${month} cannot be read`);
    await expect(dialog.getByRole('status')).toContainText(/matches/);
    await page.screenshot({ path: test.info().outputPath('archive-damaged.png') });
  });
});
