/**
 * A drop lands on the technician under the pointer on every row: empty and busy rows (one two
 * events tall), in day and week view, down to the bottom of the scrolled board, at the two common
 * window sizes. One page per size: a queue job is dragged onto each row in turn and every booking
 * is checked in the data file on disk (technician and start time).
 */
import { at } from './board-shop';
import { board, boardEvent, centerOf, dragToward, openNextDay, pointOn, queueRow } from './board-helpers';
import { expect, test } from './fixtures';
import { TECHS, bookBusyRows, queueId, queueNumber, writeRowsShop } from './rows-shop';

test.use({ hostOptions: { prepare: writeRowsShop } });

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`every row takes its drop, day and week view, at ${size.width}×${size.height}`, async ({ page, host }) => {
    test.setTimeout(120_000);
    // Comfortable rows chosen (this window's remembered layout), so the board scrolls at both
    // sizes: the automatic density would fit every row of this shop at 1920×1080.
    await page.addInitScript(() => localStorage.setItem('dispatch.layout', JSON.stringify({ boardShare: 50, density: 'comfortable' })));
    const day = await openNextDay(page, host.url, size);
    await bookBusyRows(host, day);
    await expect(boardEvent(page, 'job-b0')).toBeVisible();
    // The board must scroll for the last rows to be reached.
    const scroller = board(page).locator('.fc-timeline-body').locator('xpath=ancestor::div[contains(@class,"fc-scroller")][1]');
    expect(await scroller.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);

    // Day view: 14:00 or 16:15 on the shown day; week view: 15:00 or 11:45 on days of the shown week.
    const expected = new Map<string, { technicianId: string; start: string }>();
    let n = 0;
    const dropOnEachRow = async (when: (i: number) => { day: string; hhmm: string }) => {
      for (const [i, technicianId] of TECHS.entries()) {
        n += 1;
        const { day: on, hhmm } = when(i);
        if (i === TECHS.length - 1) await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
        const row = queueRow(page, queueNumber(n));
        await row.scrollIntoViewIfNeeded();
        await dragToward(page, await centerOf(row), () => pointOn(page, technicianId, on, hhmm));
        await expect(row).toHaveCount(0);
        expected.set(queueId(n), { technicianId, start: at(on, hhmm) });
      }
    };
    await dropOnEachRow((i) => ({ day, hhmm: i % 2 ? '14:00' : '16:15' }));
    // At the bottom of the board.
    expect(await scroller.evaluate((el) => Math.abs(el.scrollTop + el.clientHeight - el.scrollHeight) <= 1)).toBe(true);

    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await expect(board(page).locator('.fc-timeline-header .fc-timeline-slot').first()).toBeVisible();
    const weekDays = await board(page)
      .locator('.fc-timeline-body .fc-timeline-slot[data-date]')
      .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-date')!.slice(0, 10)))]);
    expect(weekDays).toHaveLength(7);
    await scroller.evaluate((el) => el.scrollTo({ top: 0 }));
    // Only days from the shown one on: a drop in the past is made but raises a warning toast, and
    // what it covers is not what this test aims at.
    const ahead = weekDays.filter((d) => d >= day);
    await dropOnEachRow((i) => ({ day: ahead[(i * 3) % ahead.length]!, hhmm: i % 2 ? '15:00' : '11:45' }));

    await expect
      .poll(async () => {
        const jobs = (await host.readDataFile()).jobs;
        return [...expected.keys()].filter((id) => {
          const a = jobs.find((j) => j.id === id)?.assignment;
          return !a || a.technicianId !== expected.get(id)!.technicianId || a.start !== expected.get(id)!.start;
        });
      })
      .toEqual([]);
  });
}
