/**
 * Billing a client's month in Chromium against the headless host: the unbilled November visits
 * with their totals, a batch that freezes them (checked on disk), its CSV export (content checked)
 * and the printed statement (PDF text checked with pdftotext); a credit batch that reverses it; a
 * block-hours client's low balance (in the job panel too),
 * a top-up and its statement. axe on the Billing dialog and the statement.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, test } from './fixtures';
import { writeBillingShop } from './billing-shop';
import { chooseOffice } from './office-menu';

const run = promisify(execFile);

/** Print the page as the browser would (print media, A4) and return the PDF's text. */
async function pdfText(page: Page, dir: string): Promise<string> {
  const pdf = join(dir, 'statement.pdf');
  await page.emulateMedia({ media: 'print' });
  await writeFile(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-']);
  return stdout;
}

async function openNovember(page: Page, url: string) {
  await page.goto(url);
  await chooseOffice(page, 'Billing');
  const dialog = page.getByRole('dialog', { name: 'Billing' });
  await expect(dialog.getByText('December 2026', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Previous month' }).click();
  await expect(dialog.getByText('November 2026', { exact: true })).toBeVisible();
  return dialog;
}

test.describe('billing', () => {
  test.use({ hostOptions: { prepare: writeBillingShop } });
  let dir: string;
  test.beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'billing-e2e-'));
  });
  test.afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('bill a client\'s month, export the batch as CSV and print the statement', async ({ page, host }) => {
    const dialog = await openNovember(page, host.url);
    await dialog.getByRole('button', { name: /^Abbey Vets/ }).click();
    // 75 min £112.50 + travel £20; 30 min £45 + 45 min after hours £101.25 + travel £20; 45 min £67.50 + SSD £89.99;
    // net £456.24, tax £91.25.
    await expect(dialog.getByTestId('unbilled-gross')).toHaveText('£547.49');
    await expect(dialog.getByText('45 min after hours at 150 %')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'billing dialog, unbilled work');

    await dialog.getByRole('button', { name: 'Create billing batch (3)' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'B-0001 created for Abbey Vets: 6 lines, £547.49 with tax' })).toBeVisible();
    await expect(dialog.getByText('No unbilled visits for Abbey Vets in November 2026.')).toBeVisible();

    // On disk: the batch with its frozen lines, the three visits marked, December's left alone.
    const doc = await host.readDataFile();
    const batch = doc.billingBatches[0]!;
    expect(batch).toMatchObject({ number: 1, kind: 'invoice', clientId: 'c-abbey', netMinor: 45624, taxMinor: 9125, grossMinor: 54749 });
    expect(doc.jobs.flatMap((j) => j.visits.map((v) => [v.id, v.billedBatchId]))).toEqual([
      ['v-1', batch.id],
      ['v-2', batch.id],
      ['v-3', batch.id],
      ['v-4', null],
      ['v-5', null],
      ['v-6', null],
    ]);

    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export B-0001 as CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('dispatch-B-0001-abbey-vets.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    const rows = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(rows[0]).toBe('Batch,Batch type,Date,Client,Job number,Client reference,Technician,Line type,Description,Minutes,After-hours minutes,Rate,Quantity,Unit price,Net,Tax rate %,Tax,Gross,Currency,Note');
    expect(rows.slice(1)).toEqual([
      'B-0001,Invoice,2026-11-03,Abbey Vets,J-3001,VET-88,Alex Chen,Labour,Labour: J-3001,75,0,90.00,1,112.50,112.50,20.00,22.50,135.00,GBP,',
      'B-0001,Invoice,2026-11-03,Abbey Vets,J-3001,VET-88,Alex Chen,Travel,Travel: J-3001,30,0,40.00,1,20.00,20.00,20.00,4.00,24.00,GBP,',
      'B-0001,Invoice,2026-11-10,Abbey Vets,J-3001,VET-88,Alex Chen,Labour,Labour: J-3001,75,45,90.00,1,146.25,146.25,20.00,29.25,175.50,GBP,45 min after hours at 150 %',
      'B-0001,Invoice,2026-11-10,Abbey Vets,J-3001,VET-88,Alex Chen,Travel,Travel: J-3001,30,0,40.00,1,20.00,20.00,20.00,4.00,24.00,GBP,',
      'B-0001,Invoice,2026-11-20,Abbey Vets,J-3002,,Bea Novak,Labour,Labour: J-3002,45,0,90.00,1,67.50,67.50,20.00,13.50,81.00,GBP,',
      // A cell a spreadsheet would run as a formula is defused with a leading apostrophe.
      "B-0001,Invoice,2026-11-20,Abbey Vets,J-3002,,Bea Novak,Part,'=SSD 1 TB,0,0,89.99,1,89.99,89.99,20.00,18.00,107.99,GBP,",
    ]);

    await dialog.getByRole('link', { name: 'Statement for November 2026' }).click();
    await expect(page.locator('html[data-run-sheet="ready"]')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Statement', exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'billing statement');
    const text = await pdfText(page, dir);
    expect(text).toContain('Abbey Vets');
    expect(text).toContain('November 2026 (2026-11-01 to 2026-11-30)');
    expect(text).toMatch(/B-0001 · Invoice · made 2026-12-09/);
    expect(text).toContain('Your ref. VET-88');
    expect(text).toMatch(/Total for the period\s+£547\.49/);
    expect(text).toMatch(/Labour: J-3001\s+1 h 15 min\s+£90\.00\s+£146\.25\s+£29\.25/);
    expect(text).toContain('45 min after hours at 150 %');
    expect(text).not.toContain('J-3003');
    expect(text).not.toContain('Print…');
  });

  test('a billed batch is corrected with a credit batch, and its visits can be billed again', async ({ page, host }) => {
    const billed = await host.call('billing:bill', { clientId: 'c-abbey', from: '2026-11-01', to: '2026-11-30', visitIds: ['v-1', 'v-2', 'v-3'] });
    expect(billed.ok).toBe(true);
    const dialog = await openNovember(page, host.url);
    await dialog.getByRole('button', { name: /^Abbey Vets/ }).click();
    await dialog.getByRole('button', { name: 'Credit B-0001…' }).click();
    await dialog.getByLabel('What was wrong with B-0001?').fill('Departure on J-3001 was 17:40, not 18:40');
    await dialog.getByRole('button', { name: 'Create credit batch' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'B-0002 credits B-0001 in full' })).toBeVisible();
    await expect(dialog.getByText('Credited by B-0002')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Create billing batch (3)' })).toBeVisible();

    const doc = await host.readDataFile();
    const [invoice, credit] = doc.billingBatches;
    expect(invoice).toMatchObject({ number: 1, creditedBy: credit!.id, grossMinor: 54749 });
    expect(credit).toMatchObject({ number: 2, kind: 'credit', creditOf: invoice!.id, grossMinor: -54749, note: 'Departure on J-3001 was 17:40, not 18:40' });
    expect(doc.jobs.flatMap((j) => j.visits).every((v) => v.billedBatchId === null)).toBe(true);
  });

  test('block hours: a low balance is flagged, a top-up is recorded, the statement shows the month', async ({ page, host }) => {
    await page.goto(host.url);
    // The job panel of the client's new call warns before anyone books more work on it.
    await page.getByRole('region', { name: 'Unassigned jobs' }).getByRole('row').filter({ hasText: 'J-3004' }).dblclick();
    const panel = page.getByRole('dialog', { name: 'Job J-3004' });
    await expect(panel.getByRole('status').filter({ hasText: 'Block hours: 1 h 15 min left · Balance low: time to sell a top-up' })).toBeVisible();
    await panel.getByRole('button', { name: 'Close job panel' }).click();

    const dialog = await openNovember(page, host.url);
    await dialog.getByRole('button', { name: /^Whitfield & Crane/ }).click();
    // 10 h bought; 4 h, then 4 h + 30 min after hours at 150 % (4 h 45 min) drawn: 1 h 15 min left, under 20 %.
    await expect(dialog.getByText('Balance now: 1 h 15 min · Balance low: time to sell a top-up')).toBeVisible();
    await dialog.getByLabel('Hours bought').fill('5');
    await dialog.getByLabel('On', { exact: true }).fill('2026-11-28');
    await dialog.getByLabel('Note (invoice, order…)').fill('Invoice 2113');
    await dialog.getByRole('button', { name: 'Record top-up' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Recorded 5 h bought by Whitfield & Crane on 2026-11-28.' })).toBeVisible();
    await expect(dialog.getByText('Balance now: 6 h 15 min · Balance healthy')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'billing dialog, block hours');

    await dialog.getByRole('link', { name: 'Statement for November 2026' }).click();
    await expect(page.locator('html[data-run-sheet="ready"]')).toHaveCount(1);
    const text = await pdfText(page, dir);
    expect(text).toContain('Block-hours statement');
    expect(text).toMatch(/2026-11-01\s+Opening balance\s+10 h/);
    expect(text).toMatch(/2026-11-05\s+Drawdown: J-3003 \(not billed yet\)\s+-4 h/);
    expect(text).toMatch(/2026-11-25\s+Drawdown: J-3003 \(not billed yet\)\s+-4 h 45 min/);
    expect(text).toMatch(/2026-11-28\s+Top-up: Invoice 2113\s+5\s?h/);
    expect(text).toMatch(/2026-11-30\s+Closing balance\s+6 h 15 min/);
  });
});
