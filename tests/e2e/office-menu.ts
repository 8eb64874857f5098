import type { Page } from '@playwright/test';

/** Choose a back-office command (Close out…, Import…, Maintenance, Archive, Billing) from the header's Office menu. */
export async function chooseOffice(page: Page, name: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Office' }).click();
  await page.getByRole('group', { name: 'Office' }).getByRole('button', { name }).click();
}
