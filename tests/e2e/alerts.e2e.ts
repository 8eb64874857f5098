/**
 * Urgent alerts in the browser view: a P1 arriving through the intake API while the console is
 * open raises the banner and the title count; Acknowledge quiets it for good (on disk, after a
 * reload) but keeps a counter and the title count; Snooze hides it until the snooze ends.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Host } from './fixtures';
import { testNow } from './test-clock';

const banner = (page: Page) => page.getByRole('alert', { name: /urgent jobs? needs? a technician/ });

/** The intake URL and token the host printed at start (the headless host always serves intake). */
function intakeOf(host: Host): { url: string; token: string } {
  const m = /Intake API: POST (\S+) \(token ([^)\s]+)\)/.exec(host.output());
  if (!m) throw new Error(`The host did not print its intake API:\n${host.output()}`);
  return { url: m[1]!, token: m[2]! };
}

/** A client to call about, then the page open on the empty shop. */
async function openWithClient(page: Page, host: Host): Promise<string> {
  const client = await host.call('clients:create', { name: 'Harbour Dental Practice', contract: { type: 'managed', hourlyRateMinor: 9500 }, slaTier: 'standard' });
  if (!client.ok) throw new Error(client.error.message);
  await page.goto(host.url);
  await expect(page.getByRole('region', { name: 'Unassigned jobs' })).toBeVisible();
  return client.value.name;
}

/** Post a P1 through `POST /api/v1/jobs`, as a monitoring system would; returns its number and id. */
async function postP1(host: Host, client: string, title: string): Promise<{ id: string; number: string }> {
  const intake = intakeOf(host);
  const response = await fetch(intake.url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${intake.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ client, title, priority: 'P1', category: 'network' }),
  });
  const body = (await response.json()) as { ok: boolean; job?: { id: string; number: string }; error?: { message: string } };
  if (!body.ok || !body.job) throw new Error(`Intake refused the job: ${JSON.stringify(body)}`);
  return body.job;
}

test('a P1 arriving while the page is open raises the banner; Acknowledge quiets it for good, leaving a counter', async ({ page, host }) => {
  const client = await openWithClient(page, host);
  await expect(banner(page)).toHaveCount(0);
  await expect(page).toHaveTitle('Dispatch Console');

  const job = await postP1(host, client, 'Whole office offline');
  await expect(banner(page)).toBeVisible();
  await expect(banner(page)).toContainText('1 urgent job needs a technician');
  await expect(banner(page)).toContainText(job.number);
  await expect(banner(page)).toContainText('Whole office offline');
  await expect(banner(page)).toContainText('New P1, no technician yet');
  await expect(page).toHaveTitle('(1) Dispatch Console');
  await page.screenshot({ path: test.info().outputPath('alert-banner.png') });

  await banner(page).getByRole('button', { name: 'Acknowledge' }).click();
  await expect(banner(page)).toHaveCount(0);
  // Acknowledged is not assigned: a quiet counter and the title count stay.
  await expect(page.getByRole('status', { name: '1 urgent unassigned, acknowledged' })).toBeVisible();
  await expect(page).toHaveTitle('(1) Dispatch Console');
  const onDisk = await host.readDataFile();
  expect(onDisk.alertState.acknowledged).toEqual([expect.objectContaining({ jobId: job.id, reason: 'new-p1' })]);

  await page.reload();
  await expect(page.getByRole('region', { name: 'Unassigned jobs' })).toContainText(job.number);
  await expect(banner(page)).toHaveCount(0);
  await expect(page.getByRole('status', { name: '1 urgent unassigned, acknowledged' })).toBeVisible();
  await expect(page).toHaveTitle('(1) Dispatch Console');
});

test('a burst is one banner listing every job; Snooze hides it and says until when', async ({ page, host }) => {
  const client = await openWithClient(page, host);
  const first = await postP1(host, client, 'Server room overheating');
  const second = await postP1(host, client, 'Firewall down');
  await expect(banner(page)).toContainText('2 urgent jobs need a technician');
  await expect(banner(page)).toContainText('and 1 more');
  await banner(page).getByRole('button', { name: 'List all 2' }).click();
  await expect(banner(page)).toContainText(first.number);
  await expect(banner(page)).toContainText(second.number);
  await expect(page).toHaveTitle('(2) Dispatch Console');

  await banner(page).getByRole('button', { name: 'Snooze 15 min' }).click();
  await expect(banner(page)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Urgent alerts snoozed until' })).toContainText('(2 waiting)');
  await page.screenshot({ path: test.info().outputPath('alert-snoozed.png') });
  const onDisk = await host.readDataFile();
  expect(Date.parse(onDisk.alertState.snoozedUntil!)).toBeGreaterThan(testNow().getTime() + 14 * 60_000);

  // The snooze is the host's, so it holds after a reload; "Resume alerts" ends it.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Urgent alerts snoozed until' })).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Resume alerts' }).click();
  await expect(banner(page)).toContainText('2 urgent jobs need a technician');
});

test('acknowledging one job of several keeps the others listed', async ({ page, host }) => {
  const client = await openWithClient(page, host);
  const first = await postP1(host, client, 'Printer on fire');
  const second = await postP1(host, client, 'Phones dead');
  await expect(banner(page)).toContainText('2 urgent jobs need a technician');
  await banner(page).getByRole('button', { name: 'List all 2' }).click();
  await banner(page).getByRole('button', { name: `Acknowledge ${first.number}` }).click();
  await expect(banner(page)).toContainText('1 urgent job needs a technician');
  await expect(banner(page)).not.toContainText(first.number);
  await expect(banner(page)).toContainText(second.number);
  await expect(banner(page)).toContainText('1 acknowledged, still unassigned');
  await expect(page).toHaveTitle('(2) Dispatch Console');

  // A job in the banner opens like anywhere else (the named command open-job).
  await banner(page).getByRole('button', { name: new RegExp(`^P1 ${second.number}`) }).click();
  await expect(page.getByRole('dialog').filter({ hasText: second.number })).toBeVisible();
});

test('alert settings are saved from the settings dialog', async ({ page, host }) => {
  await openWithClient(page, host);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: 'Alerts' }).click();
  await page.getByLabel('Repeat every (minutes)').fill('10');
  await page.getByLabel(/Quiet hours: only P1/).check();
  await page.getByLabel('Quiet hours start').fill('21:30');
  await page.getByLabel('Quiet hours end').fill('06:45');
  await page.getByLabel('Play a sound with alerts').uncheck();
  await page.screenshot({ path: test.info().outputPath('alert-settings.png') });
  await page.getByRole('button', { name: 'Save alert settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved. Alerts follow the new settings' })).toBeVisible();
  const onDisk = await host.readDataFile();
  expect(onDisk.settings.alerts).toEqual({ repeatMinutes: 10, quietHours: { start: '21:30', end: '06:45' }, sound: false });

  // A bad value is refused in words, and nothing is written.
  await page.getByLabel('Repeat every (minutes)').fill('0');
  await page.getByRole('button', { name: 'Save alert settings' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved: Repeat every 1 to 240 whole minutes.' })).toBeVisible();
  expect((await host.readDataFile()).settings.alerts.repeatMinutes).toBe(10);
});
