import type { Page } from '@playwright/test';
import type { LoadedExtension } from '../support/extension';
import type { Sandbox } from '../sandbox/server';
import { expect, test } from './fixtures';
import { stagedSelections } from './extension-pages';
import { boardUrl, boxOf, cardsOf, column, hoveredBoxOf, toolbar } from './page-locators';

/**
 * The overlay on the sandbox's pipeline board (HubSpot's DOM contract, lazy columns, React-like
 * refresh), driven as a user would, with accessible locators: every control is found by its role
 * and name. Screenshots go to the test's output folder.
 */
// 1,000 contacts → 500 deals, ~400 in the Sales Pipeline: columns longer than one lazy batch (20).
test.use({ sandboxOptions: { scale: 1000 } });

async function openBoard(extension: LoadedExtension, sandbox: Sandbox, view = 'all'): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(boardUrl(sandbox, view));
  await expect(page.getByRole('checkbox', { name: 'Select all in pipeline' })).toBeVisible();
  return page;
}

const shownCount = async (page: Page, stage: string) =>
  Number((await column(page, stage).locator('[data-test-id="cdb-column-count"]').innerText()).replace(/\D/g, ''));

/** The staged selections, read from the extension's IndexedDB in the service worker. */

test.describe('overlay on a pipeline board', () => {
  test('pick cards by hover, shift-click a range, ctrl-click one more', async ({ sandbox, extension }, testInfo) => {
    const page = await openBoard(extension, sandbox);
    const card = cardsOf(page, 'Qualified To Buy').nth(0);
    const first = boxOf(page, 'Qualified To Buy', 0);
    // A board only browsed has no box in any card: each comes when the pointer or focus does.
    await expect(page.locator('input[data-crmx-check="card"]')).toHaveCount(0);
    await card.hover();
    // Named "Select <card title>", as the browser computes accessible names.
    const title = await card.locator('[data-test-id="cdbc-title"]').innerText();
    await expect(card.getByRole('checkbox', { name: `Select ${title.trim()}`, exact: true })).toHaveCount(1);
    // Hovered, drawn as an empty box by an inset outline and its background alone (a paint-only
    // change, hubspot.content.css); the pointer gone, drawn as nothing (`appearance: none`, no border,
    // no outline, no fill), like HubSpot's own card checkbox, yet focusable.
    await expect(first).toHaveCSS('appearance', 'none');
    await expect(first).toHaveCSS('border-top-width', '0px');
    await expect(first).toHaveCSS('outline-style', 'solid');
    await expect(first).toHaveCSS('outline-color', 'rgb(118, 118, 118)');
    await expect(first).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await page.mouse.move(5, 5);
    await expect(first).toHaveCSS('outline-style', 'none');
    await card.hover();
    await first.click();
    await expect(first).toBeChecked();
    await expect(first).toHaveCSS('appearance', 'auto');
    // A picked card is ringed in crm-sweep's accent; the others are not.
    await expect(card.locator('[data-rbd-draggable-id]')).toHaveCSS('box-shadow', /rgb\(255, 92, 53\)/);
    await expect(cardsOf(page, 'Qualified To Buy').nth(1).locator('[data-rbd-draggable-id]')).toHaveCSS('box-shadow', 'none');
    // After the first pick every card shows its checkbox.
    await expect(boxOf(page, 'Closed Won', 3)).toHaveCSS('appearance', 'auto');
    await boxOf(page, 'Qualified To Buy', 3).click({ modifiers: ['Shift'] });
    for (const i of [1, 2, 3]) await expect(boxOf(page, 'Qualified To Buy', i)).toBeChecked();
    await boxOf(page, 'Qualified To Buy', 5).click({ modifiers: ['Control'] });
    await expect(toolbar(page)).toContainText('5 selected');
    await expect(page.getByRole('status').filter({ hasText: '5 selected' })).toHaveCount(1);
    // The anchor stayed on the first card: shift-click on card 7 selects 0–7 (from card 5 it
    // would have left card 4 out).
    await boxOf(page, 'Qualified To Buy', 7).click({ modifiers: ['Shift'] });
    await expect(boxOf(page, 'Qualified To Buy', 4)).toBeChecked();
    await expect(toolbar(page)).toContainText('8 selected');
    await page.mouse.move(5, 5);
    await page.screenshot({ path: testInfo.outputPath('board-picked-cards-and-action-bar.png') });
  });

  test('column select, select all in pipeline, and Delete… stages the whole pipeline', async ({ sandbox, extension }, testInfo) => {
    const page = await openBoard(extension, sandbox);
    const won = await shownCount(page, 'Closed Won');
    await page.getByRole('checkbox', { name: 'Select column Closed Won' }).click();
    await expect(toolbar(page)).toContainText(`${won} selected`);
    // Cards not rendered yet are part of the column: the count is HubSpot's, not the DOM's.
    expect(await cardsOf(page, 'Closed Won').count()).toBeLessThan(won);
    await expect(boxOf(page, 'Closed Won', 0)).toBeChecked();
    await page.getByRole('checkbox', { name: 'Select all in pipeline' }).click();
    const total = Number((await page.locator('[data-test-id="record-count"]').innerText()).replace(/\D/g, ''));
    await expect(toolbar(page)).toContainText(`${total.toLocaleString('en-US')} selected`);
    await page.screenshot({ path: testInfo.outputPath('board-whole-pipeline.png') });
    await toolbar(page).getByRole('button', { name: 'Delete…' }).click();
    await expect(toolbar(page)).toContainText(`${total.toLocaleString('en-US')} records are ready`);
    const staged = await stagedSelections(extension);
    expect(staged).toHaveLength(1);
    expect(staged[0]!.ids).toHaveLength(total);
    expect(staged[0]).toMatchObject({ objectTypeId: '0-3', displayedTotal: total });
  });

  test('virtual scroll and a board refresh keep the checked state', async ({ sandbox, extension }, testInfo) => {
    const page = await openBoard(extension, sandbox);
    const stage = 'Appointment Scheduled';
    await (await hoveredBoxOf(page, stage, 1)).click();
    const pickedId = await cardsOf(page, stage).nth(1).getAttribute('data-selenium-id');
    // Scroll the column until the board renders its next batch, then pick a card from it.
    const body = column(page, stage).locator('[data-test-id="cdb-column-body"]');
    await expect(cardsOf(page, stage)).toHaveCount(20);
    await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(cardsOf(page, stage)).not.toHaveCount(20);
    await boxOf(page, stage, 25).click();
    const lateId = await cardsOf(page, stage).nth(25).getAttribute('data-selenium-id');
    // HubSpot-like refresh: every card node replaced by a new one; then React drops foreign nodes.
    const before = await cardsOf(page, stage).nth(1).elementHandle();
    await page.evaluate(() => (window as any).__sandboxBoard.refresh());
    await expect.poll(() => before!.evaluate((el) => el.isConnected)).toBe(false);
    const card = (id: string | null) => page.locator(`[data-test-id="cdb-column-item"][data-selenium-id="${id}"]`).getByRole('checkbox');
    await expect(card(pickedId)).toBeChecked();
    await expect(card(lateId)).toBeChecked();
    await page.evaluate(() => (window as any).__sandboxBoard.removeForeignNodes());
    await expect(card(pickedId)).toBeChecked();
    await expect(card(lateId)).toBeChecked();
    await expect(toolbar(page)).toContainText('2 selected');
    await page.screenshot({ path: testInfo.outputPath('board-after-refresh.png') });
  });

  test('keyboard: space toggles the focused card, Esc clears', async ({ sandbox, extension }) => {
    const page = await openBoard(extension, sandbox);
    const handle = cardsOf(page, 'Contract Sent').nth(0).locator('[data-rbd-draggable-id]');
    await handle.focus();
    await page.keyboard.press('Space');
    await expect(boxOf(page, 'Contract Sent', 0)).toBeChecked();
    await expect(toolbar(page)).toContainText('1 selected');
    await page.keyboard.press('Escape');
    await expect(boxOf(page, 'Contract Sent', 0)).not.toBeChecked();
    await expect(toolbar(page)).toHaveCount(0);
  });

  test('a filtered board view refuses "select column" and says why', async ({ sandbox, extension }, testInfo) => {
    const page = await openBoard(extension, sandbox, '301');
    await page.getByRole('checkbox', { name: 'Select column Closed Won' }).click();
    await expect(page.getByRole('alert')).toContainText("HubSpot's API can't see this view's filters");
    await expect(page.getByRole('checkbox', { name: 'Select column Closed Won' })).not.toBeChecked();
    // Cards the user sees can still be picked.
    await (await hoveredBoxOf(page, 'Closed Won', 0)).click();
    await expect(toolbar(page)).toContainText('1 selected');
    await page.screenshot({ path: testInfo.outputPath('board-filtered-view-refusal.png') });
  });

  test('a card whose body paints over floats still shows its box, hovered and once picked (lifted)', async ({ sandbox, extension }) => {
    const page = await extension.context.newPage();
    // A positioned card body with a background: it paints over a float (CSS 2.1 Appendix E).
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = '[data-rbd-draggable-id]{position:relative;background:#fff}';
        document.head.append(style);
      }),
    );
    await page.goto(boardUrl(sandbox));
    await expect(page.getByRole('checkbox', { name: 'Select all in pipeline' })).toBeVisible();
    /** Whether the box is what the pointer would meet at its centre. */
    const onTop = (box: ReturnType<typeof boxOf>) =>
      box.evaluate((el) => {
        el.scrollIntoView({ block: 'center', inline: 'center' });
        const r = el.getBoundingClientRect();
        return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
      });
    const first = await hoveredBoxOf(page, 'Qualified To Buy', 0);
    expect(await onTop(first)).toBe(true);
    await first.click();
    await expect(first).toBeChecked();
    const other = boxOf(page, 'Closed Won', 1);
    await expect(other).toHaveCSS('appearance', 'auto');
    expect(await onTop(other)).toBe(true);
  });

  test('navigating away removes every node the overlay added', async ({ sandbox, extension }) => {
    const page = await openBoard(extension, sandbox);
    await (await hoveredBoxOf(page, 'Closed Lost', 0)).click();
    await expect.poll(() => page.locator('[data-crmx]').count()).toBeGreaterThan(100);
    await page.evaluate(() => history.pushState({}, '', '/contacts/1/record/0-3/1'));
    await expect(page.locator('[data-crmx]')).toHaveCount(0);
    await expect(page.locator('crm-sweep-overlay')).toHaveCount(0);
  });
});
