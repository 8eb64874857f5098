/**
 * The Reports view in Chromium against the headless host (sample shop, pinned clock): opened from
 * the Office menu, a number in a chart's table checked against jobs counted here from the files on
 * disk (the data file and the monthly archives), the CSV of that table, the maintenance plan form
 * opened prefilled from a repeat problem, and axe on every report tab, reached with the arrow keys.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Job } from '../../shared/schemas/job';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, test } from './fixtures';
import { chooseOffice } from './office-menu';
import { testNow, testZone } from './test-clock';

test.use({ hostOptions: { sample: true } });

const REPORT_TABS = ['Demand and peaks', 'SLA compliance', 'Backlog', 'Technicians', 'Work-life balance', 'Repeat problems', 'Income'];

/** Every job on disk: the active file's and each month archive's. */
async function jobsOnDisk(dataDir: string, active: Job[]): Promise<Job[]> {
  const archiveDir = join(dataDir, 'archive');
  const files = (await readdir(archiveDir).catch(() => [] as string[])).filter((f) => /^jobs-\d{4}-\d{2}\.json$/.test(f));
  const archived = await Promise.all(files.map(async (f) => (JSON.parse(await readFile(join(archiveDir, f), 'utf8')) as { entries: { job: Job }[] }).entries.map((e) => e.job)));
  return [...active, ...archived.flat()];
}

const shopDay = (instant: string | Date, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));

/** The shown report has its numbers (not "Computing…"). */
async function reportShown(page: Page, title: string): Promise<void> {
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(title);
  await expect(panel.locator('.report-meta')).toContainText('jobs read');
}

test('reports: opened from the Office menu, a table value matches the jobs on disk, CSV, a plan from a repeat problem, axe on every tab', async ({ page, host }) => {
  test.setTimeout(60_000);
  await page.goto(host.url);
  await chooseOffice(page, 'Reports');
  await expect(page).toHaveURL(/#\/reports\?report=demand/);
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Demand and peaks' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: 'Last 4 weeks' })).toHaveAttribute('aria-pressed', 'true');
  await reportShown(page, 'Demand and peaks');

  // Independently: customer jobs (not from a maintenance plan, not a follow-up) received each shop day of the last 4 weeks.
  const zone = testZone();
  const today = shopDay(testNow(), zone);
  const from = shopDay(new Date(Date.parse(`${today}T12:00:00Z`) - 27 * 86_400_000), 'UTC');
  const jobs = await jobsOnDisk(host.dataDir, (await host.readDataFile()).jobs);
  const perDay = new Map<string, number>();
  for (const job of jobs) {
    if (job.maintenance || job.followUpOf) continue;
    const day = shopDay(job.receivedAt, zone);
    if (day >= from && day <= today) perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const [busiestDay, busiest] = [...perDay.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  expect(busiest).toBeGreaterThan(1);
  const total = [...perDay.values()].reduce((a, b) => a + b, 0);

  const dayTable = page.getByRole('region', { name: 'Jobs received per day' });
  const row = dayTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `(${busiestDay})` }) });
  await expect(row.getByRole('cell').first()).toHaveText(String(busiest));
  await expect(page.getByText(`${total} customer jobs received`)).toBeVisible();

  // The CSV of that table: the same number on the same day's line.
  const bar = page.locator('.report-table').filter({ has: dayTable });
  const [download] = await Promise.all([page.waitForEvent('download'), bar.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toBe(`jobs-received-per-day-${from}-to-${today}.csv`);
  const csv = await readFile((await download.path())!, 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('Day,Jobs received,Peak day');
  expect(lines.find((l) => l.includes(`(${busiestDay})`))).toMatch(new RegExp(`^[A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2} \\(${busiestDay}\\),${busiest},(yes)?$`));
  expect(lines.filter((l) => /\(\d{4}-\d{2}-\d{2}\),/.test(l))).toHaveLength(28);

  await expectNoSeriousA11yViolations(page, 'reports: Demand and peaks', ['region']);
  // The other reports by keyboard (the tabs pattern: arrow keys move and show), each checked by axe.
  await page.getByRole('tab', { name: 'Demand and peaks' }).focus();
  for (const title of REPORT_TABS.slice(1)) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: title })).toBeFocused();
    await reportShown(page, title);
    await expect(page.locator('.report-chart svg').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, `reports: ${title}`, ['region']);
    if (title === 'Repeat problems') {
      // A candidate without a plan: its one action opens the plan form filled in for it.
      const create = page.getByRole('button', { name: /^Create a maintenance plan for / }).first();
      const name = (await create.getAttribute('aria-label'))!;
      const [, category, client] = /for (\w+) at (.+?)(?: — .*)?$/.exec(name)!;
      await create.click();
      const dialog = page.getByRole('dialog', { name: 'Clients and maintenance plans' });
      await expect(dialog.getByRole('heading', { name: client })).toBeVisible();
      await expect(dialog.getByRole('heading', { name: 'New maintenance plan' })).toBeVisible();
      await expect(dialog.getByLabel('Title')).toHaveValue(new RegExp(`^${category} maintenance`));
      await expect(dialog.getByLabel('Category')).toHaveValue(category!.toLowerCase());
      await expectNoSeriousA11yViolations(page, 'reports: plan form from a repeat problem', ['region']);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toBeHidden();
      await page.getByRole('tab', { name: title }).focus();
    }
  }

  // Back to the console from the browser route.
  await page.getByRole('button', { name: '← Back to the console' }).click();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Office' })).toBeVisible();
});
