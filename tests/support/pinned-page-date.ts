/**
 * Pin a browser context's `Date` to an instant that then advances with real time, so the page
 * agrees with a host started with `--now`. Used by the end-to-end fixtures and the benchmark.
 *
 * Not Playwright's `clock.install` / `setFixedTime`: its fake `Date` breaks subclasses
 * (`class X extends Date` gets a plain Date back; microsoft/playwright#35314), and the renderer's
 * time-zone code is such a subclass (`TZDate` from @date-fns/tz), which then reads the browser's
 * zone instead of the shop's. Its clock also replaces `performance` and makes `Event.timeStamp`
 * lazy, which the benchmark measures with. A `class PinnedDate extends Date` is no good either:
 * TZDate wraps the methods it finds as own properties of `Date.prototype`, so the replacement
 * keeps the real prototype object and only shifts "now".
 */
import type { BrowserContext } from '@playwright/test';

export async function pinPageDate(context: BrowserContext, at: Date): Promise<void> {
  await context.addInitScript(installPinnedDate, at.getTime());
}

/** Runs in the page before its own scripts; self-contained (Playwright sends its source). */
export function installPinnedDate(pinnedMs: number): void {
  const RealDate = Date;
  const offset = pinnedMs - RealDate.now();
  function PinnedDate(this: unknown, ...args: unknown[]): Date | string {
    // `Date()` without `new` returns the current time as text.
    if (!new.target) return new RealDate(RealDate.now() + offset).toString();
    const date = args.length === 0 ? new RealDate(RealDate.now() + offset) : new RealDate(...(args as [string]));
    // A subclass (`super()` from `class X extends Date`) gets its own prototype, as with the real Date.
    if (new.target !== PinnedDate) Object.setPrototypeOf(date, (new.target as { prototype: object }).prototype);
    return date;
  }
  PinnedDate.prototype = RealDate.prototype;
  PinnedDate.now = () => RealDate.now() + offset;
  PinnedDate.parse = RealDate.parse;
  PinnedDate.UTC = RealDate.UTC;
  globalThis.Date = PinnedDate as unknown as DateConstructor;
}
