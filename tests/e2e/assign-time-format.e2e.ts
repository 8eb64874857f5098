/**
 * The assign dialog's start uses the console's formats (a day as "Mon 7 Dec", a 24-hour time), not
 * the browser's locale picker, and a time typed there is booked as that wall-clock time.
 */
import { expect, test } from './fixtures';
import { dayOf, instantAt } from '../../shared/domain/jobs';
import { SHOP_ZONE, writeJobShop } from './job-shop';
import { testNow } from './test-clock';

test.use({ hostOptions: { prepare: writeJobShop }, locale: 'en-US' });

test('the start is a day in words and a 24-hour time, and books what was typed', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('region', { name: 'Unassigned jobs' }).getByRole('row').filter({ hasText: 'J-1002' }).dblclick();
  const panel = page.getByRole('dialog', { name: 'Job J-1002' });
  await panel.getByRole('button', { name: 'Assign…' }).click();
  const assign = page.getByRole('dialog', { name: 'Assign J-1002' });
  await expect(assign.getByRole('radio').first()).toBeChecked();

  // No locale picker (an en-US browser would show "12/09/2026, 02:30 PM" there).
  await expect(assign.locator('input[type="datetime-local"]')).toHaveCount(0);
  const time = assign.getByLabel(/Start time \(24-hour/);
  await expect(time).toHaveValue(/^([01]\d|2[0-3]):[0-5]\d$/);
  const day = assign.getByLabel('Start day');
  const today = dayOf(testNow(), SHOP_ZONE);
  const tomorrow = dayOf(new Date(instantAt(today, '12:00', SHOP_ZONE).getTime() + 24 * 3600_000), SHOP_ZONE);
  await expect(day.locator('option').first()).toHaveText('Wed 9 Dec');
  await day.selectOption(tomorrow);
  await expect(day.locator('option:checked')).toHaveText('Thu 10 Dec');

  await time.fill('9 pm');
  await expect(time).toHaveAttribute('aria-invalid', 'true');
  await time.fill('14:45');
  await expect(time).toHaveAttribute('aria-invalid', 'false');
  await assign.getByRole('button', { name: /^Assign to / }).click();
  await expect(assign).toHaveCount(0);
  await expect
    .poll(async () => (await host.readDataFile()).jobs.find((j) => j.number === 'J-1002')?.assignment?.start)
    .toBe(instantAt(tomorrow, '14:45', SHOP_ZONE).toISOString());
});
