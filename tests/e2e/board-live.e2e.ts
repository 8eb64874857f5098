/**
 * Live updates on the board: a change made elsewhere (another window, intake) appears within a
 * second, without the board jumping: the scroll position stays where the dispatcher left it, the
 * calendar is not rebuilt (untouched events keep their DOM nodes), and the focused event stays
 * focused.
 */
import { at, tomorrow, writeBusyShop } from './board-shop';
import { board, boardEvent, openBoardOn } from './board-helpers';
import { expect, test } from './fixtures';

test.use({ hostOptions: { prepare: writeBusyShop } });

test('a remote change appears within a second without moving the scroll position or rebuilding the board', async ({ page, host }) => {
  const day = tomorrow();
  await openBoardOn(page, host.url, day);
  // In a 1000 px window the week view (42 two-hour slots of at least 22 px) is wider than the
  // board, and 40 rows are taller than it: the board scrolls both ways.
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await expect(board(page).locator('.fc-resourceTimelineWeek-view')).toBeVisible();
  // The timeline body's own scroller (FullCalendar syncs the header and the technician column to it).
  const scroller = board(page).locator('.fc-scroller').filter({ has: page.locator('.fc-timeline-body') }).last();
  await expect.poll(() => scroller.evaluate((el) => el.scrollWidth > el.clientWidth && el.scrollHeight > el.clientHeight)).toBe(true);
  // Tag an event that will not change, and focus another one.
  const untouched = boardEvent(page, 'job-extra-30');
  await untouched.evaluate((el) => ((el as HTMLElement & { __tag?: string }).__tag = 'kept'));
  const focused = boardEvent(page, 'job-extra-31');
  await focused.focus();

  // Focusing scrolls the event into view, so the scroll position is set after it.
  await scroller.evaluate((el) => el.scrollTo(120, 420));
  // FullCalendar syncs the other scrollers on scroll events; let that settle.
  await page.waitForTimeout(100);
  const before = await scroller.evaluate((el) => ({ left: el.scrollLeft, top: el.scrollTop }));
  expect(before.left).toBeGreaterThan(100);
  expect(before.top).toBeGreaterThan(300);

  // Someone else moves job-extra-20 to 12:00.
  const started = Date.now();
  const moved = await host.call('schedule:move', { jobId: 'job-extra-20', technicianId: 'tech-extra-20', start: at(day, '12:00') });
  expect(moved.ok).toBe(true);
  await expect
    .poll(async () => boardEvent(page, 'job-extra-20').locator('[id^="job-event-desc-"]').textContent(), { timeout: 1000, intervals: [50] })
    .toContain('12:00–13:00');
  const seenAfterMs = Date.now() - started;
  await page.waitForTimeout(300); // a late re-render would move the scroll after the change shows

  expect(await scroller.evaluate((el) => ({ left: el.scrollLeft, top: el.scrollTop }))).toEqual(before);
  expect(await untouched.evaluate((el) => (el as HTMLElement & { __tag?: string }).__tag)).toBe('kept');
  await expect(focused).toBeFocused();
  test.info().annotations.push({ type: 'remote change visible after', description: `${seenAfterMs} ms` });
});
