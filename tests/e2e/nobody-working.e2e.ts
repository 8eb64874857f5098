/**
 * The board on a day nobody works: a shop whose technicians work Monday to Friday, opened on a
 * Sunday, says why the board is empty and jumps to Monday in one click. The sample shop, opened on
 * the same Sunday, has its weekend crew on the board instead.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { instantAt } from '../../shared/domain/jobs';
import { emptyDocument } from '../../shared/schemas/document';
import { makeJob, makeTechnician, makeContract } from '../support/factories';
import { expect, test } from './fixtures';
import type { TestClock } from './test-clock';

const SUNDAY = '2026-12-06';
const MONDAY = '2026-12-07';
const ZONE = 'Europe/London';
test.use({ now: `${SUNDAY}T10:00:00Z`, timeZone: ZONE });

const board = (page: Page) => page.getByRole('region', { name: 'Dispatch board' });
const notice = (page: Page) => page.getByRole('status', { name: 'Nobody working' });

async function writeWeekdayShop(dataDir: string, clock: TestClock): Promise<void> {
  const doc = emptyDocument(clock.timeZone);
  doc.settings.sampleOffered = true;
  const weekdays = [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }];
  doc.technicians = ['Ana Silva', 'Ben Okoro'].map((name, i) =>
    makeTechnician({ id: `tech-${i}`, name, skills: [], zone: 'North', colour: '#1f5f9e', workingHours: weekdays, dailyCapacityHours: 8 }),
  );
  doc.clients = [{ id: 'c-1', name: 'Harbour Dental', contract: makeContract({ type: 'time-and-materials', hourlyRateMinor: 9000 }), blockTopUps: [], slaTier: 'standard', environmentNotes: '' }];
  const received = new Date(clock.now().getTime() - 3600_000).toISOString();
  doc.jobs = [
    makeJob({
      id: 'job-1001', number: 'J-1001', clientId: 'c-1', title: 'Monday visit', category: 'other', status: 'scheduled', receivedAt: received,
      assignment: { technicianId: 'tech-0', start: instantAt(MONDAY, '09:00', ZONE).toISOString(), end: instantAt(MONDAY, '10:00', ZONE).toISOString() },
      createdAt: received, updatedAt: received,
    }),
  ];
  doc.nextJobNumber = 1002;
  await writeFile(join(dataDir, 'dispatch.json'), JSON.stringify(doc));
}

test.describe('a weekday shop on a Sunday', () => {
  test.use({ hostOptions: { prepare: writeWeekdayShop } });

  test('says nobody works today and goes to Monday in one click', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(page.locator('.app-header__date')).toHaveText('Sunday 6 December 2026');
    await expect(notice(page)).toContainText('Nobody is scheduled to work on Sunday 6 December.');
    await page.screenshot({ path: test.info().outputPath('nobody-working.png') });
    await notice(page).getByRole('button', { name: 'Go to Monday 7 December' }).click();
    await expect(page.locator('.app-header__date')).toHaveText('Monday 7 December 2026');
    await expect(notice(page)).toHaveCount(0);
    await expect(board(page).locator('.fc-event[data-job-id="job-1001"]')).toBeVisible();
    // Back to today: the notice returns (it follows the shown day, not a one-off message).
    await page.getByRole('button', { name: 'Today' }).click();
    await expect(notice(page)).toBeVisible();
    expect(host.output()).toContain('WARNING: the clock is pinned');
  });
});

test.describe('the sample shop on a Sunday', () => {
  test.use({ hostOptions: { sample: true } });

  test('has its weekend crew on the board today and no notice', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(page.locator('.app-header__date')).toHaveText('Sunday 6 December 2026');
    await expect(board(page).locator('.fc-event.job-event').first()).toBeVisible();
    expect(await board(page).locator('.fc-event.job-event').count()).toBeGreaterThanOrEqual(3);
    await expect(notice(page)).toHaveCount(0);
    const onDisk = await host.readDataFile();
    expect(onDisk.jobs.filter((j) => j.assignment?.start.startsWith(SUNDAY)).length).toBeGreaterThanOrEqual(3);
  });
});
