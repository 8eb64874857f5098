/**
 * What a job event shows at each length: whole parts only (never half a word), the number and the
 * client on a short event, more on a long one, the priority and number in the week view, and "on hold" on
 * any length as a dashed border (plus the ‖ mark where it fits).
 */
import type { Locator } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { board, boardEvent } from './board-helpers';
import { expect, test } from './fixtures';
import { LONG_HELD_JOB, PEAK_TECHS, SHORT_JOB, TINY_HELD_JOB, writePeakShop } from './peak-layout-shop';
import type { Host } from './fixtures';

test.use({ hostOptions: { prepare: writePeakShop } });

type Shown = { text: string; cut: boolean };

/**
 * The parts of an event that are on screen (on the first row of their line, inside the line), and
 * whether any of them is cut: wider than its box without an ellipsis, or reaching past its line.
 */
function shownParts(event: Locator): Promise<Shown[]> {
  return event.evaluate((el) => {
    const shown: Shown[] = [];
    for (const line of el.querySelectorAll<HTMLElement>('.job-event__line')) {
      if (line.offsetParent === null) continue;
      const box = line.getBoundingClientRect();
      for (const part of line.children) {
        const r = part.getBoundingClientRect();
        if (r.top >= box.bottom - 0.5 || r.width === 0) continue; // wrapped away: not shown
        const ellipsis = getComputedStyle(part).textOverflow === 'ellipsis';
        const overflowing = (part as HTMLElement).scrollWidth > (part as HTMLElement).clientWidth + 0.5;
        shown.push({ text: (part as HTMLElement).innerText, cut: r.right > box.right + 0.5 || (overflowing && !ellipsis) || (ellipsis && r.width < 20) });
      }
    }
    return shown;
  });
}

test('events show whole parts: number and client when short, more when long, the hold mark on any', async ({ page, host }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  // Two-line rows (sixteen technicians would otherwise make them compact at this size).
  await page.getByRole('button', { name: 'Board options' }).click();
  await page.getByRole('radio', { name: 'Comfortable' }).check();
  await page.getByRole('button', { name: 'Board options' }).click();
  for (const id of [SHORT_JOB, LONG_HELD_JOB, TINY_HELD_JOB]) await expect(boardEvent(page, id)).toBeVisible();

  const short = await shownParts(boardEvent(page, SHORT_JOB));
  expect(short.filter((p) => p.cut)).toEqual([]);
  expect(short.map((p) => p.text)).toEqual(expect.arrayContaining(['P2', 'J-4001']));
  expect(short.some((p) => 'Northgate Veterinary Partners'.startsWith(p.text.replace('…', '')) && p.text.length > 0 && p.text !== 'P2' && p.text !== 'J-4001')).toBe(true);

  const long = await shownParts(boardEvent(page, LONG_HELD_JOB));
  expect(long.filter((p) => p.cut)).toEqual([]);
  expect(long.map((p) => p.text)).toEqual(expect.arrayContaining(['P2', 'J-4002', '‖', 'J-4002', 'Northgate Veterinary Partners', 'On hold', 'Replace the practice server RAID disk']));

  // Half an hour: what fits, whole (at least the priority); "on hold" is its dashed border.
  const tiny = await shownParts(boardEvent(page, TINY_HELD_JOB));
  expect(tiny.filter((p) => p.cut)).toEqual([]);
  expect(tiny[0]?.text).toBe('P2');
  for (const id of [LONG_HELD_JOB, TINY_HELD_JOB]) {
    await expect(boardEvent(page, id)).toHaveCSS('border-top-style', 'dashed');
  }
  await expect(boardEvent(page, SHORT_JOB)).toHaveCSS('border-top-style', 'solid');

  // Compact rows keep the first line, whole.
  await page.getByRole('button', { name: 'Board options' }).click();
  await page.getByRole('radio', { name: 'Compact' }).check();
  const compact = await shownParts(boardEvent(page, SHORT_JOB));
  expect(compact.filter((p) => p.cut)).toEqual([]);
  expect(compact.map((p) => p.text)).toEqual(expect.arrayContaining(['P2', 'J-4001']));
});

/** Book queued peak jobs of 15 and 30 minutes today, through the contract, one P1 of them late. */
async function bookShortJobs(host: Host): Promise<string[]> {
  const doc = await host.readDataFile();
  const day = doc.jobs.find((j) => j.id === SHORT_JOB)!.assignment!.start.slice(0, 10);
  const ids: string[] = [];
  for (const [i, minutes] of [15, 30, 15, 30, 15].entries()) {
    const job = doc.jobs.find((j) => j.id === `peak-q${i + 1}`)!;
    const start = new Date(Date.parse(`${day}T13:00:00Z`) + i * 60 * 60_000);
    const end = new Date(start.getTime() + minutes * 60_000);
    const booked = await host.call('schedule:assign', { jobId: job.id, technicianId: PEAK_TECHS[3 + i]!, start: start.toISOString(), end: end.toISOString(), overrideReason: 'week view check' });
    if (!booked.ok) throw new Error(booked.error.message);
    ids.push(job.id);
  }
  return ids;
}

// The week: an hour is about 13 px at 1366 px, yet every event shows its priority and its job
// number (the digits; "J-" goes), whole, in compact and comfortable rows, a P1 booked late too.
for (const { width, height, density } of [
  { width: 1366, height: 768, density: 'Automatic (fit the window)' },
  { width: 1366, height: 768, density: 'Comfortable' },
  { width: 1920, height: 1080, density: 'Comfortable' },
] as const) {
  test(`the week view shows every event's priority and number, whole, at ${width}×${height}, ${density.split(' ')[0]!.toLowerCase()} rows`, async ({ page, host }, info) => {
    const short = await bookShortJobs(host);
    await page.setViewportSize({ width, height });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Board options' }).click();
    await page.getByRole('radio', { name: density }).check();
    await page.getByRole('button', { name: 'Board options' }).click();
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await expect(board(page).locator('.fc-timeline-header .fc-timeline-slot').first()).toBeVisible();
    const doc = await host.readDataFile();
    for (const id of [SHORT_JOB, LONG_HELD_JOB, TINY_HELD_JOB, ...short]) {
      const job = doc.jobs.find((j) => j.id === id)!;
      const digits = job.number.replace(/^\D+/, '');
      await expect(boardEvent(page, id)).toBeVisible();
      const parts = await shownParts(boardEvent(page, id));
      expect(parts.filter((p) => p.cut), id).toEqual([]);
      expect(parts.slice(0, 2).map((p) => p.text), id).toEqual([job.priority, digits]);
      // Named by what it shows.
      await expect(boardEvent(page, id)).toHaveAccessibleName(new RegExp(`^${job.priority} ${digits}\\b`));
    }
    await expectNoSeriousA11yViolations(page, 'board, week view');
    await page.screenshot({ path: info.outputPath(`week-${width}-${density.split(' ')[0]}.png`) });
  });
}
