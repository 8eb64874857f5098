/**
 * CSV import in Chromium against the headless host: a file with good and bad rows goes through
 * the mapping step, is previewed with its errors and defaults by row, only the good rows are
 * imported, the report explains the rest, and the data file holds exactly the good ones. A
 * 10,000-row file imports with progress shown.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseOffice } from './office-menu';

test.use({ hostOptions: { sample: true } });

const dialog = (page: Page) => page.getByRole('dialog', { name: /Import .* from CSV/ });

async function openImport(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await chooseOffice(page, 'Import…');
  await expect(dialog(page)).toBeVisible();
}

async function pickFile(page: Page, name: string, text: string): Promise<void> {
  await dialog(page).getByLabel('CSV file to import').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

/** The mapping step shows every column; our own spellings are pre-filled, so check the rows as they are. */
async function checkRows(page: Page, rows: string): Promise<void> {
  await dialog(page).getByRole('button', { name: `Check ${rows} rows` }).click({ timeout: 20_000 });
}

test('imports the good rows of a file, reports the bad ones and why', async ({ page, host }) => {
  // Semicolons, a byte-order mark, CRLF, a quoted delimiter and a quoted newline, aliased headers.
  const csv = [
    '\uFEFFClient;Title;Priority;Estimate;Ticket;Description',
    'Harbour Dental Practice;Printer jammed in reception;P2;1h30;CSV-1;"Paper stuck; tray 2"',
    'Patel & Moore Accountants;VPN drops every hour;P1;45;CSV-2;"Line one',
    'line two"',
    'Nobody Ltd;Ghost job;P3;30;CSV-3;',
    'Harbour Dental Practice;Odd priority;whatever-ish;30;CSV-4;',
    'Whitfield & Crane Solicitors;Slow laptop;p4;2h;CSV-5;',
  ].join('\r\n');

  await openImport(page, host.url);
  await pickFile(page, 'calls.csv', csv);

  const d = dialog(page);
  await expect(d.getByRole('combobox', { name: 'Import column Ticket as' })).toHaveValue('external_ref');
  await checkRows(page, '5');
  await expect(d.getByTestId('import-summary')).toHaveText('calls.csv: 4 ready, 1 with errors.');
  // Rows are numbered as in the file: the quoted newline keeps "VPN drops" on one row (3).
  await expect(d.locator('tr[data-line="4"]')).toContainText('row 4, client: no client named "Nobody Ltd"');
  // A priority nobody can map is defaulted, never an error, and the preview says so.
  await expect(d.locator('tr[data-line="5"]')).toContainText('row 5, priority: "whatever-ish" → P3 (default)');
  // Only the rows with problems or defaults are listed by default; all rows on request.
  await expect(d.locator('tbody tr')).toHaveCount(2);
  await d.getByLabel('Only rows with problems').uncheck();
  await expect(d.locator('tbody tr')).toHaveCount(5);

  // Nothing is written before the user confirms.
  expect((await host.readDataFile()).jobs.filter((j) => j.externalRef?.startsWith('CSV-'))).toEqual([]);

  await d.getByRole('button', { name: 'Import 4 jobs' }).click();
  await expect(d.getByTestId('import-result')).toHaveText('Imported 4 jobs. 1 row was not imported.');
  const report = d.getByRole('table', { name: 'Rows not imported' });
  await expect(report.locator('tr[data-line="4"]')).toContainText('client: no client named "Nobody Ltd"');

  const [download] = await Promise.all([page.waitForEvent('download'), d.getByRole('button', { name: /Download the rows not imported/ }).click()]);
  expect(download.suggestedFilename()).toBe('calls-not-imported.csv');
  const rejected = await readFile((await download.path())!, 'utf8');
  expect(rejected).toContain('"Client","Title","Priority","Estimate","Ticket","Description","row","error"');
  expect(rejected).toContain('"Nobody Ltd","Ghost job","P3","30","CSV-3","","4","client: no client named ""Nobody Ltd""; import clients first or fix the name"');

  const jobs = (await host.readDataFile()).jobs.filter((j) => j.externalRef?.startsWith('CSV-'));
  expect(jobs.map((j) => j.externalRef).sort()).toEqual(['CSV-1', 'CSV-2', 'CSV-4', 'CSV-5']);
  expect(jobs.find((j) => j.externalRef === 'CSV-4')?.priority).toBe('P3');
  const vpn = jobs.find((j) => j.externalRef === 'CSV-2');
  expect(vpn).toMatchObject({ title: 'VPN drops every hour', priority: 'P1', estimateMinutes: 45, description: 'Line one\r\nline two', status: 'new' });
  expect(vpn?.history[0]).toMatchObject({ by: 'import', action: 'created' });
  expect(jobs.find((j) => j.externalRef === 'CSV-1')).toMatchObject({ estimateMinutes: 90, description: 'Paper stuck; tray 2' });

  // The queue shows the new jobs without a reload.
  await d.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('region', { name: 'Unassigned jobs' })).toContainText('VPN drops every hour');
});

test('a technicians file dropped onto the dialog imports with its working hours', async ({ page, host }) => {
  await openImport(page, host.url);
  const d = dialog(page);
  await d.getByLabel('Technicians').check();
  await expect(d.getByRole('heading', { name: 'Import technicians from CSV' })).toBeVisible();
  const csv = 'Name;Skills;Zone;Working hours\nPriya Shah;networking,windows;North;"Mon-Thu 08:00-16:30; Fri 08:00-12:00"\nAlex Chen;;;\nNo Hours;;;Someday\n';
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'techs.csv', { type: 'text/csv' }));
    return transfer;
  }, csv);
  await d.dispatchEvent('drop', { dataTransfer });
  await checkRows(page, '3');

  await expect(d.getByTestId('import-summary')).toHaveText('techs.csv: 1 ready, 1 with errors, 1 duplicate skipped.');
  await expect(d.locator('tr[data-line="3"]')).toContainText('row 3, name: a technician named "Alex Chen" already exists');
  await expect(d.locator('tr[data-line="4"]')).toContainText('row 4, working_hours: expected e.g. "Mon-Fri 08:00-16:30"');
  await d.getByRole('button', { name: 'Import 1 technician' }).click();
  await expect(d.getByTestId('import-result')).toHaveText('Imported 1 technician. 2 rows were not imported.');

  const technicians = (await host.readDataFile()).technicians;
  expect(technicians.filter((t) => t.name === 'Alex Chen')).toHaveLength(1);
  expect(technicians.find((t) => t.name === 'Priya Shah')).toMatchObject({
    skills: ['networking', 'windows'],
    zone: 'North',
    workingHours: [
      { days: [1, 2, 3, 4], start: '08:00', end: '16:30' },
      { days: [5], start: '08:00', end: '12:00' },
    ],
    dailyCapacityHours: 8.5,
  });
});

test('a 10,000-row jobs file imports in batches with progress shown', async ({ page, host }) => {
  test.setTimeout(60_000);
  const priorities = ['P1', 'P2', 'P3', 'P4'];
  const lines = ['client,title,priority,estimate,external_ref,skills'];
  for (let i = 1; i <= 10_000; i++) {
    lines.push(`Patel & Moore Accountants,"Bulk job ${i}, check backups",${priorities[i % 4]},${30 + (i % 6) * 15},BULK-${i},"windows;backup"`);
  }
  await openImport(page, host.url);
  await pickFile(page, 'bulk.csv', lines.join('\n'));
  await checkRows(page, '10,000');

  const d = dialog(page);
  await expect(d.getByTestId('import-summary')).toHaveText('bulk.csv: 10,000 ready, 0 with errors.', { timeout: 30_000 });
  await d.getByRole('button', { name: 'Import 10,000 jobs' }).click();
  await expect(d.getByRole('progressbar', { name: 'Importing…' })).toBeVisible();
  await expect(d.getByTestId('import-result')).toHaveText('Imported 10,000 jobs. Every row was imported.', { timeout: 40_000 });

  const jobs = (await host.readDataFile()).jobs.filter((j) => j.externalRef?.startsWith('BULK-'));
  expect(jobs).toHaveLength(10_000);
  expect(new Set(jobs.map((j) => j.number)).size).toBe(10_000);
});
