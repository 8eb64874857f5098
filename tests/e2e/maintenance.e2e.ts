/**
 * Recurring maintenance in Chromium against the headless host (sample shop, pinned clock): a plan
 * created in the clients-and-plans dialog makes its visits into jobs at once, shown in the queue
 * with their due window (the one already past flagged overdue) and written to disk exactly once
 * per occurrence; a visit skipped in the dialog is recorded and its job cancelled; a booked visit
 * is marked on the board.
 */
import { dayOf } from '../../shared/domain/jobs';
import { addDays } from '../../shared/domain/maintenance';
import { expectNoSeriousA11yViolations } from './axe';
import { board, boardEvent, queue, queueRow } from './board-helpers';
import { expect, test } from './fixtures';
import { chooseOffice } from './office-menu';

test.use({ hostOptions: { sample: true } });

test('a plan created in the UI puts its visits in the queue and on disk, once each', async ({ page, host, testClock }) => {
  const today = dayOf(testClock.now(), testClock.timeZone);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);
  await expect(queue(page).getByRole('row').nth(1)).toBeVisible();

  await chooseOffice(page, 'Maintenance');
  const dialog = page.getByRole('dialog', { name: 'Clients and maintenance plans' });
  await expect(dialog).toBeVisible();
  // The sample's maintenance clients are marked in the client list.
  const clients = dialog.getByRole('navigation', { name: 'Clients' });
  await expect(clients.getByRole('button', { name: /St Brigid's Primary School\s*2 plans/ })).toBeVisible();
  await expect(clients.getByRole('button', { name: /Northway Logistics\s*2 plans/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'maintenance dialog');

  await clients.getByRole('button', { name: 'Patel & Moore Accountants' }).click();
  await dialog.getByRole('button', { name: 'New plan' }).click();
  await dialog.getByLabel('Title').fill('Daily backup check');
  await dialog.getByLabel('Repeat').selectOption({ label: 'Every weekday (Monday to Friday)' });
  await dialog.getByLabel('Window from (shop time)').fill('07:00');
  await dialog.getByLabel('Window until').fill('09:00');
  await dialog.getByLabel('Create jobs this many days ahead').fill('1');
  // The rule in words and its next visits, before anything is saved.
  await expect(dialog.getByRole('status')).toContainText('Repeats every weekday.');
  await expectNoSeriousA11yViolations(page, 'maintenance plan form');
  await page.screenshot({ path: test.info().outputPath('maintenance-plan-form.png') });
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('status', { name: 'Messages' })).toContainText('Maintenance plan "Daily backup check" saved.');

  // On disk: the plan, and one job per weekday from today to tomorrow (lead time 1 day).
  const expected = [today, addDays(today, 1)].filter((d) => ![0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay()));
  const onDisk = async () => {
    const doc = await host.readDataFile();
    const plan = doc.maintenancePlans.find((p) => p.title === 'Daily backup check');
    const jobs = doc.jobs.filter((j) => plan && j.maintenance?.planId === plan.id);
    return { plan, jobs };
  };
  await expect.poll(async () => (await onDisk()).jobs.map((j) => j.maintenance?.occurrenceDate).sort()).toEqual(expected);
  const { plan, jobs } = await onDisk();
  expect(plan).toMatchObject({ rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', windowStart: '07:00', windowEnd: '09:00', leadDays: 1, priority: 'P4' });
  expect(jobs.every((j) => j.category === 'maintenance' && j.priority === 'P4' && j.responseDueAt === null && j.status === 'new')).toBe(true);

  // The plan's card lists the visits with their job numbers.
  const card = dialog.getByRole('article', { name: 'Daily backup check' });
  for (const job of jobs) await expect(card.getByRole('list', { name: 'Next visits of Daily backup check' })).toContainText(`job ${job.number}`);
  await page.screenshot({ path: test.info().outputPath('maintenance-plans.png') });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  // The queue shows each visit as maintenance with its due window; today's window (07:00–09:00)
  // has passed at the pinned 09:30, so that visit is flagged overdue.
  for (const job of jobs) {
    const row = queueRow(page, job.number);
    await expect(row).toContainText('Maintenance');
    await expect(row).toContainText('07:00–09:00');
    if (job.maintenance?.occurrenceDate === today) await expect(row).toContainText('Overdue');
    else await expect(row).not.toContainText('Overdue');
  }

  await page.screenshot({ path: test.info().outputPath('maintenance-queue.png') });

  // Skipping a visit in the dialog is recorded on the plan and cancels its job.
  const skip = jobs.at(-1)!;
  await chooseOffice(page, 'Maintenance');
  await dialog.getByRole('navigation', { name: 'Clients' }).getByRole('button', { name: /Patel & Moore Accountants/ }).click();
  await dialog.getByRole('button', { name: new RegExp(`^Skip the visit of`) }).nth(jobs.length - 1).click();
  await expect(page.getByRole('status', { name: 'Messages' })).toContainText(/Visit of .* skipped\./);
  await expect.poll(async () => (await host.readDataFile()).jobs.find((j) => j.id === skip.id)?.status).toBe('cancelled');
  const after = await onDisk();
  expect(after.plan?.exceptions).toEqual([expect.objectContaining({ date: skip.maintenance?.occurrenceDate, action: 'skip', by: 'dispatcher' })]);
  // Still exactly one job per occurrence: the skip cancelled the job, it made no new one.
  expect(after.jobs.map((j) => j.maintenance?.occurrenceDate).sort()).toEqual(expected);
  // A plan with open visits cannot be deleted: asked first, then refused with the reason.
  await dialog.getByRole('button', { name: 'Delete Daily backup check' }).click();
  await dialog.getByRole('group', { name: 'Delete Daily backup check?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.getByRole('alert')).toContainText('"Daily backup check" still has open visits');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(queueRow(page, skip.number)).toHaveCount(0);
});

test('the job panel shows a visit window instead of SLA clocks, and a booked visit is marked on the board', async ({ page, host, testClock }) => {
  const doc = await host.readDataFile();
  const visit = doc.jobs.find((j) => j.maintenance && j.status === 'new');
  if (!visit) throw new Error('The sample shop has no maintenance visit in the queue.');
  const tech = doc.technicians.find((t) => t.active)!;
  const today = dayOf(testClock.now(), testClock.timeZone);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);

  await queueRow(page, visit.number).dblclick();
  const panel = page.getByRole('dialog', { name: `Job ${visit.number}` });
  await expect(panel.getByRole('heading', { name: 'Maintenance visit' })).toBeVisible();
  await expect(panel).toContainText('None: a planned visit is due in its window');
  await expect(panel.getByRole('heading', { name: 'SLA', exact: true })).toHaveCount(0);
  // The client is marked as having plans; the mark opens them.
  await expect(panel.getByRole('button', { name: /Maintenance\s*2 plans/ })).toBeVisible();
  await panel.getByRole('button', { name: 'Close job panel' }).first().click();
  await expect(panel).toHaveCount(0);

  // Booked through the contract on today's board, late in the day (the visit's own day may be later).
  await expect(board(page).locator('.fc-timeline-lane[data-resource-id]').first()).toBeVisible();
  const booked = await host.call('schedule:assign', { jobId: visit.id, technicianId: tech.id, start: new Date(`${today}T16:00:00Z`).toISOString() });
  expect(booked.ok).toBe(true);
  const event = boardEvent(page, visit.id);
  await expect(event).toHaveClass(/job-event--maintenance/);
  await expect(event).toContainText('MAINT');
  await page.screenshot({ path: test.info().outputPath('maintenance-board.png') });
  await expect(queueRow(page, visit.number)).toHaveCount(0);
});
