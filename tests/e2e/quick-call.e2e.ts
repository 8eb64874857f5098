/**
 * The quick call: the phone rings, the dispatcher takes a P1 with the keyboard alone (Alt+N in a
 * browser, Ctrl+N in Electron), and the job is in the queue with its SLA due time and on disk.
 */
import type { Page } from '@playwright/test';
import { formatHm } from '../../shared/domain/zoned-time';
import { expect, test } from './fixtures';
import { testNow, testZone } from './test-clock';

test.use({ hostOptions: { sample: true } });

const dialog = (page: Page) => page.getByRole('dialog', { name: 'New job' });
const queue = (page: Page) => page.getByRole('region', { name: 'Unassigned jobs' });

test('a P1 call typed with the keyboard only lands in the queue with its due time, and on disk', async ({ page, host }) => {
  const directory = await host.call('clients:list', {});
  if (!directory.ok) throw new Error(directory.error.message);
  const client = [...directory.value.clients].sort((a, b) => a.name.localeCompare(b.name))[0]!;
  await page.goto(host.url);
  await expect(queue(page).getByRole('row').nth(1)).toBeVisible();

  // Every step below is a key press or typed text: no clicks.
  await page.keyboard.press('Alt+n');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('combobox', { name: 'Client' })).toBeFocused();
  await page.keyboard.type(client.name.slice(0, 5));
  await expect(dialog(page).getByRole('option', { name: client.name })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  // Enter took the client and moved on to "who is calling"; the usual site was filled in.
  await expect(dialog(page).getByLabel('Caller (contact)')).toBeFocused();
  await expect(dialog(page).getByLabel('Site', { exact: true })).not.toHaveValue('');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog(page).getByLabel('Problem')).toBeFocused();
  await page.keyboard.type('Main file server down, nobody can work');
  await page.keyboard.press('Tab');
  await page.keyboard.press('1');
  await expect(dialog(page).getByRole('radio', { name: /P1/ })).toHaveAttribute('aria-checked', 'true');
  await expect(dialog(page)).toContainText('P1 on');
  await page.screenshot({ path: test.info().outputPath('quick-call.png') });
  await page.keyboard.press('Control+Enter');

  await expect(dialog(page)).toHaveCount(0);
  const toast = page.getByRole('status', { name: 'Messages' });
  await expect(toast).toContainText(/J-\d+ saved \(P1\)\. Response due \d\d:\d\d/);
  const number = /J-\d+/.exec((await toast.textContent()) ?? '')![0];

  const onDisk = await host.readDataFile();
  const job = onDisk.jobs.find((j) => j.number === number)!;
  expect(job).toMatchObject({ priority: 'P1', clientId: client.id, title: 'Main file server down, nobody can work', status: 'new', assignment: null });
  expect(job.siteId).not.toBeNull();
  expect(job.responseDueAt).not.toBeNull();
  // The toast names the due time in shop time. Outside business hours (a Sunday) it is the next
  // working morning, so the countdown is in days or hours, not minutes.
  await expect(toast).toContainText(`Response due ${formatHm(new Date(job.responseDueAt!), testZone())}, in `);
  const minutesLeft = Math.ceil((Date.parse(job.responseDueAt!) - testNow().getTime()) / 60_000);
  expect(minutesLeft).toBeGreaterThan(0);
  const countdown = minutesLeft < 60 ? /^\d+ m$/ : minutesLeft < 24 * 60 ? /^\d+ h \d\d m$/ : /^\d+ d \d\d h$/;

  const row = queue(page).getByRole('row').filter({ hasText: number });
  await expect(row).toContainText('Main file server down, nobody can work');
  await expect(row).toContainText('P1');
  await expect(row).toContainText(client.name);
  // The response-due cell counts down from the SLA, never "—".
  await expect(row.getByRole('cell').filter({ hasText: countdown })).toHaveCount(1);
});

test('a category brings its usual estimate and skills; a missing problem is refused and nothing is saved', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(queue(page).getByRole('row').nth(1)).toBeVisible();
  const before = (await host.readDataFile()).jobs.length;
  await page.getByRole('button', { name: 'New job' }).click();
  await dialog(page).getByLabel('Category').selectOption('printer');
  await expect(dialog(page).getByLabel('Estimate (minutes)')).toHaveValue('45');
  await expect(dialog(page).getByLabel(/Required skills/)).toHaveValue('printers');
  await page.keyboard.press('Control+Enter');
  await expect(dialog(page)).toContainText('Pick the client who is calling.');
  await expect(dialog(page)).toContainText('Say in a few words what is wrong.');
  expect((await host.readDataFile()).jobs.length).toBe(before);
  // A typed call is not lost to one stray Escape: the first asks, the second discards.
  await dialog(page).getByLabel('Problem').fill('Half-typed call');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toContainText('Press Esc again to discard this call');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  // Escape with nothing typed closes at once.
  await page.keyboard.press('Alt+n');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
});

test('a new site added inline is created for the client and used by the job', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(queue(page).getByRole('row').nth(1)).toBeVisible();
  await page.keyboard.press('Alt+n');
  await page.keyboard.type('a');
  await page.keyboard.press('Enter');
  await dialog(page).getByLabel('Site', { exact: true }).selectOption({ label: '+ Add new site…' });
  await dialog(page).getByLabel('New site name').fill('Warehouse annex');
  await dialog(page).getByLabel('New site address').fill('7 Dock Road');
  await page.keyboard.press('Enter');
  await expect(dialog(page).getByLabel('Site', { exact: true })).toHaveValue(/.+/);
  await expect(dialog(page).getByLabel('Site', { exact: true }).locator('option:checked')).toHaveText('Warehouse annex (7 Dock Road)');
  await dialog(page).getByLabel('Problem').fill('Scanner offline');
  await page.keyboard.press('Control+Enter');
  await expect(dialog(page)).toHaveCount(0);
  const onDisk = await host.readDataFile();
  const site = onDisk.sites.find((s) => s.name === 'Warehouse annex')!;
  expect(site.address).toBe('7 Dock Road');
  expect(onDisk.jobs.find((j) => j.title === 'Scanner offline')?.siteId).toBe(site.id);
});

test('"Save and assign" saves, then hands the new job to the assign command', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(queue(page).getByRole('row').nth(1)).toBeVisible();
  await page.keyboard.press('Alt+n');
  await page.keyboard.type('a');
  await page.keyboard.press('Enter');
  await dialog(page).getByLabel('Problem').fill('Laptop will not charge');
  await page.keyboard.press('Control+Shift+Enter');
  await expect(dialog(page)).toHaveCount(0);
  const toast = page.getByRole('status', { name: 'Messages' });
  await expect(toast).toContainText(/J-\d+ saved \(P3\)/);
  const number = /J-\d+/.exec((await toast.textContent()) ?? '')![0];
  // The assign dialog opens on the job just saved.
  await expect(page.getByRole('dialog').filter({ hasText: number })).toBeVisible();
  expect((await host.readDataFile()).jobs.some((j) => j.number === number && j.title === 'Laptop will not charge')).toBe(true);
});

/**
 * A headset macro, a paste or a fast typist sends a whole call with no pause between keys: every
 * key must land in the field it was typed into, whatever React or the form does in between.
 */
test('a whole call typed with no delay between keys keeps every keystroke in its field', async ({ page, host }) => {
  const directory = await host.call('clients:list', {});
  if (!directory.ok) throw new Error(directory.error.message);
  const client = [...directory.value.clients].sort((a, b) => a.name.localeCompare(b.name))[0]!;
  const problem = 'Main file server down, nobody can work since 9';
  await page.goto(host.url);
  await expect(queue(page).getByRole('row').nth(1)).toBeVisible();
  await page.keyboard.press('Alt+n');
  await expect(dialog(page).getByRole('combobox', { name: 'Client' })).toBeFocused();
  // One burst, no waiting between keys: client, Enter, Tab past caller and site, the problem, Tab,
  // priority 1, Tab to the category. (Playwright's `type` inserts "\t" as text, so Tab is pressed.)
  await page.keyboard.type(client.name.slice(0, 5), { delay: 0 });
  for (const key of ['Enter', 'Tab', 'Tab']) await page.keyboard.press(key, { delay: 0 });
  await page.keyboard.type(problem, { delay: 0 });
  for (const key of ['Tab', '1', 'Tab']) await page.keyboard.press(key, { delay: 0 });
  await expect(dialog(page).getByLabel('Category')).toBeFocused();
  await expect(dialog(page).getByLabel('Problem')).toHaveValue(problem);
  await expect(dialog(page).getByRole('radio', { name: /P1/ })).toHaveAttribute('aria-checked', 'true');
  // The same again, key by key through a locator: the description gets every character too.
  const description = 'Users report drive Z: missing; restarted switch 2 at 09:10, no change.';
  await dialog(page).getByLabel(/Description/).pressSequentially(description, { delay: 0 });
  await expect(dialog(page).getByLabel(/Description/)).toHaveValue(description);
  await page.keyboard.press('Control+Enter');
  await expect(dialog(page)).toHaveCount(0);

  const job = (await host.readDataFile()).jobs.find((j) => j.title === problem);
  expect(job).toMatchObject({ priority: 'P1', clientId: client.id, description });
});

test('a problem shorter than three characters is refused with a clear message', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(queue(page).getByRole('row').nth(1)).toBeVisible();
  const before = (await host.readDataFile()).jobs.length;
  await page.keyboard.press('Alt+n');
  await page.keyboard.type('a\n', { delay: 0 });
  await dialog(page).getByLabel('Problem').fill('1');
  await page.keyboard.press('Control+Enter');
  await expect(dialog(page)).toContainText('Describe the problem in at least 3 characters.');
  await expect(dialog(page).getByLabel('Problem')).toBeFocused();
  expect((await host.readDataFile()).jobs.length).toBe(before);
});
