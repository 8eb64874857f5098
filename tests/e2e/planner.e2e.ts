/**
 * Plan the queue end to end: the plan previewed as ghosts and a side summary, one job accepted on
 * its own and the rest together, Ctrl+Z undoing the accepted batch as one step (screen and disk),
 * and a change made elsewhere between plan and accept refused with CONFLICT and the plan made again.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Host } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { board, queueRow } from './board-helpers';
import { writeJobShop } from './job-shop';

test.use({ hostOptions: { prepare: writeJobShop } });

const panel = (page: Page) => page.getByRole('complementary', { name: 'Proposed plan' });
const ghost = (page: Page, number: string) => board(page).getByRole('button', { name: new RegExp(`^${number} proposed, not saved yet: `) });
const onDisk = async (host: Host, id: string) => (await host.readDataFile()).jobs.find((j) => j.id === id)!;

async function planTheQueue(page: Page, host: Host) {
  await page.goto(host.url);
  await expect(queueRow(page, 'J-1003')).toBeVisible();
  await page.getByRole('button', { name: 'Plan the queue' }).click();
  await expect(panel(page).getByRole('button', { name: 'Accept all (3)' })).toBeVisible();
}

test('plan, preview as ghosts, accept one job then the rest; Ctrl+Z undoes the accepted batch together', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await planTheQueue(page, host);
  // The summary and each booking's reasons, in words.
  await expect(panel(page).getByText('Jobs placed')).toBeVisible();
  await expect(panel(page).getByRole('list', { name: 'Why J-1001 here' }).getByRole('listitem').first()).toBeVisible();
  // Ghosts are on the board, named as proposals; nothing is booked yet.
  await expect(ghost(page, 'J-1001')).toBeVisible();
  await expect(board(page).locator('.fc-event.plan-ghost')).toHaveCount(3);
  expect((await onDisk(host, 'job-1001')).assignment).toBeNull();
  // The plan's own parts: the side panel and the ghosts on the board.
  await expectNoSeriousA11yViolations(page, 'planner panel and ghosts', [], ['.plan-panel', '.fc-event.plan-ghost']);

  // Accept one job on its own.
  await panel(page).getByRole('button', { name: 'Accept J-1003' }).click();
  await expect(panel(page).getByRole('button', { name: 'Accept all (2)' })).toBeVisible();
  await expect.poll(async () => (await onDisk(host, 'job-1003')).status).toBe('scheduled');
  await expect(board(page).locator('.fc-event[data-job-id="job-1003"]')).toBeVisible();

  // Then the rest together: one batch.
  await panel(page).getByRole('button', { name: 'Accept all (2)' }).click();
  await expect(page.getByText('Booked 2 jobs from the plan.', { exact: false })).toBeVisible();
  await expect(panel(page)).toHaveCount(0);
  await expect(board(page).locator('.fc-event.plan-ghost')).toHaveCount(0);
  await expect.poll(async () => (await onDisk(host, 'job-1001')).status).toBe('scheduled');
  const history = (await onDisk(host, 'job-1001')).history.at(-1)!;
  expect(history.detail).toMatch(/^From the plan: Assigned to /);

  // Ctrl+Z: both jobs of the batch go back to the queue; the job accepted on its own stays.
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Undid the accepted plan of 2 jobs.')).toBeVisible();
  await expect(queueRow(page, 'J-1001')).toBeVisible();
  await expect(queueRow(page, 'J-1002')).toBeVisible();
  const after = await host.readDataFile();
  expect(after.jobs.filter((j) => j.id !== 'job-1003').map((j) => [j.number, j.status, j.assignment])).toEqual([
    ['J-1001', 'new', null],
    ['J-1002', 'new', null],
  ]);
  expect(after.jobs.find((j) => j.id === 'job-1003')?.status).toBe('scheduled');
});

test('a job changed elsewhere between plan and accept: CONFLICT, nothing booked, the plan is made again', async ({ page, host }) => {
  await planTheQueue(page, host);
  const changed = await host.call('jobs:update', { id: 'job-1002', patch: { title: 'Switch dropping packets (changed at another desk)' } });
  expect(changed.ok).toBe(true);
  await panel(page).getByRole('button', { name: 'Accept all (3)' }).click();
  await expect(panel(page).getByRole('alert')).toContainText('changed since it was made (J-1002)');
  // Recomputed from the data as it is now; accepting it works.
  await expect(panel(page).getByRole('button', { name: 'Accept all (3)' })).toBeEnabled();
  expect((await host.readDataFile()).jobs.every((j) => j.assignment === null)).toBe(true);
  await panel(page).getByRole('button', { name: 'Accept all (3)' }).click();
  await expect.poll(async () => (await host.readDataFile()).jobs.filter((j) => j.status === 'scheduled').length).toBe(3);
});

test('at 1024 px the header keeps the date navigation and the plan button in view', async ({ page, host }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(host.url);
  await expect(queueRow(page, 'J-1001')).toBeVisible();
  for (const name of ['Today', 'Previous day', 'Next day', 'Plan the queue']) {
    const box = await page.getByRole('button', { name, exact: true }).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 1024, `${name} is in view`).toBe(true);
  }
  await page.keyboard.press('Shift+P');
  await expect(panel(page).getByRole('button', { name: 'Accept all (3)' })).toBeVisible();
  // The keyboard lands in the panel; Discard takes the ghosts away and writes nothing.
  await expect(panel(page).getByRole('heading', { name: 'Proposed plan' })).toBeFocused();
  await panel(page).getByRole('button', { name: 'Discard' }).click();
  await expect(board(page).locator('.fc-event.plan-ghost')).toHaveCount(0);
  expect((await host.readDataFile()).jobs.every((j) => j.assignment === null)).toBe(true);
});
