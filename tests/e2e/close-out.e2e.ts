/**
 * Close out a day from the returned run sheet: open the sheet, go to the close-out screen, type
 * arrival, departure, travel, work, parts, signature and outcome for the visits (one needing
 * another visit), save, and check what is on disk; axe on the screen.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Job } from '../../shared/schemas/job';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, test } from './fixtures';
import { ALEX, DAY, buildRunSheetShop } from './run-sheet-shop';
import { makePart } from '../support/factories';

const CABLE = makePart({ id: 'part-cable', name: 'Patch cable, Cat6, 2 m', unitPriceMinor: 450 });

async function writeShop(dataDir: string): Promise<void> {
  const { doc } = buildRunSheetShop();
  doc.parts = [CABLE, makePart()];
  await writeFile(join(dataDir, 'dispatch.json'), JSON.stringify(doc));
}

// London is on UTC in November: 07:35 on the sheet is 07:35Z.
const at = (hhmm: string) => `${DAY}T${hhmm}:00.000Z`;

/** One row of the returned sheet, as the technician wrote it. */
async function fillRow(page: Page, number: string, row: { arrival: string; departure: string; travel: string; work: string; signed: string; outcome: string }) {
  await page.getByRole('textbox', { name: `Arrival, ${number}` }).fill(row.arrival);
  await page.getByRole('textbox', { name: `Departure, ${number}` }).fill(row.departure);
  await page.getByRole('textbox', { name: `Travel minutes, ${number}` }).fill(row.travel);
  await page.getByRole('textbox', { name: `Work done, ${number}` }).fill(row.work);
  await page.getByRole('textbox', { name: `Signed by, ${number}` }).fill(row.signed);
  await page.getByRole('combobox', { name: `Outcome, ${number}` }).selectOption({ label: row.outcome });
}

test.use({ hostOptions: { prepare: writeShop } });

test("closes out Alex's day from the printed sheet: times, parts, outcomes and a follow-up, on disk", async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Print run sheets' })).toBeEnabled();
  await page.evaluate((hash) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = hash;
  }, `#/run-sheets?day=${DAY}&tech=${ALEX}`);
  await expect(page.locator('html[data-run-sheet="ready"]')).toHaveCount(1);
  await page.getByRole('link', { name: 'Close out…' }).click();

  await expect(page.getByRole('heading', { name: 'Close out the day' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Technician' })).toHaveValue(ALEX);
  const rows = page.locator('.close-out-grid tbody tr');
  // The printed sheet's order: by start, the two 13:30 visits by number.
  await expect(rows.locator('.close-out__number')).toHaveText(['J-2001', 'J-2002', 'J-2003', 'J-2004', 'J-2005', 'J-2006', 'J-2007', 'J-2008', 'J-2000', 'J-2011', 'J-2009', 'J-2010']);
  // Each row names the client, as the paper does.
  await expect(rows.first()).toContainText('Client 2001 Ltd');
  await expectNoSeriousA11yViolations(page, 'close out the day', ['region']);

  // Quick entry, from the first arrival field (where the cursor waits): 735 becomes 07:35 on
  // leaving the field; Enter goes to the same field a row down.
  const arrival1 = page.getByRole('textbox', { name: 'Arrival, J-2001' });
  await expect(arrival1).toBeFocused();
  await page.keyboard.type('735');
  await arrival1.press('Enter');
  await expect(arrival1).toHaveValue('07:35');
  await expect(page.getByRole('textbox', { name: 'Arrival, J-2002' })).toBeFocused();

  await fillRow(page, 'J-2001', { arrival: '0735', departure: '0820', travel: '15', work: 'Reset the switch port, re-patched desk 4', signed: 'Dana Hill', outcome: 'Done' });
  await page.getByRole('button', { name: 'Add a part, J-2001' }).click();
  await page.getByRole('combobox', { name: 'Part 1, J-2001' }).fill(CABLE.name);
  await expect(page.getByRole('textbox', { name: 'Unit price of part 1, J-2001' })).toHaveValue('4.50');
  await page.getByRole('textbox', { name: 'Quantity of part 1, J-2001' }).fill('2');

  await fillRow(page, 'J-2002', { arrival: '0825', departure: '0910', travel: '5', work: 'PSU failed; ordered a replacement', signed: 'Raj Patel', outcome: 'Waiting for parts' });
  await page.getByRole('button', { name: 'Add a part, J-2002' }).click();
  await page.getByRole('combobox', { name: 'Part 1, J-2002' }).fill('Spare PSU 450 W');
  await page.getByRole('textbox', { name: 'Unit price of part 1, J-2002' }).fill('39.99');

  await fillRow(page, 'J-2003', { arrival: '0915', departure: '1000', travel: '5', work: 'Switch failing; needs a new one fitted', signed: 'Ann Lee', outcome: 'Needs another visit' });
  await fillRow(page, 'J-2004', { arrival: '1005', departure: '1050', travel: '10', work: 'Waiting for the admin password', signed: '', outcome: 'Waiting on customer' });
  await page.getByRole('textbox', { name: 'On-hold reason, J-2004' }).fill('Customer to send the admin password');
  // A slip of the pen: departure before arrival. Nothing is saved until it is fixed.
  await fillRow(page, 'J-2005', { arrival: '1100', departure: '1045', travel: '10', work: 'Replaced the patch lead', signed: 'Ola N', outcome: 'Done' });

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('alert')).toHaveText('Nothing was saved: fix the marked fields of J-2005.');
  await expect(page.getByRole('textbox', { name: 'Departure, J-2005' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Departure 10:45 is not after arrival 11:00.')).toBeVisible();
  expect((await host.readDataFile()).jobs.every((j) => j.visits.length === 0)).toBe(true);

  await page.getByRole('textbox', { name: 'Departure, J-2005' }).fill('1140');
  await page.getByRole('button', { name: 'Save visits' }).click();
  const saved = page.getByRole('status');
  await expect(saved).toHaveText(/^Saved 5 visits\. Follow-up job J-\d+ is in the queue\.$/);
  const followUpNumber = /J-\d+/.exec((await saved.textContent()) ?? '')![0];

  const doc = await host.readDataFile();
  const job = (number: string): Job => doc.jobs.find((j) => j.number === number)!;
  expect(job('J-2001')).toMatchObject({ status: 'done', respondedAt: at('07:35'), resolvedAt: at('08:20') });
  expect(job('J-2001').visits).toEqual([
    expect.objectContaining({
      technicianId: ALEX,
      arrivedAt: at('07:35'),
      departedAt: at('08:20'),
      travelMinutes: 15,
      workDone: 'Reset the switch port, re-patched desk 4',
      parts: [{ partId: CABLE.id, description: CABLE.name, quantity: 2, unitPriceMinor: 450 }],
      signedBy: 'Dana Hill',
      outcome: 'done',
      billedBatchId: null,
    }),
  ]);
  expect(job('J-2002')).toMatchObject({ status: 'on-hold', statusReason: 'Waiting for parts', slaPausedSince: null });
  expect(job('J-2002').visits[0]!.parts).toEqual([{ partId: null, description: 'Spare PSU 450 W', quantity: 1, unitPriceMinor: 3999 }]);
  expect(job('J-2004')).toMatchObject({ status: 'on-hold', statusReason: 'Customer to send the admin password' });
  expect(job('J-2004').slaPausedSince).not.toBeNull();
  expect(job('J-2005')).toMatchObject({ status: 'done', resolvedAt: at('11:40') });

  const followUp = job(followUpNumber);
  expect(job('J-2003')).toMatchObject({ status: 'done', resolvedAt: null });
  expect(job('J-2003').visits[0]).toMatchObject({ outcome: 'another-visit', followUpJobId: followUp.id });
  expect(followUp).toMatchObject({ status: 'new', assignment: null, followUpOf: job('J-2003').id, clientId: job('J-2003').clientId, siteId: job('J-2003').siteId, requiredSkills: ['networking'] });
  expect(job('J-2006').visits).toEqual([]);

  // A correction right away: the row now edits the saved visit (no second one), against the new revision.
  await page.getByRole('textbox', { name: 'Travel minutes, J-2001' }).fill('20');
  await page.keyboard.press('Control+s');
  await expect(saved).toHaveText('Saved 1 visit.');
  const corrected = (await host.readDataFile()).jobs.find((j) => j.number === 'J-2001')!;
  expect(corrected.visits).toHaveLength(1);
  expect(corrected.visits[0]!.travelMinutes).toBe(20);
  await page.keyboard.press('Control+s');
  await expect(saved).toHaveText('Nothing to save: no visit was changed.');

  // The screen shows what was saved; back on the board, the follow-up waits in the queue.
  await expect(page.getByRole('textbox', { name: 'Arrival, J-2005' })).toHaveValue('11:00');
  await page.getByRole('button', { name: '← Back to the board' }).click();
  await expect(page.getByRole('region', { name: 'Unassigned jobs' }).getByText(followUpNumber)).toBeVisible();
});

test.describe('on the evening of the day', () => {
  test.use({ now: `${DAY}T17:30:00Z`, timeZone: 'Europe/London' });

  test('opens from the technician row; records a visit in the job panel; edits the parts list', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: "Close out Alex Chen's day" }).click();
    await expect(page.getByRole('heading', { name: 'Close out the day' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Technician' })).toHaveValue(ALEX);
    await expect(page.getByRole('textbox', { name: 'Day' })).toHaveValue(DAY);
    await page.getByRole('button', { name: '← Back to the board' }).click();

    // One visit from the job panel.
    await page.locator('.fc-event[data-job-id="job-2006"]').click();
    const panel = page.getByRole('dialog', { name: 'Job J-2006' });
    await panel.getByRole('button', { name: 'Record a visit…' }).click();
    await expect(panel.getByLabel('Technician')).toHaveValue(ALEX);
    await panel.getByLabel('Arrival').fill('1120');
    await panel.getByLabel('Departure').fill('1205');
    await panel.getByLabel('Travel (min)').fill('12');
    await panel.getByLabel('Outcome').selectOption({ label: 'Done' });
    await panel.getByRole('button', { name: 'Save visit' }).click();
    await expect(panel.getByRole('status')).toHaveText('Visit saved.');
    await expect(panel.getByText('Signed by')).toHaveCount(0);
    const saved = (await host.readDataFile()).jobs.find((j) => j.number === 'J-2006')!;
    expect(saved).toMatchObject({ status: 'done', resolvedAt: at('12:05'), respondedAt: at('11:20') });
    expect(saved.visits).toEqual([expect.objectContaining({ arrivedAt: at('11:20'), departedAt: at('12:05'), travelMinutes: 12, outcome: 'done' })]);
    await panel.getByRole('button', { name: 'Close job panel' }).click();

    // Settings › Parts: reprice one, add one.
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByRole('tab', { name: 'Parts' }).click();
    await dialog.getByRole('textbox', { name: `Unit price of ${CABLE.name}` }).fill('5');
    await dialog.getByRole('button', { name: 'Add a part' }).click();
    await dialog.getByRole('textbox', { name: 'Name of part 3' }).fill('Toner cartridge, black');
    await dialog.getByRole('textbox', { name: 'Unit price of Toner cartridge, black' }).fill('89.00');
    await expectNoSeriousA11yViolations(page, 'settings, parts');
    await dialog.getByRole('button', { name: 'Save parts list' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Saved 3 parts.');
    const parts = (await host.readDataFile()).parts;
    expect(parts.map((p) => [p.name, p.unitPriceMinor])).toEqual([
      ['Patch cable, Cat6, 2 m', 500],
      ['Pickup roller', 1250],
      ['Toner cartridge, black', 8900],
    ]);
  });
});
