/**
 * SLA honesty against the headless host: a booking is not a response (the response clock keeps
 * running until someone responds), a booking past the deadline says so in the job panel, and
 * "Responded remotely" stops the response clock and reaches the disk.
 */
import { expect, test } from './fixtures';
import { dayOf, instantAt } from '../../shared/domain/jobs';
import { SHOP_ZONE, writeJobShop } from './job-shop';
import { testNow } from './test-clock';

test.use({ hostOptions: { prepare: writeJobShop } });

test('a P1 booked after its response is due is late, still owes its response, and "Responded remotely" stops the clock', async ({ page, host }) => {
  // Standard tier, P1: response due an hour after the call.
  const created = await host.call('jobs:create', { clientId: 'c-harbour', title: 'Server room switch down', category: 'network', priority: 'P1', estimateMinutes: 60 });
  if (!created.ok) throw new Error(created.error.message);
  const job = created.value;
  // Booked for 15:00 today: well after the response is due.
  const today = dayOf(testNow(), SHOP_ZONE);
  await host.call('schedule:assign', { jobId: job.id, technicianId: 'tech-alex', start: instantAt(today, '15:00', SHOP_ZONE).toISOString() });

  await page.goto(host.url);
  const event = page.locator('.fc-event').filter({ hasText: job.number });
  await expect(event.locator('.job-event__late')).toHaveText('LATE');
  await expect(event.locator('.visually-hidden')).toContainText('Booked late: response by');
  await event.click();
  const panel = page.getByRole('dialog', { name: `Job ${job.number}` });
  await expect(panel).toBeVisible();
  await expect(panel.locator('.job-booking-late')).toContainText('Late: starts');
  await expect(panel.locator('.job-booking-late')).toContainText('after the response was due');
  // Booked, not responded: the response clock still runs.
  await expect(panel.locator('.job-facts .job-muted').filter({ hasText: /^Responded/ })).toHaveCount(0);

  await panel.getByRole('button', { name: 'Responded remotely' }).click();
  await expect(panel.locator('.job-facts .job-muted').filter({ hasText: /^Responded \w{3} \d+ \w{3} \d\d:\d\d/ })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Responded remotely' })).toHaveCount(0);
  await expect.poll(async () => (await host.readDataFile()).jobs.find((j) => j.id === job.id)?.respondedAt ?? null).not.toBeNull();
  const stored = (await host.readDataFile()).jobs.find((j) => j.id === job.id)!;
  expect(stored.history.at(-1)).toMatchObject({ action: 'responded', revision: 3 });
});
