/**
 * The keyboard's way around the console and undo of the job panel's changes: `/`, Alt+Q, Alt+B
 * and `?` (never while typing), skip links, Ctrl+Z after closing the panel (screen and disk, and
 * refused when the job changed elsewhere), focus back where the panel was opened, and "Back to
 * the board" from the run sheets on the day being planned.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Host } from './fixtures';
import { addDays } from '../../renderer/src/lib/format';
import { dayOf, instantAt } from '../../shared/domain/jobs';
import { SHOP_ZONE, writeJobShop } from './job-shop';
import { testNow } from './test-clock';

test.use({ hostOptions: { prepare: writeJobShop } });

const queue = (page: Page) => page.getByRole('region', { name: 'Unassigned jobs' });
const queueList = (page: Page) => page.locator('[data-focus-fallback="queue"]');
const filter = (page: Page) => queue(page).getByRole('searchbox', { name: 'Filter jobs' });
const onDisk = async (host: Host, id: string) => (await host.readDataFile()).jobs.find((j) => j.id === id)!;

async function ready(page: Page, host: Host) {
  await page.goto(host.url);
  await expect(queue(page).getByRole('row').filter({ hasText: 'J-1001' })).toBeVisible();
}

test('/ goes to the queue filter, Alt+Q to the job list, Alt+B to the board; none fire while typing', async ({ page, host }) => {
  await ready(page, host);
  await page.keyboard.press('/');
  await expect(filter(page)).toBeFocused();
  // In the filter, "/" and "?" are characters, and Alt+B is not a jump away from the typing.
  await page.keyboard.type('a/b?', { delay: 0 });
  await expect(filter(page)).toHaveValue('a/b?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  await page.keyboard.press('Alt+b');
  await expect(filter(page)).toBeFocused();
  await filter(page).fill('');
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Alt+q');
  await expect(queueList(page)).toBeFocused();
  await page.keyboard.press('Alt+b');
  await expect(page.getByRole('region', { name: 'Dispatch board' })).toBeFocused();
});

test('? lists every command with its keys, taken from the command registry', async ({ page, host }) => {
  await ready(page, host);
  await page.keyboard.press('Alt+q');
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  const row = (label: string) => sheet.getByRole('row').filter({ has: page.getByRole('cell', { name: label, exact: true }) });
  for (const [label, keys] of [
    ['Filter the queue', '/'],
    ['Go to the queue', 'Alt+Q'],
    ['Go to the board', 'Alt+B'],
    ['Keyboard shortcuts', '?'],
    ['New job', 'Ctrl+N'],
    ['Assign…', 'A'],
    ['Open job', 'Enter'],
    ['Undo', 'Ctrl+Z'],
    ['Redo', 'Ctrl+Shift+Z'],
    ['Print run sheets', 'Ctrl+P'],
  ] as const) {
    await expect(row(label)).toContainText(keys);
  }
  // Keys pressed while the sheet is open stay in it: Escape closes it, and focus goes back.
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(queueList(page)).toBeFocused();
});

test('a skip link is the first Tab stop, visible when focused, and jumps to the queue', async ({ page, host }) => {
  await ready(page, host);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to queue' });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box && box.x >= 0 && box.y >= 0 && box.width > 20).toBe(true);
  await page.keyboard.press('Enter');
  await expect(queueList(page)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Skip to board' })).toHaveCount(1);
});

test('Ctrl+Z after closing the panel undoes its edit, then its hold; screen and disk, focus back on the queue', async ({ page, host }) => {
  await ready(page, host);
  await page.keyboard.press('Alt+q');
  await queue(page).getByRole('row').filter({ hasText: 'J-1003' }).click();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Job J-1003' });
  await expect(panel).toBeVisible();
  const original = await onDisk(host, 'job-1003');

  await panel.getByRole('button', { name: 'Put on hold…' }).click();
  await panel.getByLabel('Reason for the hold').fill('Waiting for toner delivery');
  await panel.getByLabel('Reason for the hold').press('Enter');
  await expect(panel.locator('#job-status-title')).toContainText('On hold');
  await panel.getByLabel('Title').fill('Toner low on the reception printer');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  await expect.poll(async () => (await onDisk(host, 'job-1003')).title).toBe('Toner low on the reception printer');

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(queueList(page)).toBeFocused();
  await expect(page.getByRole('button', { name: 'Undo edit of J-1003' })).toBeEnabled();

  await page.keyboard.press('Control+z');
  await expect(queue(page).getByRole('row').filter({ hasText: 'J-1003' })).toContainText(original.title);
  await expect.poll(async () => (await onDisk(host, 'job-1003')).title).toBe(original.title);
  expect((await onDisk(host, 'job-1003')).status).toBe('on-hold');

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await onDisk(host, 'job-1003')).status).toBe('new');
  expect((await onDisk(host, 'job-1003')).statusReason).toBeNull();

  // Redo puts the hold back, with its reason.
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await onDisk(host, 'job-1003')).status).toBe('on-hold');
  expect((await onDisk(host, 'job-1003')).statusReason).toBe('Waiting for toner delivery');
});

test('undo of a panel edit is refused with a message when the job changed elsewhere since', async ({ page, host }) => {
  await ready(page, host);
  await queue(page).getByRole('row').filter({ hasText: 'J-1001' }).dblclick();
  const panel = page.getByRole('dialog', { name: 'Job J-1001' });
  await panel.getByLabel('Notes').fill('Beeps three times');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  const current = await onDisk(host, 'job-1001');
  const elsewhere = await host.call('jobs:update', { id: 'job-1001', patch: { notes: 'Changed on the other screen' }, expectedRevision: current.revision });
  expect(elsewhere.ok).toBe(true);

  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status', { name: 'Messages' }).or(page.getByRole('alert')).filter({ hasText: /Undoing the edit of J-1001/ }).first()).toBeVisible();
  await expect.poll(async () => (await onDisk(host, 'job-1001')).notes).toBe('Changed on the other screen');
});

test('"Back to the board" from the run sheets returns to the day being planned, not today', async ({ page, host }) => {
  await ready(page, host);
  const today = dayOf(testNow(), SHOP_ZONE);
  const dateTitle = page.locator('.app-header__date');
  const todayTitle = await dateTitle.textContent();
  await page.getByRole('button', { name: 'Next day' }).click();
  await page.getByRole('button', { name: 'Next day' }).click();
  await expect(dateTitle).not.toHaveText(todayTitle ?? '');
  const planned = await dateTitle.textContent();
  await page.keyboard.press('Control+p');
  await expect(page).toHaveURL(new RegExp(`day=${addDays(today, 2)}`));
  await page.getByRole('button', { name: 'Back to the board' }).click();
  await expect(page.getByRole('region', { name: 'Dispatch board' })).toBeVisible();
  await expect(dateTitle).toHaveText(planned ?? '');
});

test('a panel opened from a board event gives focus back to that event, redrawn after a status step, and Ctrl+Z undoes the step', async ({ page, host }) => {
  const start = instantAt(dayOf(testNow(), SHOP_ZONE), '12:00', SHOP_ZONE);
  const booked = await host.call('schedule:assign', { jobId: 'job-1002', technicianId: 'tech-alex', start: start.toISOString() });
  expect(booked.ok).toBe(true);
  await ready(page, host);
  const event = page.getByRole('region', { name: 'Dispatch board' }).locator('.fc-event[data-job-id="job-1002"]');
  await event.locator('.job-event__body').click();
  const panel = page.getByRole('dialog', { name: 'Job J-1002' });
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Mark dispatched' }).click();
  await expect.poll(async () => (await onDisk(host, 'job-1002')).status).toBe('dispatched');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(event).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await onDisk(host, 'job-1002')).status).toBe('scheduled');
});
