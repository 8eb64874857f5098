/**
 * The console shell in Chromium against the headless host: first start, live updates, recovery.
 * Every test gets its own host and temporary data folder (see fixtures.ts).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { dayOf, instantAt } from '../../shared/domain/jobs';
import { emptyDocument } from '../../shared/schemas/document';
import { makeJob, makeTechnician, makeContract } from '../support/factories';
import { expect, test } from './fixtures';
import { testNow } from './test-clock';

const board = (page: Page) => page.getByRole('region', { name: 'Dispatch board' });
const queue = (page: Page) => page.getByRole('region', { name: 'Unassigned jobs' });
/** Body rows of the queue (the header row has column headers, not cells). */
const queueRows = (page: Page) => queue(page).getByRole('row').filter({ has: page.getByRole('cell') });

test.describe('with the sample shop', () => {
  test.use({ hostOptions: { sample: true } });

  test('the console loads with the board and the queue', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(board(page)).toBeVisible();
    await expect(queue(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Today' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Previous day' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next day' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    // No first-start offer once the folder has data.
    await expect(page.getByRole('button', { name: 'Load sample shop' })).toHaveCount(0);
  });

  test('a job created through the host appears in the queue without a reload', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(queueRows(page).first()).toBeVisible();
    // Select a row first: the live update must keep the selection.
    const selected = queueRows(page).nth(1);
    const selectedNumber = (await selected.getByRole('cell').nth(1).textContent())!.trim();
    await selected.click();
    await expect(selected).toHaveAttribute('aria-current', 'true');

    const clients = await host.call('clients:list', {});
    if (!clients.ok) throw new Error(clients.error.message);
    const created = await host.call('jobs:create', {
      clientId: clients.value.clients[0]!.id,
      title: 'Label printer offline in dispatch bay',
      category: 'printer',
      priority: 'P1',
      estimateMinutes: 45,
    });
    if (!created.ok) throw new Error(created.error.message);

    const row = queueRows(page).filter({ hasText: created.value.number });
    await expect(row).toBeVisible();
    await expect(row).toContainText('Label printer offline in dispatch bay');
    await expect(row).toContainText('P1');
    await expect(queueRows(page).filter({ hasText: selectedNumber })).toHaveAttribute('aria-current', 'true');
  });

  test("the board shows jobs in the shop's time zone and follows live changes", async ({ page, host }) => {
    // Two-line events (the status is on the second): comfortable rows, as chosen in Board options.
    await page.addInitScript(() => localStorage.setItem('dispatch.layout', JSON.stringify({ boardShare: 50, density: 'comfortable' })));
    await page.goto(host.url);
    await expect(board(page).locator('.fc-timeline-event').first()).toBeVisible();
    const zone = 'America/New_York';
    const set = await host.call('settings:set', { timeZone: zone });
    if (!set.ok) throw new Error(set.error.message);
    const techs = await host.call('technicians:list', {});
    const clients = await host.call('clients:list', {});
    if (!techs.ok || !clients.ok) throw new Error('lookup failed');
    const job = await host.call('jobs:create', {
      clientId: clients.value.clients[0]!.id,
      title: 'Time zone check',
      category: 'other',
      priority: 'P4',
      estimateMinutes: 60,
    });
    if (!job.ok) throw new Error(job.error.message);
    // 10:00 on today's shop day in New York, whatever the machine's zone is.
    const start = instantAt(dayOf(testNow(), zone), '10:00', zone);
    const assigned = await host.call('schedule:assign', {
      jobId: job.value.id,
      technicianId: techs.value.find((t) => t.active)!.id,
      start: start.toISOString(),
    });
    if (!assigned.ok) throw new Error(assigned.error.message);

    const event = board(page).locator('.fc-event', { hasText: job.value.number });
    await expect(event).toBeVisible();
    // The event is named by the text it shows; its times, in the shop's zone, are its description.
    await expect(event).toHaveAccessibleName(/^P4 J-\d+ .*Scheduled/);
    await expect(event).toHaveAccessibleDescription(/^10:00–11:00\./);
    // Assigned jobs leave the queue.
    await expect(queueRows(page).filter({ hasText: job.value.number })).toHaveCount(0);
  });

  test('the filter box narrows the queue', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(queueRows(page).first()).toBeVisible();
    // The body is virtualised: how many rows are drawn depends on the panel's height while the
    // layout settles, so the table's own row count (header included) is what is compared.
    const table = queue(page).getByRole('table', { name: 'Unassigned jobs' });
    const all = Number(await table.getAttribute('aria-rowcount'));
    expect(all).toBeGreaterThan(3);
    const number = (await queueRows(page).first().getByRole('cell').nth(1).textContent())!.trim();
    await page.getByRole('searchbox', { name: 'Filter jobs' }).fill(number);
    await expect(queueRows(page)).toHaveCount(1);
    await expect(table).toHaveAttribute('aria-rowcount', '2');
    await page.getByRole('searchbox', { name: 'Filter jobs' }).fill('');
    await expect(table).toHaveAttribute('aria-rowcount', String(all));
    await expect(queueRows(page).filter({ hasText: number })).toHaveCount(1);
    expect(await queueRows(page).count()).toBeGreaterThan(1);
  });

  test('day and week views and date navigation', async ({ page, host }) => {
    await page.goto(host.url);
    const title = page.locator('.app-header__date');
    // The title is empty until the shop's settings (its time zone, hence "today") have loaded.
    await expect(title).toHaveText(/^\w+day \d{1,2} \w+ \d{4}$/);
    const today = (await title.textContent())!;
    await page.getByRole('button', { name: 'Next day' }).click();
    await expect(title).not.toHaveText(today);
    await page.getByRole('button', { name: 'Today' }).click();
    await expect(title).toHaveText(today);
    await page.getByRole('button', { name: 'Week' }).click();
    await expect(page.getByRole('button', { name: 'Next week' })).toBeVisible();
    await expect(title).toHaveText(/ – /);
  });
});

test.describe('on an empty data folder', () => {
  test('the sample offer fills the board, the queue and the data file', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(page.getByText('Load a sample shop?')).toBeVisible();
    await page.getByRole('button', { name: 'Load sample shop' }).click();
    // The card goes once the host reports the folder is no longer empty.
    await expect(page.getByText('Load a sample shop?')).toHaveCount(0);

    await expect.poll(async () => (await host.readDataFile()).jobs.length).toBeGreaterThan(0);
    const onDisk = await host.readDataFile();
    expect(onDisk.technicians.length).toBeGreaterThan(0);

    const active = (onDisk.technicians as Array<{ name: string; active: boolean }>).filter((t) => t.active);
    for (const technician of active) await expect(board(page).getByText(technician.name, { exact: true })).toBeVisible();
    await expect(board(page).locator('.fc-timeline-event').first()).toBeVisible();
    await expect(queueRows(page).first()).toBeVisible();
  });

  test('after "Start empty" the offer does not come back on reload', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Start empty' }).click();
    await expect(page.getByText('Load a sample shop?')).toHaveCount(0);
    await expect.poll(async () => (await host.readDataFile()).settings.sampleOffered).toBe(true);

    await page.reload();
    await expect(board(page)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await expect(page.getByText('Load a sample shop?')).toHaveCount(0);
  });
});

test.describe('with 10,000 unassigned jobs', () => {
  test.use({
    hostOptions: {
      prepare: async (dataDir) => {
        const doc = emptyDocument('UTC');
        doc.settings.sampleOffered = true;
        doc.nextJobNumber = 20_001;
        doc.clients.push({ id: 'c1', name: 'Bulk Client', contract: makeContract({ type: 'time-and-materials', hourlyRateMinor: 9000 }), blockTopUps: [], slaTier: 'standard', environmentNotes: '' });
        const now = testNow().getTime();
        for (let i = 0; i < 10_000; i++) {
          const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();
          doc.jobs.push(
            makeJob({
              id: `job-${i}`,
              number: `J-${10_000 + i}`,
              clientId: 'c1',
              title: `Bulk job number ${i}`,
              category: 'other',
              priority: (['P1', 'P2', 'P3', 'P4'] as const)[i % 4]!,
              receivedAt: at(-60),
              // Job i is due i minutes from now, so the most urgent is J-10000 and the least J-19999.
              responseDueAt: at(i),
              resolutionDueAt: at(i + 600),
              createdAt: at(-60),
              updatedAt: at(-60),
            }),
          );
        }
        await writeFile(join(dataDir, 'dispatch.json'), JSON.stringify(doc));
      },
    },
  });

  test('renders only the visible rows, sorted by SLA risk, and filters', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(queue(page).getByText('10,000', { exact: true })).toBeVisible({ timeout: 15_000 });
    await expect(queueRows(page).first()).toContainText('J-10000');
    // Virtualised: a screenful plus overscan in the DOM, not 10,000 rows.
    expect(await queueRows(page).count()).toBeLessThan(80);

    // Scrolling to the end brings the least urgent job into view.
    await queue(page).locator('.queue-table__body').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(queueRows(page).filter({ hasText: 'J-19999' })).toBeVisible();

    await page.getByRole('searchbox', { name: 'Filter jobs' }).fill('J-15000');
    await expect(queueRows(page)).toHaveCount(1);
    await expect(queueRows(page).first()).toContainText('Bulk job number 5000');
  });
});

const CORRUPT = '{"schemaVersion":1,"jobs":[';

test.describe('with an unreadable data file', () => {
  test.use({
    hostOptions: {
      allowStderr: true,
      prepare: async (dataDir) => {
        await writeFile(join(dataDir, 'dispatch.json'), CORRUPT);
      },
    },
  });

  test('shows the recovery banner naming the kept file, which keeps its bytes', async ({ page, host }) => {
    await page.goto(host.url);
    const banner = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('It was kept as');
    await expect(banner).toContainText('The console started with an empty file.');

    const status = await host.call('data:status', {});
    if (!status.ok) throw new Error(status.error.message);
    const movedTo = status.value.recovery!.movedTo;
    await expect(banner).toContainText(movedTo);
    expect(await readFile(movedTo, 'utf8')).toBe(CORRUPT);

    // No backup to offer; the sample offer waits until the banner is dismissed.
    await expect(banner.getByRole('button', { name: /Restore newest backup/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Load sample shop' })).toHaveCount(0);
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Load sample shop' })).toBeVisible();
  });
});

test.describe('with an unreadable data file and a good backup', () => {
  test.use({
    hostOptions: {
      allowStderr: true,
      prepare: async (dataDir) => {
        await writeFile(join(dataDir, 'dispatch.json'), CORRUPT);
        const doc = emptyDocument('UTC');
        doc.settings.sampleOffered = true;
        doc.technicians.push(makeTechnician({ id: 'tech-rita', name: 'Rita Restored', skills: ['printers'], colour: '#2a9d8f', dailyCapacityHours: 8 }));
        await mkdir(join(dataDir, 'backups'));
        await writeFile(join(dataDir, 'backups', 'dispatch-2026-11-20.json'), JSON.stringify(doc));
      },
    },
  });

  test('offers the newest backup and restores it', async ({ page, host }) => {
    await page.goto(host.url);
    const banner = page.getByRole('alert').filter({ hasText: 'could not be read' });
    const restore = banner.getByRole('button', { name: 'Restore newest backup (dispatch-2026-11-20.json)' });
    await expect(restore).toBeVisible();
    await restore.click();
    await expect(banner).toHaveCount(0);
    await expect(board(page).getByText('Rita Restored', { exact: true })).toBeVisible();
  });
});
