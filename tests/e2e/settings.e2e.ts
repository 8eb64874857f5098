/**
 * The Settings dialog in Chromium against the headless host: edit an SLA tier and the intake
 * settings, and see both on disk. Screenshots go to the test's output folder for review.
 */
import { expect, test } from './fixtures';

test.use({ hostOptions: { sample: true } });

test('edit an SLA tier: targets, hours and a holiday are saved; bad input is explained and not saved', async ({ page, host }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('header.png') });
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Changes apply to jobs created after you save')).toBeVisible();
  await dialog.getByRole('radio', { name: /^Standard/ }).click();

  // A resolution shorter than the response is refused next to the field, and nothing is written.
  await dialog.getByLabel('P1 resolution minutes').fill('10');
  await dialog.getByRole('button', { name: 'Save tier' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Not saved: fix the fields marked below.');
  await expect(dialog.getByText('must not be shorter than the response time')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('sla-invalid.png') });

  await dialog.getByLabel('P1 resolution minutes').fill('180');
  await dialog.getByLabel('P1 response minutes').fill('45');
  await dialog.getByLabel('Saturday, interval 1').check({ force: true });
  await dialog.getByLabel('Holiday date').fill('2026-12-25');
  await dialog.getByRole('button', { name: 'Add holiday' }).click();
  await dialog.getByRole('button', { name: 'Save tier' }).click();
  await expect(dialog.getByRole('status')).toContainText('Saved "Standard (business hours)"');
  await page.screenshot({ path: testInfo.outputPath('sla-saved.png') });

  const standard = (await host.readDataFile()).slaPolicies.find((p) => p.id === 'standard');
  expect(standard?.targets.P1).toEqual({ responseMinutes: 45, resolutionMinutes: 180 });
  expect(standard?.businessHours[0]?.days).toEqual([1, 2, 3, 4, 5, 6]);
  expect(standard?.holidays).toEqual(['2026-12-25']);
});

test('intake settings: the browser view names the headless intake URL; enabling makes a token to copy', async ({ page, host }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('tab', { name: 'Intake API' }).click();
  await expect(dialog.getByRole('note')).toContainText(`POST ${host.baseUrl}/api/v1/jobs`);
  await expect(dialog.getByText('No token yet')).toBeVisible();

  await dialog.getByLabel('Accept jobs from other programs').check();
  await dialog.getByRole('button', { name: 'Save intake settings' }).click();
  await expect(dialog.getByRole('status')).toContainText('Saved.');
  const token = (await host.readDataFile()).settings.intake.token;
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  await expect(dialog.getByLabel('Intake token')).toHaveValue(token!);

  await dialog.getByRole('button', { name: 'Regenerate token…' }).click();
  await dialog.getByRole('button', { name: 'Make a new token' }).click();
  await expect(dialog.getByText('New token saved')).toBeVisible();
  await expect.poll(async () => (await host.readDataFile()).settings.intake.token).not.toBe(token);
  await dialog.getByRole('button', { name: 'Show' }).click();
  await page.screenshot({ path: testInfo.outputPath('intake-settings.png') });

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
});
