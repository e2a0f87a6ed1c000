import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openedConfirmation, stagedSelections } from './extension-pages';
import { boardUrl, tableRows, toolbar } from './page-locators';
import { items, text } from './popup-journey-text';

/**
 * Issue 20, item 5: the whole path by keyboard alone, asserting where the focus is at every step
 * (through the overlay's shadow root): Tab to a card's checkbox, Space to pick it, Alt+Shift+K to
 * the toolbar, arrow to Delete…, Enter; in the popup the focus starts at the confirmation's
 * heading, Tab reaches the typed count, and Enter starts the job. Also: Clear and the shortcut
 * bring the focus back to the card, never to <body>; the focus ring is ≥ 3:1 against the column.
 */
const say = (key: Parameters<typeof text>[1], params?: Record<string, string | number>) => text('en', key, params);

/** What has the focus: "page:<what>", "bar:<button text or name>", "body". */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    if (active.tagName === 'CRM-SWEEP-OVERLAY') {
      const inner = active.shadowRoot?.activeElement;
      return `bar:${inner?.getAttribute('aria-label') ?? inner?.textContent?.trim() ?? '?'}`;
    }
    const check = active.getAttribute('data-crmx-check');
    return check ? `page:${check}:${active.getAttribute('aria-label')}` : `page:${active.tagName.toLowerCase()}`;
  });

function contrast(a: number[], b: number[]): number {
  const lum = (c: number[]) => {
    const [r, g, bl] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
const rgb = (css: string) =>
  css
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number);

test('keyboard only: card → pick → toolbar by Alt+Shift+K → Delete… → confirm in the popup', async ({ sandbox, extension }) => {
  const page = await extension.context.newPage();
  await page.goto(boardUrl(sandbox));
  await expect(page.getByRole('checkbox', { name: 'Select all in pipeline' })).toBeVisible();
  const firstCard = page.locator('[data-test-id="cdb-column-item"]').first();
  const firstCardBox = firstCard.locator('input[data-crmx-check="card"]');
  // No card has its box yet: it comes with the focus (lib/overlay/box-demand.ts).
  await expect(firstCardBox).toHaveCount(0);
  const cardName = `Select ${(await firstCard.locator('[data-test-id="cdbc-title"]').innerText()).trim()}`;

  // 1. Reach the first card's checkbox with Tab alone.
  let presses = 0;
  while ((await focused(page)) !== `page:card:${cardName}` && presses < 60) {
    await page.keyboard.press('Tab');
    presses++;
  }
  expect(await focused(page)).toBe(`page:card:${cardName}`);
  // Its focus ring: dark on a white halo, ≥ 3:1 against the column behind it (was 3.2:1; aim higher).
  const ring = await firstCardBox.evaluate((box) => {
    const column = box.closest('[data-test-id="cdb-column"]')!;
    return {
      outline: getComputedStyle(box).outlineColor,
      style: getComputedStyle(box).outlineStyle,
      column: getComputedStyle(column).backgroundColor,
    };
  });
  expect(ring.style).toBe('solid');
  expect(contrast(rgb(ring.outline), rgb(ring.column))).toBeGreaterThanOrEqual(7);

  // 2. Space picks it; the focus stays on the card.
  await page.keyboard.press('Space');
  await expect(firstCardBox).toBeChecked();
  await expect(toolbar(page)).toContainText('1 selected');
  expect(await focused(page)).toBe(`page:card:${cardName}`);

  // 3. Alt+Shift+K: to the toolbar's first action, and back to the card.
  await page.keyboard.press('Alt+Shift+KeyK');
  expect(await focused(page)).toBe('bar:Clear');
  await page.keyboard.press('Alt+Shift+KeyK');
  expect(await focused(page)).toBe(`page:card:${cardName}`);

  // 4. Clear hands the focus back to the card, not to <body>.
  await page.keyboard.press('Alt+Shift+KeyK');
  await page.keyboard.press('Enter');
  await expect(toolbar(page)).toHaveCount(0);
  expect(await focused(page)).toBe(`page:card:${cardName}`);

  // 5. Pick again, to the toolbar, arrow to Delete…, Enter: the focus stays on Delete….
  await page.keyboard.press('Space');
  await expect(toolbar(page)).toContainText('1 selected');
  await page.keyboard.press('Alt+Shift+KeyK');
  await page.keyboard.press('ArrowRight');
  expect(await focused(page)).toBe('bar:Delete…');
  await page.keyboard.press('Enter');
  await expect(toolbar(page)).toContainText('1 record is ready');
  expect(await focused(page)).toBe('bar:Delete…');
  expect(await stagedSelections(extension)).toHaveLength(1);

  // 6. The popup: focus at the confirmation's heading; Tab on to the typed count; Enter starts.
  const { page: popup } = await openedConfirmation(extension);
  const confirm = popup.getByRole('region', { name: say('confirm.heading') });
  await expect(confirm.getByRole('heading', { name: say('confirm.heading') })).toBeFocused();
  const typed = confirm.getByRole('textbox', { name: say('typed.label', { count: 1 }) });
  for (let i = 0; i < 20 && !(await typed.evaluate((e) => e === document.activeElement)); i++) await popup.keyboard.press('Tab');
  await expect(typed).toBeFocused();
  await popup.keyboard.type('1');
  await popup.keyboard.press('Enter');
  // The confirmation goes; the focus moves to the popup's main area, not to <body>.
  await expect(confirm).toHaveCount(0);
  await expect(popup.locator('main')).toBeFocused();
  const recent = popup.getByRole('region', { name: say('recent.heading') });
  await expect(recent.locator('li.recent-item').first()).toContainText(items('en', '0-3', 1));
  await expect(recent.locator('li.recent-item section.job .state').first()).toHaveText(say('job.state.done'), { timeout: 30_000 });
  expect(sandbox.calls.filter({ route: 'batch/archive' }).length).toBeGreaterThan(0);
});

test("keyboard only on a table: Tab reaches HubSpot's row checkbox, then crm-sweep's, Space picks, every row gets its box", async ({
  sandbox,
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(`${sandbox.url}/contacts/${sandbox.portalId}/objects/0-1/views/all/list`);
  await expect(page.getByRole('checkbox', { name: 'Select all 25 records on this page' })).toBeVisible();
  const firstRow = tableRows(page).first();
  // No row has its box yet: it comes with the focus (lib/overlay/box-demand.ts).
  await expect(firstRow.locator('input[data-crmx-check]')).toHaveCount(0);
  const name = (await firstRow.locator('td[data-column-index="0"] a span:not([aria-hidden])').innerText()).trim();

  // Tab until the focus is in the first row: HubSpot's own checkbox comes first, and keeps it.
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    if (await firstRow.evaluate((row) => row.contains(document.activeElement))) break;
  }
  expect(await focused(page)).toBe('page:input');
  await expect(firstRow.getByRole('checkbox', { name: 'Select row' })).toBeFocused();
  // The next Tab: crm-sweep's box, named after the row's record.
  await page.keyboard.press('Tab');
  const ours = firstRow.getByRole('checkbox', { name: `Select ${name}` });
  await expect(ours).toBeFocused();
  await page.keyboard.press('Space');
  await expect(ours).toBeChecked();
  await expect(toolbar(page)).toContainText('1 selected');
  await expect(page.locator('input[data-crmx-check="row"]')).toHaveCount(25);
  await expect(ours).toBeFocused();
});
