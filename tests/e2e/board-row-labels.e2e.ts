/**
 * Technicians' row labels at the sizes dispatchers use: the name and the shown period's load
 * ("5 h booked · 3 h free") are whole on screen in compact rows, and the "Changed since printed"
 * badge stays inside its row, compact or not.
 */
import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { board } from './board-helpers';
import { expect, test } from './fixtures';
import type { Host } from './fixtures';
import { ALEX, DAY, writeRunSheetShop } from './run-sheet-shop';

// The board opens on today: pin the host and the browser to the fixture's day (a Thursday).
test.use({ hostOptions: { prepare: writeRunSheetShop }, now: `${DAY}T08:00:00Z`, timeZone: 'Europe/London' });

const labels = (page: Page) => board(page).locator('.fc-datagrid-cell.fc-resource[data-resource-id]');

async function open(page: Page, host: Host, size: { width: number; height: number }, density: 'Compact' | 'Comfortable') {
  await page.setViewportSize(size);
  await page.goto(host.url);
  await expect(labels(page).first().locator('.tech-cell__load')).toBeVisible();
  await page.getByRole('button', { name: 'Board options' }).click();
  await page.getByRole('radio', { name: density }).check();
  await expectNoSeriousA11yViolations(page, 'board options menu');
  await page.getByRole('button', { name: 'Board options' }).click();
  await expect(page.locator('.app')).toHaveClass(density === 'Compact' ? /app--compact/ : /^app$/);
}

/**
 * Names and loads that are cut: wider than their own box, or reaching past any box that clips
 * them (the label's lines, the row label's cell).
 */
async function cutTexts(page: Page): Promise<string[]> {
  return labels(page).evaluateAll((cells) =>
    cells.flatMap((cell) =>
      [...cell.querySelectorAll<HTMLElement>('.tech-cell__name, .tech-cell__load')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          if (el.scrollWidth > el.clientWidth) return true;
          for (let box: Element | null = el.parentElement; box && cell.contains(box); box = box.parentElement) {
            if (box !== cell && getComputedStyle(box).overflowX === 'visible') continue;
            const c = box.getBoundingClientRect();
            if (r.left < c.left - 0.5 || r.right > c.right + 0.5 || r.top < c.top - 0.5 || r.bottom > c.bottom + 0.5) return true;
          }
          return false;
        })
        .map((el) => el.textContent ?? ''),
    ),
  );
}

test('compact rows at 1366×768 show every name and "h booked · h free" whole', async ({ page, host }) => {
  await open(page, host, { width: 1366, height: 768 }, 'Compact');
  const alex = labels(page).filter({ hasText: 'Alex Chen' });
  // 12 visits of 40 minutes: 8 h booked of 8 available (07:30–17:30, capped at 8 h a day).
  await expect(alex.locator('.tech-cell__load')).toContainText('8 h booked · 0 h free today');
  await expect(board(page).getByText('Technician · hours today')).toBeVisible();
  await expect(labels(page).filter({ hasText: 'Hana Ito' }).locator('.tech-cell__load')).toContainText('0 h booked · 0 h free today');
  expect(await labels(page).count()).toBe(8);
  await expect.poll(() => cutTexts(page)).toEqual([]);
  await expectNoSeriousA11yViolations(page, 'board, compact rows');
  // The week: the same words for the week on screen.
  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await expect(board(page).getByText('Technician · hours this week')).toBeVisible();
  await expect(alex.locator('.tech-cell__load')).toContainText('8 h booked · 32 h free this week');
  await expect.poll(() => cutTexts(page)).toEqual([]);
});

/**
 * Whether `badge` lies inside its row label (the resource cell), with half a pixel to spare, and
 * clear of the name, the load and the print button beside it.
 */
async function placement(badge: Locator): Promise<{ inside: boolean; overlaps: string[] }> {
  return badge.evaluate((el) => {
    const cell = el.closest('.fc-datagrid-cell')!;
    const row = cell.getBoundingClientRect();
    const b = el.getBoundingClientRect();
    const inside = b.left >= row.left - 0.5 && b.right <= row.right + 0.5 && b.top >= row.top - 0.5 && b.bottom <= row.bottom + 0.5;
    const overlaps = [...cell.querySelectorAll<HTMLElement>('.tech-cell__name, .tech-cell__load, .tech-print__button')]
      .filter((other) => {
        const o = other.getBoundingClientRect();
        return o.width > 0 && b.left < o.right - 0.5 && o.left < b.right - 0.5 && b.top < o.bottom - 0.5 && o.top < b.bottom - 0.5;
      })
      .map((other) => other.className);
    return { inside, overlaps };
  });
}

for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
  for (const density of ['Compact', 'Comfortable'] as const) {
    test(`the "Changed since printed" badge stays inside its row at ${size.width}×${size.height}, ${density.toLowerCase()}`, async ({ page, host }, info) => {
      // Alex's and Gus's sheets printed, then a visit of each moved: both rows are marked.
      const printed = await host.call('runsheets:printed', { day: DAY, technicianIds: [ALEX, 'tech-6'] });
      expect(printed.ok).toBe(true);
      const doc = await host.readDataFile();
      for (const tech of [ALEX, 'tech-6']) {
        const job = doc.jobs.find((j) => j.assignment?.technicianId === tech)!;
        const start = new Date(Date.parse(job.assignment!.start) + 60 * 60_000).toISOString();
        const moved = await host.call('schedule:move', { jobId: job.id, technicianId: tech, start, overrideReason: 'badge check' });
        expect(moved.ok).toBe(true);
      }
      await open(page, host, size, density);
      const badges = board(page).getByTestId('changed-since-printed');
      await expect(badges).toHaveCount(2);
      for (const badge of await badges.all()) {
        await expect.poll(() => placement(badge)).toEqual({ inside: true, overlaps: [] });
      }
      // The name and the load stay whole beside it.
      await expect.poll(() => cutTexts(page)).toEqual([]);
      await expectNoSeriousA11yViolations(page, `board with stale-print badges, ${density.toLowerCase()} rows`);
      await page.screenshot({ path: info.outputPath(`badge-${size.width}-${density}.png`) });
    });
  }
}

test.describe('the sample shop with the default layout', () => {
  test.use({ hostOptions: { sample: true } });
  for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    test(`every name and load is whole at ${size.width}×${size.height}`, async ({ page, host }) => {
      await page.setViewportSize(size);
      await page.goto(host.url);
      await expect(labels(page).first().locator('.tech-cell__load')).toBeVisible();
      // Quarter hours as fractions: "2¼ h booked · 5¾ h free".
      await expect(labels(page).locator('.tech-cell__load').first()).toContainText(/^, \S+ h booked · \S+ h (free|over) today$/);
      await expect.poll(() => cutTexts(page)).toEqual([]);
    });
  }
});
