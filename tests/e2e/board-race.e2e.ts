/**
 * A change from elsewhere while this window's own drop of the same job is saving. Another client
 * moves the job through the host's API in the window between the drop and the host's answer, in
 * both orders: after our move is committed (ours is then overtaken) and before it (ours is then
 * refused with CONFLICT). Fifty times; each time the board must end up showing the job where the
 * data file on disk has it, on the right row at the right time.
 *
 * The interleaving is made, not hoped for: the page's `schedule:move` call is held in a route
 * while the other client's change is made and pushed to the page, then released.
 */
import type { Page, Route } from '@playwright/test';
import { ANA, BEN, BOOKED, CY, at, tomorrow, writeBoardShop } from './board-shop';
import { boardEvent, moveEvent, openBoardOn } from './board-helpers';
import { expect, test } from './fixtures';
import type { Host } from './fixtures';
import { testZone } from './test-clock';

test.use({ hostOptions: { prepare: writeBoardShop } });

const ROUNDS = 50;

const hhmm = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: testZone(), hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));

/** Where the board draws the job: its row and the times its hidden description gives. */
async function shownPlace(page: Page, jobId: string): Promise<string> {
  const event = boardEvent(page, jobId);
  if ((await event.count()) !== 1) return `${await event.count()} events`;
  return event.evaluate((el) => {
    const row = el.closest('[data-resource-id]')?.getAttribute('data-resource-id') ?? '?';
    const desc = document.getElementById(`job-event-desc-${el.dataset.jobId}`)?.textContent ?? '';
    return `${row} ${/\d\d:\d\d–\d\d:\d\d/.exec(desc)?.[0] ?? desc}`;
  });
}

async function placeOnDisk(host: Host, jobId: string): Promise<string> {
  const a = (await host.readDataFile()).jobs.find((j) => j.id === jobId)!.assignment!;
  return `${a.technicianId} ${hhmm(a.start)}–${hhmm(a.end)}`;
}

test('a remote change while a drop of the same job is saving: the board ends where the disk is, 50 times out of 50', async ({ page, host }) => {
  test.setTimeout(10 * 60_000);
  const day = tomorrow();
  // Count the pushes naming the job, to know when the page has heard of the other client's change.
  let pushes = 0;
  page.on('websocket', (ws) =>
    ws.on('framereceived', ({ payload }) => {
      if (String(payload).includes('"jobs:changed"') && String(payload).includes(BOOKED)) pushes += 1;
    }),
  );
  const heard = async (after: number) => {
    await expect.poll(() => pushes, { timeout: 5000, intervals: [10] }).toBeGreaterThan(after);
    // Let the page act on it (apply the delta, or refetch) before our answer arrives.
    await page.waitForTimeout(250);
  };

  let round: { remote: { technicianId: string; start: string }; remoteFirst: boolean; done: () => void } | null = null;
  await page.route('**/api/invoke', async (route: Route) => {
    const body = route.request().postDataJSON() as { channel: string; input: { jobId?: string } };
    const r = round;
    if (!r || body.channel !== 'schedule:move' || body.input.jobId !== BOOKED) return route.continue();
    round = null;
    const elsewhere = async () => {
      const before = pushes;
      const moved = await host.call('schedule:move', { jobId: BOOKED, ...r.remote });
      expect(moved.ok).toBe(true);
      await heard(before);
    };
    if (r.remoteFirst) await elsewhere();
    const before = pushes;
    const response = await route.fetch();
    if (!r.remoteFirst) {
      await heard(before); // our own commit's push
      await elsewhere();
    }
    await route.fulfill({ response });
    r.done();
  });

  await openBoardOn(page, host.url, day);
  const wrong: string[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const local = i % 2 === 0 ? { tech: CY, time: '10:00' } : { tech: BEN, time: '11:00' };
    const remote = { technicianId: ANA, start: at(day, i % 2 === 0 ? '15:00' : '16:00') };
    const settled = new Promise<void>((done) => (round = { remote, remoteFirst: i % 4 >= 2, done }));
    await moveEvent(page, boardEvent(page, BOOKED), local.tech, day, local.time);
    await settled;
    const disk = await placeOnDisk(host, BOOKED);
    expect(disk.startsWith(ANA)).toBe(true);
    try {
      await expect.poll(() => shownPlace(page, BOOKED), { timeout: 2000 }).toBe(disk);
    } catch {
      wrong.push(`round ${i + 1} (${round ? 'no drop' : i % 4 >= 2 ? 'remote first' : 'ours first'}): board ${await shownPlace(page, BOOKED)}, disk ${disk}`);
    }
  }
  expect(wrong).toEqual([]);
});
