/**
 * Messages to customers, end to end: the shop sets up its SMTP server in Settings (with "Send
 * test"), books a job and sends the booking confirmation from the job panel through the headless
 * host to a real SMTP server started here; the message that arrived and the history on disk are
 * checked, and the password is nowhere but the host's 0600 secret file.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startSmtpInbox } from '../support/smtp-inbox';
import type { SmtpInbox } from '../support/smtp-inbox';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, test } from './fixtures';
import { writeJobShop } from './job-shop';

test.use({ hostOptions: { prepare: writeJobShop } });

const PASSWORD = 'Sm7p-pass-for-the-test';

let inbox: SmtpInbox;
test.beforeEach(async () => {
  inbox = await startSmtpInbox({ users: { desk: PASSWORD } });
});
test.afterEach(async () => {
  await inbox.close();
});

async function setUpSmtp(page: Page, port: number, screenshot: string) {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('tab', { name: 'Messages' }).click();
  await dialog.getByLabel('SMTP server').fill('127.0.0.1');
  await dialog.getByLabel('Port', { exact: true }).fill(String(port));
  await dialog.getByLabel('Encryption', { exact: true }).selectOption('none');
  await dialog.getByLabel('User name').fill('desk');
  await dialog.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await dialog.getByLabel('Sender address').fill('desk@fixit.example');
  await dialog.getByLabel('Sender name (your shop)').fill('FixIt IT Services');
  await dialog.getByRole('button', { name: 'Save e-mail settings' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(dialog.getByLabel('Password', { exact: true })).toHaveAttribute('placeholder', 'Stored: type to replace');
  await expect(dialog.getByLabel('Password', { exact: true })).toHaveValue('');

  await dialog.getByLabel('Send a test to').fill('owner@fixit.example');
  await dialog.getByRole('button', { name: 'Send test' }).click();
  await expect(dialog.getByText('Test message sent to owner@fixit.example')).toBeVisible();
  const [test] = await inbox.waitFor(1);
  expect(test).toMatchObject({ to: ['owner@fixit.example'], user: 'desk', subject: 'Test message from FixIt IT Services' });

  // The template editor previews an edit live and names a field it does not know.
  await dialog.getByLabel('Template').selectOption('running-late');
  await dialog.getByLabel('Subject', { exact: true }).fill('Late: {{newArrivalTime}} {{tecnician}}');
  await expect(dialog.getByTestId('template-preview')).toContainText('Subject: Late: 11:30 {{tecnician}}');
  await expect(dialog.getByRole('alert')).toContainText('Unknown field: {{tecnician}}');
  await expect(dialog.getByRole('button', { name: 'Save template' })).toBeDisabled();
  await expectNoSeriousA11yViolations(page, 'settings → messages');
  await page.screenshot({ path: screenshot, fullPage: true });
  await dialog.getByRole('button', { name: 'Close' }).click();
}

test('send a booking confirmation from the job panel: it arrives, and the history on disk says so', async ({ page, host }, testInfo) => {
  await page.goto(host.url);
  await setUpSmtp(page, inbox.port, testInfo.outputPath('settings-messages.png'));

  // Book J-1001 from the queue, then confirm it to the customer.
  await page.getByRole('region', { name: 'Unassigned jobs' }).getByRole('row').filter({ hasText: 'J-1001' }).dblclick();
  const panel = page.getByRole('dialog', { name: 'Job J-1001' });
  await panel.getByRole('button', { name: 'Assign…' }).click();
  const assign = page.getByRole('dialog', { name: 'Assign J-1001' });
  await assign.getByRole('button', { name: /^Assign to / }).click();
  await expect(assign).toHaveCount(0);
  await expect(panel.locator('#job-status-title')).toContainText('Scheduled');

  await panel.getByRole('button', { name: 'Message customer…' }).click();
  const message = page.getByRole('dialog', { name: 'Message to customer · J-1001' });
  await expect(message.getByLabel('Message', { exact: true })).toHaveValue('booking-confirmation');
  await expect(message.getByLabel('To', { exact: true })).toHaveValue('megan@harbour.example');
  await expect(message.getByLabel('Subject', { exact: true })).toHaveValue(/^Visit booked for Wednesday 9 December 2026: J-1001$/);
  await expect(message.getByLabel('Text', { exact: true })).toHaveValue(/Where: Quay Street surgery, 14 Quay Street, Bristol/);
  await expectNoSeriousA11yViolations(page, 'message dialog');
  await message.getByRole('button', { name: 'Send e-mail' }).click();
  await expect(page.getByText('Booking confirmation for J-1001 sent to megan@harbour.example.')).toBeVisible();
  await expect(message).toHaveCount(0);
  await expect(panel.locator('.job-messages__last')).toContainText('Booking confirmation e-mailed to megan@harbour.example');

  const mails = await inbox.waitFor(2);
  const confirmation = mails[1]!;
  expect(confirmation).toMatchObject({ from: 'desk@fixit.example', to: ['megan@harbour.example'], user: 'desk' });
  expect(confirmation.subject).toBe('Visit booked for Wednesday 9 December 2026: J-1001');
  expect(confirmation.text).toContain('Hello Megan Doyle,');
  expect(confirmation.text).toMatch(/When: Wednesday 9 December 2026, arriving between \d\d:\d\d and \d\d:\d\d/);
  expect(confirmation.text).toContain('Where: Quay Street surgery, 14 Quay Street, Bristol');

  await expect.poll(async () => (await host.readDataFile()).jobs.find((j) => j.id === 'job-1001')?.history.at(-1)?.action).toBe('message-sent');
  const entry = (await host.readDataFile()).jobs.find((j) => j.id === 'job-1001')!.history.at(-1)!;
  expect(entry).toMatchObject({ by: 'dispatcher', detail: 'Booking confirmation e-mailed to megan@harbour.example: "Visit booked for Wednesday 9 December 2026: J-1001"' });

  // The password: only in the host's secret file (0600), in no other file of the data folder.
  const secretFile = join(host.dataDir, 'secrets', 'smtp-password');
  expect(await readFile(secretFile, 'utf8')).toBe(PASSWORD);
  expect((await stat(secretFile)).mode & 0o777).toBe(0o600);
  for (const entry of await readdir(host.dataDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.parentPath.endsWith('secrets')) continue;
    expect(await readFile(join(entry.parentPath, entry.name), 'utf8'), entry.name).not.toContain(PASSWORD);
  }
  expect(host.output()).not.toContain(PASSWORD);
});

test('from a board event: a refused recipient says why, and a retry to another address is delivered', async ({ page, host, testClock }, testInfo) => {
  await inbox.close();
  inbox = await startSmtpInbox({ rejectRecipients: ['megan@harbour.example'] });
  const configured = await host.call('messages:configure', {
    smtp: { host: '127.0.0.1', port: inbox.port, tls: 'none', user: '', fromAddress: 'desk@fixit.example', fromName: 'FixIt IT Services' },
  });
  expect(configured.ok).toBe(true);
  const start = new Date(testClock.now().getTime() + 2 * 3_600_000);
  start.setUTCMinutes(0, 0, 0);
  const booked = await host.call('schedule:assign', { jobId: 'job-1003', technicianId: 'tech-priya', start: start.toISOString() });
  expect(booked.ok).toBe(true);

  await page.goto(host.url);
  const event = page.getByRole('region', { name: 'Dispatch board' }).locator('.fc-event[data-job-id="job-1003"]');
  await event.hover();
  await page.locator('.job-popover').getByRole('button', { name: 'Message customer…' }).click();
  const message = page.getByRole('dialog', { name: 'Message to customer · J-1003' });
  await message.getByLabel('Message', { exact: true }).selectOption('running-late');
  await message.getByLabel('New arrival time').fill('16:45');
  await expect(message.getByLabel('Subject', { exact: true })).toHaveValue('Running late: new arrival time 16:45 for J-1003');
  await message.getByRole('button', { name: 'Send e-mail' }).click();
  await expect(message.getByRole('alert')).toContainText('Not sent: The SMTP server refused the recipient address.');
  await page.screenshot({ path: testInfo.outputPath('message-failed.png') });

  await message.getByLabel('To', { exact: true }).fill('reception@harbour.example');
  await message.getByRole('button', { name: 'Retry sending' }).click();
  await expect(page.getByText('Running late for J-1003 sent to reception@harbour.example.')).toBeVisible();
  const [mail] = await inbox.waitFor(1);
  expect(mail).toMatchObject({ to: ['reception@harbour.example'], subject: 'Running late: new arrival time 16:45 for J-1003' });
  expect(mail!.text).toContain('The new arrival time at Quay Street surgery is 16:45 on Wednesday 9 December 2026.');

  const history = (await host.readDataFile()).jobs.find((j) => j.id === 'job-1003')!.history.slice(-2);
  expect(history.map((e) => e.action)).toEqual(['message-failed', 'message-sent']);
  expect(history[0]!.detail).toMatch(/^Running late to megan@harbour.example not sent: The SMTP server refused the recipient address/);
  expect(history[1]!.detail).toBe('Running late e-mailed to reception@harbour.example: "Running late: new arrival time 16:45 for J-1003"');
});

test('keyboard: M on a focused board event opens the message dialog over the job panel; Escape closes only the dialog', async ({ page, host, testClock }) => {
  const start = new Date(testClock.now().getTime() + 3_600_000);
  start.setUTCMinutes(0, 0, 0);
  expect((await host.call('schedule:assign', { jobId: 'job-1001', technicianId: 'tech-alex', start: start.toISOString() })).ok).toBe(true);
  await page.goto(host.url);
  const event = page.getByRole('region', { name: 'Dispatch board' }).locator('.fc-event[data-job-id="job-1001"]');
  await event.focus();
  await page.keyboard.press('m');
  const message = page.getByRole('dialog', { name: 'Message to customer · J-1001' });
  await expect(message.getByLabel('Message', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(message).toHaveCount(0);
  await expect(event).toBeFocused();

  // From the job panel, Escape closes the message dialog and leaves the panel open.
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Job J-1001' });
  await panel.getByRole('button', { name: 'Message customer…' }).click();
  await expect(message).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(message).toHaveCount(0);
  await expect(panel).toBeVisible();
});
