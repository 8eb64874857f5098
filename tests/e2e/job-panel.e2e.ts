/**
 * The job panel against the headless host: edits reach the disk, status steps
 * follow the shared rules, holds keep their reason, a refused edit changes nothing, and changes
 * made elsewhere show up while the panel is open without losing what the dispatcher typed.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Host } from './fixtures';
import { dayOf, instantAt } from '../../shared/domain/jobs';
import { SHOP_ZONE, writeJobShop } from './job-shop';
import { testNow } from './test-clock';

test.use({ hostOptions: { prepare: writeJobShop } });

const queue = (page: Page) => page.getByRole('region', { name: 'Unassigned jobs' });
const queueRow = (page: Page, number: string) => queue(page).getByRole('row').filter({ hasText: number });

async function openFromQueue(page: Page, number: string) {
  await queueRow(page, number).dblclick();
  const panel = page.getByRole('dialog', { name: `Job ${number}` });
  await expect(panel).toBeVisible();
  return panel;
}

async function onDisk(host: Host, id: string) {
  return (await host.readDataFile()).jobs.find((j) => j.id === id)!;
}

test('shows who to call and where to go, with site and contact limited to the client', async ({ page, host }) => {
  await page.goto(host.url);
  const panel = await openFromQueue(page, 'J-1001');
  await expect(panel.getByRole('link', { name: '01632 960102' })).toHaveAttribute('href', 'tel:01632960102');
  await expect(panel.getByRole('link', { name: 'megan@harbour.example' })).toHaveAttribute('href', 'mailto:megan@harbour.example');
  await expect(panel.getByText('14 Quay Street, Bristol')).toBeVisible();
  await expect(panel.getByText('Key at reception; alarm code from Megan')).toBeVisible();
  const sites = await panel.getByLabel('Site').locator('option').allTextContents();
  expect(sites).toEqual(['No site', 'North clinic', 'Quay Street surgery']);
  const contacts = await panel.getByLabel('Contact', { exact: true }).locator('option').allTextContents();
  expect(contacts).toEqual(['No contact', 'Megan Doyle']);
});

test('editing the title saves it to disk and shows it everywhere', async ({ page, host }) => {
  await page.goto(host.url);
  const panel = await openFromQueue(page, 'J-1001');
  await panel.getByLabel('Title').fill('Reception PC stuck at BIOS screen');
  await panel.getByLabel('Notes').fill('Customer says it beeps three times.');
  await panel.getByRole('button', { name: 'Save changes' }).click();

  await expect(panel.locator('.job-panel__subtitle')).toContainText('Reception PC stuck at BIOS screen');
  await expect(panel.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  await expect(panel.locator('.job-history__line').first()).toContainText('Changed title, notes');
  await expect(queueRow(page, 'J-1001')).toContainText('Reception PC stuck at BIOS screen');
  await expect.poll(async () => (await onDisk(host, 'job-1001')).title).toBe('Reception PC stuck at BIOS screen');
  expect((await onDisk(host, 'job-1001')).notes).toBe('Customer says it beeps three times.');
});

test('an invalid edit shows the field error and changes nothing on disk', async ({ page, host }) => {
  await page.goto(host.url);
  const before = await onDisk(host, 'job-1001');
  const panel = await openFromQueue(page, 'J-1001');

  await panel.getByLabel('Title').fill('   ');
  await panel.getByLabel('Title').press('Enter');
  await expect(panel.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.locator('#job-title-error')).toHaveText('required');
  await expect(panel.getByRole('alert')).toContainText('Not saved: fix the marked fields.');

  await panel.getByLabel('Title').fill('Reception PC will not boot');
  await panel.getByLabel('Estimate (minutes)').fill('an hour');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel.locator('#job-estimateMinutes-error')).toHaveText('enter whole minutes, e.g. 90');

  await panel.getByLabel('Estimate (minutes)').fill('2000');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel.locator('#job-estimateMinutes-error')).toHaveText('at most 24 hours');

  const after = await onDisk(host, 'job-1001');
  expect(after).toEqual(before);
});

test('walks a job from scheduled to done, with every step in the history', async ({ page, host }) => {
  await page.goto(host.url);
  const panel = await openFromQueue(page, 'J-1002');
  // Not scheduled yet: dispatching is not offered as possible.
  await expect(panel.getByRole('button', { name: 'Put on hold…' })).toBeEnabled();
  await panel.getByRole('button', { name: 'Assign…' }).click();
  const assign = page.getByRole('dialog', { name: 'Assign J-1002' });
  await expect(assign.getByRole('radio').first()).toBeChecked();
  await assign.getByRole('button', { name: 'Assign to Alex Chen' }).click();
  await expect(assign).toHaveCount(0);

  const status = panel.locator('#job-status-title');
  await expect(status).toContainText('Scheduled');
  for (const [button, word] of [
    ['Mark dispatched', 'Dispatched'],
    ['Mark en route', 'En route'],
    ['Mark on site', 'On site'],
    ['Mark done', 'Done'],
  ] as const) {
    await panel.getByRole('button', { name: button }).click();
    await expect(status).toContainText(word);
  }
  await expect(panel.getByText('Done is final. Open a new job for follow-up work.')).toBeVisible();
  await expect(panel.getByRole('group', { name: 'Change status' })).toHaveCount(0);

  const lines = await panel.locator('.job-history__what').allTextContents();
  expect(lines.slice(0, 5)).toEqual([
    'on site → done',
    'en route → on site',
    'dispatched → en route',
    'scheduled → dispatched',
    expect.stringMatching(/^Assigned to Alex Chen /),
  ]);
  await expect.poll(async () => (await onDisk(host, 'job-1002')).status).toBe('done');
  const saved = await onDisk(host, 'job-1002');
  expect(saved.history.map((h) => h.action)).toEqual(['created', 'assigned', 'status', 'status', 'status', 'status']);
});

test('puts a job on hold with a reason, and resumes it', async ({ page, host }) => {
  await page.goto(host.url);
  const panel = await openFromQueue(page, 'J-1003');
  await panel.getByRole('button', { name: 'Put on hold…' }).click();
  // No reason: refused on the spot, nothing sent.
  await panel.getByRole('button', { name: 'Put on hold', exact: true }).click();
  await expect(panel.getByRole('alert')).toContainText('Give a reason for the hold');
  await panel.getByLabel('Reason for the hold').fill('Waiting for toner delivery');
  await panel.getByLabel('Reason for the hold').press('Enter');

  await expect(panel.locator('#job-status-title')).toContainText('On hold');
  await expect(panel.getByText('On hold because:')).toContainText('Waiting for toner delivery');
  await expect(panel.locator('.job-history__what').first()).toHaveText('new → on hold: Waiting for toner delivery');
  await expect(panel.locator('.job-history__who').first()).toHaveText('dispatcher');
  await expect.poll(async () => (await onDisk(host, 'job-1003')).statusReason).toBe('Waiting for toner delivery');
  expect((await onDisk(host, 'job-1003')).status).toBe('on-hold');

  await panel.getByRole('button', { name: 'Resume to queue' }).click();
  await expect(panel.locator('#job-status-title')).toContainText('New');
  await expect.poll(async () => (await onDisk(host, 'job-1003')).status).toBe('new');
});

test('a change made elsewhere shows up and keeps unsaved edits', async ({ page, host }) => {
  await page.goto(host.url);
  const panel = await openFromQueue(page, 'J-1001');
  await panel.getByLabel('Notes').fill('Half-typed note');

  const other = await host.call('jobs:update', { id: 'job-1001', patch: { title: 'Renamed on the second screen', priority: 'P2' } });
  expect(other.ok).toBe(true);

  await expect(panel.getByLabel('Title')).toHaveValue('Renamed on the second screen');
  await expect(panel.getByLabel('Priority')).toHaveValue('P2');
  await expect(panel.getByLabel('Notes')).toHaveValue('Half-typed note');
  await expect(panel.getByRole('status').filter({ hasText: 'changed on another screen' })).toContainText(
    'J-1001 was changed on another screen (title and priority). Your unsaved changes to the notes are kept.',
  );
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(async () => (await onDisk(host, 'job-1001')).notes).toBe('Half-typed note');
  expect((await onDisk(host, 'job-1001')).title).toBe('Renamed on the second screen');
});

/**
 * Hold back the pushed job deltas from `hold()` on, as when a save is clicked before the news of
 * another window's change has arrived (or while the event socket is down): the panel keeps the
 * version it opened until it asks the host itself or `release()` delivers the news. Install before
 * the page opens its event socket.
 */
async function holdJobNews(page: Page) {
  let holding = false;
  const waiting: Array<() => void> = [];
  await page.routeWebSocket(/\/api\/events/, (ws) => {
    const server = ws.connectToServer();
    server.onMessage((message) => {
      if (holding && String(message).includes('"jobs:changed"')) waiting.push(() => ws.send(message));
      else ws.send(message);
    });
    ws.onMessage((message) => server.send(message));
  });
  return {
    hold: () => (holding = true),
    held: () => waiting.length,
    release() {
      holding = false;
      for (const send of waiting.splice(0)) send();
    },
  };
}

test('a save from a stale panel is refused, says what changed, and does not overwrite the other change', async ({ page, host }) => {
  const news = await holdJobNews(page);
  await page.goto(host.url);
  const panel = await openFromQueue(page, 'J-1001');
  await expect(panel.getByLabel('Title')).toHaveValue('Reception PC will not boot');

  news.hold();
  // Another window puts the job on hold.
  const other = await host.call('jobs:status', { id: 'job-1001', status: 'on-hold', reason: 'Waiting for the customer' });
  expect(other.ok).toBe(true);
  await expect.poll(news.held).toBeGreaterThan(0);
  await expect(panel.locator('#job-status-title')).toContainText('New');

  await panel.getByLabel('Notes').fill('Bring a spare PSU');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel.getByRole('alert')).toContainText(
    'Saving J-1001 failed: J-1001 was changed since you last saw it (status new → on hold: Waiting for the customer, by dispatcher at',
  );
  await expect(panel.getByRole('alert')).toContainText('Reload to see the current job.');
  // The other change is on disk, the stale edit is not.
  const stored = await onDisk(host, 'job-1001');
  expect(stored).toMatchObject({ status: 'on-hold', statusReason: 'Waiting for the customer', notes: '', revision: 2 });

  // The refusal fetched the job again: the panel shows it, edits kept.
  news.release();
  await expect(panel.locator('#job-status-title')).toContainText('On hold');
  await expect(panel.getByLabel('Notes')).toHaveValue('Bring a spare PSU');
  // Saving again, now knowingly over the current version, goes through.
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(async () => (await onDisk(host, 'job-1001')).notes).toBe('Bring a spare PSU');
  expect(await onDisk(host, 'job-1001')).toMatchObject({ status: 'on-hold', revision: 3 });
});

test('a status change from a stale panel is refused and names the change made elsewhere', async ({ page, host }) => {
  const news = await holdJobNews(page);
  await page.goto(host.url);
  const panel = await openFromQueue(page, 'J-1003');
  await expect(panel.getByLabel('Priority')).toHaveValue('P3');
  news.hold();
  const other = await host.call('jobs:update', { id: 'job-1003', patch: { priority: 'P1' } });
  expect(other.ok).toBe(true);
  await expect.poll(news.held).toBeGreaterThan(0);

  await panel.getByRole('button', { name: 'Put on hold…' }).click();
  await panel.getByLabel('Reason for the hold').fill('Waiting for toner delivery');
  await panel.getByLabel('Reason for the hold').press('Enter');
  await expect(panel.getByRole('alert')).toContainText('J-1003 was changed since you last saw it (Priority P3 → P1, by dispatcher at');
  expect(await onDisk(host, 'job-1003')).toMatchObject({ status: 'new', priority: 'P1', revision: 2 });

  news.release();
  await expect(panel.getByLabel('Priority')).toHaveValue('P1');
  await expect(panel.locator('#job-status-title')).toContainText('New');
});

test('shows the running SLA clock, and Escape asks before dropping unsaved edits', async ({ page, host }) => {
  const created = await host.call('jobs:create', {
    clientId: 'c-harbour',
    title: 'Server room too hot',
    category: 'hardware',
    priority: 'P1',
    estimateMinutes: 30,
  });
  if (!created.ok) throw new Error(created.error.message);
  await page.goto(host.url);
  const panel = await openFromQueue(page, created.value.number);
  await expect(panel.locator('.job-facts').filter({ hasText: 'Response' }).locator('.sla').first()).toHaveText(/\d+ [hm]/);

  await panel.getByLabel('Description').fill('Aircon unit failed');
  await page.keyboard.press('Escape');
  const confirm = panel.getByRole('alertdialog');
  await expect(confirm).toContainText('Discard your unsaved changes to the description?');
  await expect(confirm.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  expect((await onDisk(host, created.value.id)).description).toBe('');
});

test("a click on a board event opens the same panel (the board's open-job command)", async ({ page, host }) => {
  // 12:00 shop time today: on the visible day whatever the time now (a past start is only a warning).
  const start = instantAt(dayOf(testNow(), SHOP_ZONE), '12:00', SHOP_ZONE);
  const booked = await host.call('schedule:assign', { jobId: 'job-1002', technicianId: 'tech-alex', start: start.toISOString() });
  expect(booked.ok).toBe(true);
  await page.goto(host.url);
  await page.getByRole('region', { name: 'Dispatch board' }).locator('.job-event__body', { hasText: 'J-1002' }).click();
  const panel = page.getByRole('dialog', { name: 'Job J-1002' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('Alex Chen', { exact: true })).toBeVisible();
  await panel.getByRole('button', { name: 'Unassign' }).click();
  await expect(panel.getByText('Not scheduled: waiting in the queue.')).toBeVisible();
  await expect.poll(async () => (await onDisk(host, 'job-1002')).assignment).toBeNull();
});
