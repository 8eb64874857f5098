/**
 * Focus rings follow the shape of what has the focus: a 2 px outline just outside the element,
 * with the element's own rounded corners. No stretched square overlay or shadow on a board event
 * (FullCalendar's own focus effect), and a chip's rounded outline when its select has the focus.
 */
import type { Locator, Page } from '@playwright/test';
import { BOOKED, tomorrow, writeBoardShop } from './board-shop';
import { boardEvent, openBoardOn, queue } from './board-helpers';
import { expect, test } from './fixtures';

test.use({ hostOptions: { prepare: writeBoardShop } });

/** Focus `target` from the keyboard (Tab from the element before it), as :focus-visible needs. */
async function tabTo(page: Page, target: Locator) {
  await target.evaluate((el) => {
    const before = document.createElement('button');
    before.textContent = 'start';
    before.style.position = 'fixed';
    before.style.top = '0';
    before.dataset.focusStart = '';
    el.before(before);
    before.focus();
  });
  await page.keyboard.press('Tab');
  await page.locator('[data-focus-start]').evaluate((el) => el.remove());
}

function ring(el: Locator) {
  return el.evaluate((node) => {
    const style = getComputedStyle(node);
    const after = getComputedStyle(node, '::after');
    return {
      visible: node.matches(':focus-visible') || node.matches(':focus-within'),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      offset: style.outlineOffset,
      radius: style.borderTopLeftRadius,
      shadow: style.boxShadow,
      overlay: after.content,
    };
  });
}

test('board events, buttons and chips get a round 2 px ring, never a stretched box', async ({ page, host }, info) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openBoardOn(page, host.url, tomorrow());

  const event = boardEvent(page, BOOKED);
  await tabTo(page, event);
  await expect(event).toBeFocused();
  const onEvent = await ring(event);
  expect(onEvent).toMatchObject({ visible: true, outline: 'solid 2px', offset: '2px', radius: '4px', overlay: 'none' });
  // Only the card's own faint shadow, not FullCalendar's focus shadow.
  expect(onEvent.shadow).not.toContain('5px');
  await page.screenshot({ path: info.outputPath('focus-event.png'), clip: await boxAround(event) });

  const button = page.getByRole('button', { name: 'Board options' });
  await tabTo(page, button);
  expect(await ring(button)).toMatchObject({ visible: true, outline: 'solid 2px', offset: '2px', radius: '6px' });

  // The Zone chip: its select has the focus; the pill-shaped chip carries the ring.
  const select = queue(page).getByRole('combobox', { name: /Zone/ });
  await tabTo(page, select);
  await expect(select).toBeFocused();
  const chip = select.locator('xpath=ancestor::label[1]');
  expect(await ring(chip)).toMatchObject({ outline: 'solid 2px', offset: '2px', radius: '12px' });
  expect((await ring(select)).outline).toMatch(/^none /);
  await page.screenshot({ path: info.outputPath('focus-chip.png'), clip: await boxAround(chip) });
});

/** The element's box with room for its ring around it. */
async function boxAround(el: Locator) {
  const b = (await el.boundingBox())!;
  return { x: b.x - 12, y: b.y - 12, width: b.width + 24, height: b.height + 24 };
}
