/**
 * Printed run sheets: the sheet route rendered in Chromium, printed to PDF and read back
 * with poppler's pdftotext; "changed since printed" on the board.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Host } from './fixtures';
import { ALEX, DAY, OFF, buildRunSheetShop, writeRunSheetShop } from './run-sheet-shop';

const run = promisify(execFile);

/** Open the console, then the sheet route (the token rides in the first URL only, as for a user). */
async function openSheets(page: Page, host: Host, query: string): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Print run sheets' })).toBeEnabled();
  // The board's own buttons navigate the same way (the fragment, in the same tab).
  await page.evaluate((hash) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = hash;
  }, `#/run-sheets?${query}`);
  await expect(page.locator('html[data-run-sheet="ready"]')).toHaveCount(1);
}

/** Print the page to an A4 PDF and return its text per page (`pdftotext -layout -f N -l N`). */
async function printPages(page: Page, dir: string): Promise<{ pdf: string; pages: string[] }> {
  const pdf = join(dir, 'sheets.pdf');
  await page.emulateMedia({ media: 'print' });
  await writeFile(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  const { stdout: info } = await run('pdfinfo', [pdf]);
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const pages: string[] = [];
  for (let n = 1; n <= count; n++) {
    const { stdout } = await run('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-']);
    pages.push(stdout);
  }
  return { pdf, pages };
}

test.describe('run sheets for a busy day', () => {
  test.use({ hostOptions: { prepare: writeRunSheetShop } });
  let dir: string;
  test.beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'run-sheet-pdf-'));
  });
  test.afterEach(async () => {
    // RUN_SHEET_KEEP=<dir>: keep the PDFs to look at (and to refresh docs/run-sheet-sample.png).
    if (process.env.RUN_SHEET_KEEP) await run('cp', ['-r', dir, process.env.RUN_SHEET_KEEP]);
    await rm(dir, { recursive: true, force: true });
  });

  test('one technician: every visit in time order with address and phone, nobody else\'s, numbered pages', async ({ page, host }, testInfo) => {
    const { visits } = buildRunSheetShop();
    const alex = visits.filter((v) => v.technicianId === ALEX).sort((a, b) => a.start.localeCompare(b.start) || a.number.localeCompare(b.number));
    await openSheets(page, host, `day=${DAY}&tech=${ALEX}`);
    const { pdf, pages } = await printPages(page, dir);
    const text = pages.join('\n');

    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
    expect(pages[0]).toContain('Alex Chen');
    expect(pages[0]).toContain('Thursday 26 November 2026');
    expect(pages[0]).toContain('07:30–17:30');

    // Time order (ties by job number), each with its client, address and phone.
    let last = -1;
    for (const v of alex) {
      const at = text.indexOf(v.number);
      expect(at, `${v.number} on the sheet`).toBeGreaterThan(last);
      last = at;
      expect(text).toContain(v.address);
      expect(text).toContain(v.phone);
    }
    expect(text).toContain('P1 – Critical');
    for (const v of visits.filter((x) => x.technicianId !== ALEX)) expect(text).not.toContain(v.number);

    await attachPngs(pdf, testInfo);
  });

  test('the whole day: each technician starts on a new page, page x of y across the document', async ({ page, host }, testInfo) => {
    await openSheets(page, host, `day=${DAY}`);
    const { pdf, pages } = await printPages(page, dir);
    // Board order: zone North, then South; by name within a zone.
    const names = ['Alex Chen', 'Bea Novak', 'Carl Mensah', 'Dana Ruiz', 'Eli Haddad', 'Fay Okafor', 'Gus Lindqvist'];
    // A sheet's first page has the technician's name on a line of its own (the large heading).
    const starts = pages.map((p) => names.find((n) => new RegExp(`^\\s*${n}\\s*$`, 'm').test(p)) ?? null);
    expect(starts.filter((s) => s !== null)).toEqual(names);
    expect(starts[0]).toBe('Alex Chen');
    starts.forEach((name, i) => {
      if (name === null || i === 0) return;
      // The page that starts a sheet holds nothing of the previous technician's: a page break came first.
      const previous = names[names.indexOf(name) - 1]!;
      expect(pages[i], `page ${i + 1} starts ${name}'s sheet`).not.toContain(previous);
    });
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
    // Hana is on leave with nothing booked: no sheet for her in "everyone with work".
    expect(pages.join('\n')).not.toContain('Hana Ito');
    await attachPngs(pdf, testInfo, 2);
  });

  test('compact layout: a technician with 8 visits fits on 2 A4 pages, boxes and all; normal stays as it was', async ({ page, host }, testInfo) => {
    // Alex has 12 visits (job-2000…job-2011); four go back to the queue, leaving 8.
    for (const id of ['job-2008', 'job-2009', 'job-2010', 'job-2011']) {
      const job = (await host.readDataFile()).jobs.find((j) => j.id === id)!;
      const back = await host.call('schedule:unassign', { jobId: id, expectedRevision: job.revision });
      expect(back.ok).toBe(true);
    }
    await openSheets(page, host, `day=${DAY}&tech=${ALEX}`);
    const normal = await printPages(page, dir);
    const countVisits = (text: string) => (text.match(/J-20\d\d/g) ?? []).length;
    expect(countVisits(normal.pages.join('\n'))).toBe(8);
    // The normal layout is unchanged: two or three visits a page.
    expect(normal.pages.length).toBe(3);

    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Layout').selectOption('compact');
    const compact = await printPages(page, dir);
    expect(compact.pages.length).toBeLessThanOrEqual(2);
    expect(countVisits(compact.pages[0]!)).toBeGreaterThanOrEqual(4);
    expect(countVisits(compact.pages.join('\n'))).toBe(8);
    const text = compact.pages.join('\n');
    // Every write-in box is still there for every visit, and the facts a technician needs.
    for (const box of ['WORK DONE', 'ARRIVED', 'PARTS USED', 'DEPARTED', 'CUSTOMER SIGNATURE']) {
      expect(text.split(box).length - 1, box).toBe(8);
    }
    expect(text).toContain('0117 496 2000');
    expect(text).toContain('P1 – Critical');
    compact.pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${compact.pages.length}`));
    await attachPngs(compact.pdf, testInfo);
    // The choice is kept for the next sheets opened on this computer.
    await page.reload();
    await expect(page.getByLabel('Layout')).toHaveValue('compact');
  });

  test('a visit booked after its response is due says "respond by … — already late", on screen and on paper; one in time does not', async ({ page, host }) => {
    // Every visit's response is due at 12:00 on the day (London is on UTC in November); Alex's
    // visits start from 07:30 to 15:00, so those starting after 12:00 are booked late.
    const { visits } = buildRunSheetShop();
    const due = `${DAY}T12:00:00.000Z`;
    const alex = visits.filter((v) => v.technicianId === ALEX);
    const late = alex.filter((v) => v.start > due).map((v) => v.number).sort();
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThan(alex.length);
    await openSheets(page, host, `day=${DAY}&tech=${ALEX}`);
    for (const v of alex) {
      const sla = page.locator(`li.visit[data-job-number="${v.number}"]`).getByText(/^respond by/);
      await expect(sla, v.number).toHaveText(late.includes(v.number) ? /^respond by 12:00 — already late · resolve by Fri 27 Nov 17:00$/ : /^respond by 12:00 · resolve by Fri 27 Nov 17:00$/);
    }
    // On paper: the same words, once per late visit and in that visit's block.
    const { pages } = await printPages(page, dir);
    const text = pages.join('\n').replace(/\s+/g, ' ');
    expect(text.match(/respond by 12:00 — already late/g)).toHaveLength(late.length);
    const blocks = text.split(/(?=\bJ-20\d\d\b)/);
    const lateOnPaper = [...new Set(blocks.filter((b) => b.includes('already late')).map((b) => /^J-20\d\d/.exec(b)![0]))].sort();
    expect(lateOnPaper).toEqual(late);
  });

  test('an empty day says so instead of printing a blank page', async ({ page, host }) => {
    await openSheets(page, host, `day=${DAY}&tech=${OFF}`);
    const { pages } = await printPages(page, dir);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('No visits booked for Hana Ito on Thursday 26 November.');
    expect(pages[0]).toContain('Time off (Annual leave)');
  });

  test('Letter paper from the sheet\'s paper control is saved and used for @page', async ({ page, host }) => {
    await openSheets(page, host, `day=${DAY}&tech=${ALEX}`);
    await page.getByLabel('Paper').selectOption('Letter');
    await expect(page.locator('.run-sheet-paper[data-paper="Letter"]')).toHaveCount(1);
    const pdf = join(dir, 'letter.pdf');
    await page.emulateMedia({ media: 'print' });
    await writeFile(pdf, await page.pdf({ preferCSSPageSize: true }));
    const { stdout } = await run('pdfinfo', [pdf]);
    expect(stdout).toMatch(/Page size:\s+612 x 792 pts/);
    expect((await host.readDataFile()).settings.paperSize).toBe('Letter');
  });
});

test.describe('changed since printed', () => {
  // The board opens on today: pin the host and the browser to the fixture's day.
  test.use({ hostOptions: { prepare: writeRunSheetShop }, now: `${DAY}T08:00:00Z`, timeZone: 'Europe/London' });

  test('printing records the sheet; a move marks the row; printing again clears it', async ({ page, host }, testInfo) => {
    await page.goto(host.url);
    const row = page.locator('.tech-cell', { hasText: 'Alex Chen' });
    await expect(row).toBeVisible();

    // Print Alex's sheet from the row's print button; the browser prints (headless: no dialog).
    await row.getByRole('button', { name: "Print Alex Chen's run sheet" }).click();
    await expect(page.locator('html[data-run-sheet="ready"]')).toHaveCount(1);
    await page.getByRole('button', { name: 'Print…' }).click();
    await expect(page.getByRole('status')).toContainText('Recorded 1 run sheet as printed');
    const doc = await host.readDataFile();
    expect(doc.printRecords).toHaveLength(1);
    expect(doc.printRecords[0]).toMatchObject({ technicianId: ALEX, day: DAY });
    expect(doc.printRecords[0]!.jobs).toHaveLength(12);

    await page.getByRole('button', { name: 'Back to the board' }).click();
    await expect(row).toBeVisible();
    await expect(row.getByTestId('changed-since-printed')).toHaveCount(0);

    // J-2001 (07:30) moves to 10:30 on another screen: the mark appears with what changed.
    const moved = await host.call('schedule:move', { jobId: 'job-2001', technicianId: ALEX, start: `${DAY}T10:30:00.000Z` });
    expect(moved.ok).toBe(true);
    const mark = row.getByTestId('changed-since-printed');
    await expect(mark).toBeVisible();
    await expect(mark).toHaveText(/Changed since printed/);
    await expect(mark).toHaveAttribute('title', /J-2001 moved 07:30 → 10:30/);
    const shot = testInfo.outputPath('board-changed-since-printed.png');
    await page.screenshot({ path: shot });
    await testInfo.attach('board-changed-since-printed.png', { path: shot, contentType: 'image/png' });

    // Print again, this time with Ctrl+P (the print-run-sheets command on the sheet view): the mark clears.
    await row.getByRole('button', { name: "Print Alex Chen's run sheet" }).click();
    await expect(page.locator('html[data-run-sheet="ready"]')).toHaveCount(1);
    // The sheet view says a reprint is needed, and why (screen only: never on the paper).
    await expect(page.getByLabel('Print status')).toContainText('Reprint needed');
    await expect(page.getByLabel('Print status')).toContainText('J-2001 moved 07:30 → 10:30');
    const preview = testInfo.outputPath('run-sheet-preview.png');
    await page.screenshot({ path: preview });
    await testInfo.attach('run-sheet-preview.png', { path: preview, contentType: 'image/png' });
    await page.keyboard.press('Control+p');
    await expect(page.getByRole('status')).toContainText('Recorded 1 run sheet as printed');
    await page.getByRole('button', { name: 'Back to the board' }).click();
    await expect(row).toBeVisible();
    await expect(row.getByTestId('changed-since-printed')).toHaveCount(0);
  });
});

test.describe('the sample shop', () => {
  test.use({ hostOptions: { sample: true } });

  test('"Print run sheets" on the board opens today\'s sheets for everyone with work, ready to print', async ({ page, host }, testInfo) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Print run sheets' }).click();
    await expect(page.locator('html[data-run-sheet="ready"]')).toHaveCount(1);
    const data = await host.call('runsheets:get', { day: await page.evaluate(() => decodeURIComponent((globalThis as unknown as { location: { hash: string } }).location.hash).slice(-10)) });
    if (!data.ok) throw new Error(data.error.message);
    await expect(page.locator('article.run-sheet')).toHaveCount(Math.max(1, data.value.sheets.length));
    const dir = await mkdtemp(join(tmpdir(), 'run-sheet-sample-'));
    try {
      const { pdf, pages } = await printPages(page, dir);
      const text = pages.join('\n');
      for (const sheet of data.value.sheets) {
        expect(text).toContain(sheet.technicianName);
        for (const visit of sheet.visits) {
          expect(text).toContain(visit.number);
          if (visit.contactPhone) expect(text).toContain(visit.contactPhone);
        }
      }
      pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
      await attachPngs(pdf, testInfo);
      if (process.env.RUN_SHEET_KEEP) await run('cp', [pdf, join(process.env.RUN_SHEET_KEEP, 'sample-shop.pdf')]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** Render the first PDF pages to PNG (60 dpi) and attach them to the report. */
async function attachPngs(pdf: string, testInfo: TestInfo, lastPage = 1): Promise<void> {
  const out = await mkdtemp(join(tmpdir(), 'run-sheet-png-'));
  try {
    await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(lastPage), pdf, join(out, 'page')]);
    // pdftoppm pads page numbers to the width of the document's page count: list, do not guess.
    const files = (await readdir(out)).filter((f) => f.endsWith('.png')).sort();
    expect(files).toHaveLength(lastPage);
    for (const [i, file] of files.entries()) {
      await testInfo.attach(`run-sheet-page-${i + 1}.png`, { body: await readFile(join(out, file)), contentType: 'image/png' });
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
