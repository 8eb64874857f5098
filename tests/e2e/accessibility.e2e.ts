/**
 * axe-core on every screen of the sample shop (events on time, at risk, breached, on hold and with
 * warnings; P1s waiting, so the alert banner is up): no serious or critical violation anywhere.
 * Each screen is checked with `expect.soft`, so one run lists every screen's violations.
 */
import type { Locator, Page } from '@playwright/test';
import { dayOf, instantAt } from '../../shared/domain/jobs';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, test } from './fixtures';
import type { Host } from './fixtures';
import { testNow, testZone } from './test-clock';
import { chooseOffice } from './office-menu';

test.use({ hostOptions: { sample: true } });

const board = (page: Page) => page.getByRole('region', { name: 'Dispatch board' });
const queue = (page: Page) => page.getByRole('region', { name: 'Unassigned jobs' });
const queueRows = (page: Page) => queue(page).getByRole('row').filter({ has: page.getByRole('cell') });

function value<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/**
 * Today's bookings of every kind the colours and names must hold for: received from 20 minutes to
 * a day ago at each priority (so on time, at risk and breached), one missing a skill (a warning)
 * and one on hold.
 */
async function bookEveryKind(host: Host): Promise<void> {
  const [client] = value(await host.call('clients:list', {})).clients;
  const techs = value(await host.call('technicians:list', {}));
  const day = dayOf(testNow(), testZone());
  const agoMinutes = [20, 90, 180, 300, 1440];
  const priorities = ['P1', 'P2', 'P3'] as const;
  let slot = 0;
  for (const priority of priorities) {
    for (const ago of agoMinutes) {
      const tech = techs[slot % techs.length]!;
      const missing = slot === 0 ? ['a-skill-nobody-has'] : [];
      const job = value(
        await host.call('jobs:create', {
          clientId: client!.id,
          title: `${priority} received ${ago} min ago`,
          category: 'other',
          requiredSkills: missing,
          priority,
          estimateMinutes: 30,
          receivedAt: new Date(testNow().getTime() - ago * 60_000).toISOString(),
        }),
      );
      const start = instantAt(day, `${String(10 + Math.floor(slot / techs.length) * 2).padStart(2, '0')}:00`, testZone());
      const booked = value(await host.call('schedule:assign', { jobId: job.id, technicianId: tech.id, start: start.toISOString(), overrideReason: 'accessibility check', expectedRevision: job.revision }));
      if (slot === 1) value(await host.call('jobs:status', { id: job.id, status: 'on-hold', reason: 'Waiting on parts', expectedRevision: booked.job.revision }));
      slot++;
    }
  }
}

/** A dialog opened by `open`, found by its accessible name, checked, then closed with Escape. */
async function checkDialog(page: Page, name: string | RegExp, open: () => Promise<void>): Promise<Locator> {
  await open();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page, `dialog ${String(name)}`);
  return dialog;
}

/** The focused element draws a visible focus ring (outline or box-shadow), not the browser's nothing. */
async function expectVisibleFocus(page: Page, what: string): Promise<void> {
  const ring = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing focused';
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    return outline || (s.boxShadow !== 'none' && s.boxShadow !== '') ? 'ok' : `no ring on ${el.outerHTML.slice(0, 80)}`;
  });
  expect.soft(ring, `focus ring on ${what}`).toBe('ok');
}

test('the board, the queue, the banner and every dialog have no serious or critical axe violations', async ({ page, host }) => {
  // Ten screens, each with a full axe run.
  test.setTimeout(120_000);
  await bookEveryKind(host);
  await page.goto(host.url);
  await expect(board(page).locator('.fc-event[data-job-id]').first()).toBeVisible();
  await expect(page.getByRole('alert', { name: /urgent jobs? needs? a technician/ })).toBeVisible();
  // The board shows each kind of event the colours and names must hold for.
  for (const state of ['ok', 'at-risk', 'breached']) await expect(board(page).locator(`.job-event__sla.sla--${state}`).first()).toBeAttached();
  await expect(board(page).locator('.job-event__warning').first()).toBeAttached();
  await expect(board(page).locator('.job-event__status', { hasText: 'On hold' }).first()).toBeAttached();
  await expectNoSeriousA11yViolations(page, 'board (day view), queue and alert banner', ['aria-allowed-role']);
  // An event's name holds all the text it shows, the SLA clock included; its times are its description.
  const breached = board(page).locator('.fc-event[data-job-id]', { has: page.locator('.sla--breached') }).first();
  const clock = (await breached.locator('.job-event__sla').innerText()).replace(/[!‼]/g, '').trim();
  await expect(breached).toHaveAccessibleName(new RegExp(`\\b${clock}\\b`));
  await expect(breached).toHaveAccessibleDescription(/^\d\d:\d\d–\d\d:\d\d\. (Response|Resolution) overdue/);

  await page.keyboard.press('Tab');
  await expectVisibleFocus(page, 'the first tab stop');
  await board(page).locator('.fc-event[data-job-id]').first().focus();
  await expectVisibleFocus(page, 'a board event');

  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await expect(board(page).locator('.fc-resourceTimelineWeek-view .fc-event[data-job-id]').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'board (week view)');
  await page.getByRole('button', { name: 'Day', exact: true }).click();

  await checkDialog(page, 'New job', () => page.getByRole('button', { name: 'New job' }).click());
  await page.keyboard.press('Escape');

  const panel = await checkDialog(page, /^Job J-/, () => queueRows(page).first().dblclick());
  await checkDialog(page, /^Assign J-/, () => panel.getByRole('button', { name: /^(Assign|Reassign)…$/ }).click());
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page, 'the assign dialog');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await checkDialog(page, 'Settings', () => page.getByRole('button', { name: 'Settings' }).click());
  await page.keyboard.press('Escape');
  await checkDialog(page, 'Archive', () => chooseOffice(page, 'Archive'));
  await page.keyboard.press('Escape');
  // The command that opened the dialog is hidden in the closed menu: focus goes back to the menu's button.
  await expect(page.getByRole('banner').getByRole('button', { name: 'Office' })).toBeFocused();
  await checkDialog(page, /Import .* from CSV/, () => chooseOffice(page, 'Import…'));
});

test('the run sheets have their content in landmarks and no serious or critical axe violations', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Print run sheets' }).click();
  await expect(page.locator('html[data-run-sheet="ready"]')).toHaveCount(1);
  await expect(page.getByRole('main')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'run sheets', ['region']);
});
