/**
 * Calendar feeds and public holidays in Chromium against the headless host: issue a technician's
 * feed link in Settings, subscribe to it over HTTP as a calendar app would (content parsed with
 * ical.js and checked against the data file), re-issue and revoke it, download an export; then add
 * a country's public holidays to an SLA tier and find them on disk.
 */
import { readFile } from 'node:fs/promises';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, test } from './fixtures';
import { parseIcs, wallTime } from '../electron/core/services/calendar/parse-ics';
import type { DispatchDocument } from '../../shared/schemas/document';
import { dayBounds } from '../../shared/domain/jobs';
import { defaultFeedRange } from '../../electron/core/services/calendar/calendar';

test.use({ hostOptions: { sample: true } });

/**
 * The UIDs a technician's feed must carry: open bookings (visit n + 1) and their recorded visits,
 * those within the feed's window (from a month back: the sample shop's history goes back further).
 */
function expectedUids(doc: DispatchDocument, technicianId: string, now: Date): string[] {
  const since = dayBounds(defaultFeedRange(now, doc.settings.timeZone).from, doc.settings.timeZone).start.getTime();
  const uids: string[] = [];
  for (const job of doc.jobs) {
    job.visits.forEach((v, i) => v.technicianId === technicianId && Date.parse(v.departedAt) > since && uids.push(`${job.id}.visit-${i + 1}@dispatch-console`));
    const a = job.assignment;
    if (a?.technicianId !== technicianId || job.status === 'cancelled') continue;
    if (job.visits.some((v) => Date.parse(v.recordedAt) >= Date.parse(a.start))) continue;
    uids.push(`${job.id}.visit-${job.visits.length + 1}@dispatch-console`);
  }
  return uids.sort();
}

/** A calendar app reading the feed: a plain GET, no Origin, no cookies. */
async function subscribe(url: string): Promise<{ status: number; body: string; type: string | null }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.text(), type: res.headers.get('content-type') };
}

test('issue a technician’s feed link, subscribe over HTTP, re-issue and revoke it, export a file', async ({ page, host, timeZone, testClock }, testInfo) => {
  const doc = await host.readDataFile();
  const booked = doc.technicians.filter((t) => t.active && doc.jobs.some((j) => j.assignment?.technicianId === t.id && j.status !== 'cancelled'));
  const tech = booked[0]!;
  const expected = expectedUids(doc, tech.id, testClock.now());
  expect(expected.length).toBeGreaterThan(0);

  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('tab', { name: 'Calendar feeds' }).click();
  await expect(dialog.getByRole('note')).toContainText(`served by this console at ${host.baseUrl}`);
  const row = dialog.getByRole('listitem', { name: `${tech.name}'s calendar feed` });
  await row.getByRole('button', { name: 'Issue feed link' }).click();
  await expect(row.getByRole('status')).toContainText('shown only this once');
  const link = await row.getByLabel(`${tech.name}'s feed link`).inputValue();
  expect(link.startsWith(`${host.baseUrl}/api/v1/calendars/${encodeURIComponent(tech.id)}.ics?token=`)).toBe(true);
  await expectNoSeriousA11yViolations(page, 'settings, calendar feeds');
  await page.screenshot({ path: testInfo.outputPath('calendar-feeds.png') });

  // The token is on disk only as a hash.
  const stored = await host.readDataFile();
  const token = new URL(link).searchParams.get('token')!;
  expect(stored.calendarFeeds.map((f) => f.technicianId)).toEqual([tech.id]);
  expect(JSON.stringify(stored)).not.toContain(token);

  const feed = await subscribe(link);
  expect(feed.status).toBe(200);
  expect(feed.type).toBe('text/calendar; charset=utf-8');
  const parsed = parseIcs(feed.body);
  expect(parsed.events.map((e) => e.uid).sort()).toEqual(expected);
  // Each booking at its booked instant, shown at the shop's wall-clock time.
  for (const job of doc.jobs.filter((j) => j.assignment?.technicianId === tech.id && j.status !== 'cancelled' && j.visits.length === 0)) {
    const event = parsed.events.find((e) => e.uid === `${job.id}.visit-1@dispatch-console`)!;
    expect(event.start).toBe(new Date(job.assignment!.start).toISOString());
    expect(event.summary.startsWith(`${job.number} `)).toBe(true);
    expect(wallTime(event.start, timeZone)).toMatch(/^\d\d:\d\d$/);
  }
  const withSite = doc.jobs.find((j) => j.assignment?.technicianId === tech.id && j.siteId && j.visits.length === 0);
  if (withSite) {
    const site = doc.sites.find((s) => s.id === withSite.siteId)!;
    expect(parsed.events.find((e) => e.uid.startsWith(`${withSite.id}.`))?.location).toBe(site.address || site.name);
  }

  // Re-issue: the old link stops working, the new one works.
  await row.getByRole('button', { name: 'Re-issue link…' }).click();
  await row.getByRole('button', { name: 'Make a new link' }).click();
  await expect(row.getByRole('status')).toContainText('The previous link no longer works.');
  const newLink = await row.getByLabel(`${tech.name}'s feed link`).inputValue();
  expect(newLink).not.toBe(link);
  expect((await subscribe(link)).status).toBe(403);
  expect((await subscribe(newLink)).status).toBe(200);

  // Revoke: refused from then on.
  await row.getByRole('button', { name: 'Revoke…' }).click();
  await row.getByRole('button', { name: 'Revoke the link' }).click();
  await expect(row.getByRole('status')).toHaveText(`${tech.name}'s feed link no longer works.`);
  await expect(row.getByRole('button', { name: 'Issue feed link' })).toBeVisible();
  expect((await subscribe(newLink)).status).toBe(403);
  expect((await host.readDataFile()).calendarFeeds).toEqual([]);

  // Export: the browser downloads the same bookings as a file.
  const exportForm = dialog.getByRole('form', { name: 'Export bookings' });
  await exportForm.getByLabel('Technician').selectOption(tech.id);
  const download = page.waitForEvent('download');
  await exportForm.getByRole('button', { name: 'Export .ics' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^bookings-[a-z0-9-]+-2026-12-09-to-2027-01-05\.ics$/);
  await expect(exportForm.getByRole('status')).toContainText(`Downloaded ${file.suggestedFilename()}`);
  const exported = parseIcs(await readFile((await file.path())!, 'utf8'));
  const inRange = parsed.events.filter((e) => e.start >= '2026-12-09').map((e) => e.uid).sort();
  expect(exported.events.map((e) => e.uid).sort()).toEqual(inRange);
});

test('add England’s public holidays to an SLA tier from the holiday data set', async ({ page, host }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('radio', { name: /^Standard/ }).click();
  await dialog.getByRole('button', { name: 'Add public holidays…' }).click();
  await dialog.getByRole('combobox', { name: 'Country' }).selectOption('GB');
  await dialog.getByRole('combobox', { name: 'State or region' }).selectOption('ENG');
  await expect(dialog.getByRole('combobox', { name: 'Year' })).toHaveValue('2026');
  const list = dialog.getByRole('list', { name: 'Public holidays 2026' });
  await expect(list.getByText('Boxing Day (substitute day)')).toBeVisible();
  // Closing days are ticked, observances are not.
  await expect(list.getByRole('checkbox', { name: /2026-12-25 Fri Christmas Day/ })).toBeChecked();
  await expect(list.getByRole('checkbox', { name: /Mother's Day/ })).not.toBeChecked();
  // The dispatcher leaves Good Friday out.
  await list.getByRole('checkbox', { name: /Good Friday/ }).uncheck();
  await expectNoSeriousA11yViolations(page, 'settings, public holidays');
  await page.screenshot({ path: testInfo.outputPath('public-holidays.png') });
  await dialog.getByRole('button', { name: 'Add 8 holidays' }).click();
  await expect(dialog.getByText('Added 8 holidays to the list. Save the tier to keep them.')).toBeVisible();
  await expect(list.getByRole('checkbox', { name: /Christmas Day \(already listed\)/ })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Save tier' }).click();
  await expect(dialog.getByText('Saved "Standard (business hours)"')).toBeVisible();

  const onDisk = await host.readDataFile();
  expect(onDisk.slaPolicies.find((p) => p.id === 'standard')?.holidays).toEqual([
    '2026-01-01',
    '2026-04-06',
    '2026-05-04',
    '2026-05-25',
    '2026-08-31',
    '2026-12-25',
    '2026-12-26',
    '2026-12-28',
  ]);
  expect(onDisk.settings.holidayLocation).toEqual({ country: 'GB', state: 'ENG', region: null });
});
