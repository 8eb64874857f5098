/**
 * Row geometry with the real mouse: every row is at least as tall as its label (so what the
 * dispatcher aims at is the row the drop lands on), nothing above the board moves while a drag is
 * under way even when an urgent call arrives, and the hours on each label are those of the day or
 * week on screen. Each drop is checked in the data file on disk.
 */
import type { Page } from '@playwright/test';
import { at } from './board-shop';
import { board, boardEvent, centerOf, dragToward, lane, openNextDay, queue, queueRow, rowLabel, shownDay } from './board-helpers';
import { expect, test } from './fixtures';
import type { Host } from './fixtures';
import { intakeOf, postJob } from './intake-support';
import { TECHS, bookBusyRows, queueId, queueNumber, writeRowsShop } from './rows-shop';

test.use({ hostOptions: { prepare: writeRowsShop } });

async function assignmentOf(host: Host, jobId: string) {
  return (await host.readDataFile()).jobs.find((j) => j.id === jobId)?.assignment ?? null;
}

/** Every technician row's label box against its lane's, top to bottom. */
async function rowBoxes(page: Page, ids: readonly string[]) {
  const boxes = [];
  for (const id of ids) {
    const label = (await rowLabel(page, id).boundingBox())!;
    const row = (await lane(page, id).boundingBox())!;
    boxes.push({ id, label, row });
  }
  return boxes;
}

async function expectRowsHoldTheirLabels(page: Page, ids: readonly string[] = TECHS) {
  await expect
    .poll(async () => (await rowBoxes(page, ids)).filter(({ label, row }) => label.y < row.y - 0.5 || label.y + label.height > row.y + row.height + 0.5).map((b) => b.id))
    .toEqual([]);
}

/** The x of `hhmm` on the shown day, in the middle of its 15-minute snap. */
async function xOf(page: Page, day: string, hhmm: string): Promise<number> {
  const slot = board(page).locator(`.fc-timeline-body .fc-timeline-slot[data-date^="${day}T${hhmm}"]`).first();
  const box = (await slot.boundingBox())!;
  return box.x + box.width / 4;
}

test.describe('the sample shop', () => {
  test.use({ hostOptions: { sample: true } });

  test('rows are never shorter than their labels; a drop aimed at a label lands on that technician', async ({ page, host }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(host.url);
    const labels = board(page).locator('.fc-datagrid-cell.fc-resource[data-resource-id]');
    await expect(labels.first().locator('.tech-cell')).toBeVisible();
    const ids = await labels.evaluateAll((els) => els.map((el) => el.getAttribute('data-resource-id')!));
    await expectRowsHoldTheirLabels(page, ids);

    // The next day, with the bookings on it: aim at each line of the second technician's label.
    await page.getByRole('button', { name: 'Next day' }).click();
    const day = await shownDay(page);
    await expectRowsHoldTheirLabels(page, ids);
    const second = ids[1]!;
    const onLabel = (hhmm: string, fraction: number) => async () => {
      const label = (await rowLabel(page, second).boundingBox())!;
      return { x: await xOf(page, day, hhmm), y: label.y + label.height * fraction };
    };
    const zone = (await host.readDataFile()).settings.timeZone;
    for (const [hhmm, fraction] of [['18:00', 0.8], ['07:00', 0.25]] as const) {
      const row = queue(page).locator('[data-job-id]').first();
      const jobId = (await row.getAttribute('data-job-id'))!;
      await dragToward(page, await centerOf(row), onLabel(hhmm, fraction));
      await expect.poll(() => assignmentOf(host, jobId)).toMatchObject({ technicianId: second, start: at(day, hhmm, zone) });
    }

    // After changes: the week, a new technician, and back.
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await expectRowsHoldTheirLabels(page, ids);
    const added = await host.call('technicians:create', { name: 'Zed Young', zone: 'Central', skills: [], colour: '#1f5f9e', workingHours: [{ days: [0, 1, 2, 3, 4, 5, 6], start: '07:00', end: '19:00' }], dailyCapacityHours: 8 });
    if (!added.ok) throw new Error(added.error.message);
    await expect(rowLabel(page, added.value.id)).toBeVisible();
    await page.getByRole('button', { name: 'Day', exact: true }).click();
    await expectRowsHoldTheirLabels(page, [...ids, added.value.id]);
  });
});

test('an urgent call arriving mid-drag moves nothing; the drop lands on the row under the pointer', async ({ page, host }) => {
  const day = await openNextDay(page, host.url, { width: 1600, height: 1000 });
  await bookBusyRows(host, day);
  await expect(boardEvent(page, 'job-b0')).toBeVisible();
  const target = TECHS[5]!;
  const boardTop = (await board(page).boundingBox())!.y;

  // Press on a queue row and drag it onto the target row.
  const from = await centerOf(queueRow(page, queueNumber(1)));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y - 8, { steps: 3 });
  const x = await xOf(page, day, '13:00');
  const rowMiddle = async () => {
    const box = (await lane(page, target).boundingBox())!;
    return box.y + box.height / 2;
  };
  await page.mouse.move(x, await rowMiddle(), { steps: 15 });
  await expect(board(page).locator('.fc-event-mirror')).toBeVisible();

  // A P1 comes in through the intake API while the job is in the air; the dispatcher sees it.
  const answer = await postJob(intakeOf(host), { client: 'Harbour Dental', title: 'Whole office offline', priority: 'P1', category: 'network' });
  expect(answer.status).toBe(201);
  await expect(page.getByRole('alert').filter({ hasText: 'Whole office offline' })).toBeVisible();
  const boardTopNow = (await board(page).boundingBox())!.y;
  await page.screenshot({ path: test.info().outputPath('urgent-call-mid-drag.png') });

  // The dispatcher follows the row with the pointer (wherever it is now) and drops.
  await page.mouse.move(x + 2, await rowMiddle(), { steps: 3 });
  await page.mouse.move(x, await rowMiddle(), { steps: 3 });
  const previewBox = (await board(page).locator('.fc-event-mirror').first().boundingBox())!;
  const laneBox = (await lane(page, target).boundingBox())!;
  const notice = page.getByRole('alert', { name: 'New urgent job' });
  const noticeBox = (await notice.count()) > 0 ? await notice.boundingBox() : null;
  await page.mouse.up();
  await expect.poll(() => assignmentOf(host, queueId(1))).toMatchObject({ technicianId: target, start: at(day, '13:00') });
  // The preview was drawn on that row, the board had not moved, and the urgent call was shown
  // over the header, not over the board.
  expect(previewBox.y).toBeGreaterThanOrEqual(laneBox.y - 1);
  expect(previewBox.y + previewBox.height).toBeLessThanOrEqual(laneBox.y + laneBox.height + 1);
  expect(boardTopNow).toBe(boardTop);
  expect(noticeBox).not.toBeNull();
  expect(noticeBox!.y + noticeBox!.height).toBeLessThanOrEqual(boardTop);

  // Dropped: the banner takes its place above the board, and the board is measured again.
  await expect(page.getByRole('alert', { name: /1 urgent job needs a technician/ })).toBeVisible();
  await expect(notice).toHaveCount(0);
  await expect.poll(async () => (await board(page).boundingBox())!.y).toBeGreaterThan(boardTop + 40);
  await dragToward(page, await centerOf(queueRow(page, queueNumber(2))), async () => ({ x: await xOf(page, day, '15:00'), y: await rowMiddle() }));
  await expect.poll(() => assignmentOf(host, queueId(2))).toMatchObject({ technicianId: target, start: at(day, '15:00') });
});

test("a row's hours are those of the day or week on screen, not today's", async ({ page, host }) => {
  const day = await openNextDay(page, host.url, { width: 1600, height: 1000 });
  await bookBusyRows(host, day);
  const busy = TECHS[5]!; // two overlapping jobs on the shown day: 09:00–10:30 and 09:30–11:00
  await expect(rowLabel(page, busy)).toContainText(/3 h booked · 5 h free on \w{3}\b/);
  await expect(rowLabel(page, TECHS[1]!)).toContainText('0 h booked · 8 h free');
  // Back to today: nothing booked today.
  await page.getByRole('button', { name: 'Previous day' }).click();
  await expect(rowLabel(page, busy)).toContainText('0 h booked · 8 h free today');
  // The week holding the booked day: one day's 3 h against seven days of 8 h.
  await page.getByRole('button', { name: 'Next day' }).click();
  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await expect(rowLabel(page, busy)).toContainText('3 h booked · 53 h free this week');
  await expect(rowLabel(page, TECHS[0]!)).toContainText('1½ h booked · 54½ h free this week');
});
