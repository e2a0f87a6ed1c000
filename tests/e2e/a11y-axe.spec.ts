import type { Page } from '@playwright/test';
import type { Sandbox } from '../sandbox/server';
import { expect, test } from './fixtures';
import { extensionPage, openDecoratedTable, openedConfirmation } from './extension-pages';
import { OUR_NODES, runAxe } from './axe';
import { boardUrl, hoveredRowBox, toolbar } from './page-locators';
import { items, text } from './popup-journey-text';

/**
 * Issue 20, item 5: axe-core audits crm-sweep's own nodes on the board, table and list with picks
 * (the overlay's shadow root included), the popup's confirmation, progress and recent views, and
 * the options page — zero WCAG 2.1 A/AA violations. A finding fails with axe's rule and targets.
 */
const say = (key: Parameters<typeof text>[1], params?: Record<string, string | number>) => text('en', key, params);
const tableUrl = (s: Sandbox) => `${s.url}/contacts/${s.portalId}/objects/0-1/views/all/list`;

async function expectNoViolations(page: Page, include?: string[]) {
  const report = await runAxe(page, include);
  expect(report.violations, JSON.stringify(report.violations, null, 1)).toEqual([]);
  return report;
}

/** The bar is a named region holding the toolbar, described by its keyboard shortcut. */
async function expectBarLandmark(page: Page) {
  const region = page.getByRole('region', { name: 'crm-sweep' });
  await expect(region.getByRole('toolbar', { name: 'crm-sweep selection' })).toBeVisible();
  await expect(toolbar(page)).toHaveAccessibleDescription(/^Alt\+Shift\+K moves the focus between the page and this toolbar\./);
}

// Lower rate so the job is still running when the test pauses it.
test.use({ sandboxOptions: { rateLimit: { max: 6, windowMs: 2_000 } } });

test.describe('axe-core: WCAG 2.1 AA', () => {
  test('the overlay on the table, list and board, with picks, expanded and collapsed', async ({ sandbox, extension }) => {
    const table = await openDecoratedTable(extension, tableUrl(sandbox));
    // Nothing picked yet: a row's box, brought by the mouse, drawn as an empty box while hovered.
    await hoveredRowBox(table, 2);
    await expectNoViolations(table, OUR_NODES);
    await (await hoveredRowBox(table, 0)).click();
    await table.getByRole('checkbox', { name: 'Select all 25 records on this page' }).click();
    await expect(toolbar(table).getByRole('button', { name: 'Select all 200 records' })).toBeVisible();
    await expectBarLandmark(table);
    const report = await expectNoViolations(table, OUR_NODES);
    // axe did look inside the shadow root (its targets there are [host, inner] pairs).
    expect(report.passedTargets.some((t) => t.startsWith('[["crm-sweep-overlay"'))).toBe(true);
    await toolbar(table).getByRole('button', { name: 'Collapse toolbar' }).click();
    await expectNoViolations(table, OUR_NODES);

    const list = sandbox.store.lists.all().find((l) => l.name === 'Newsletter import')!;
    const listPage = await openDecoratedTable(extension, `${sandbox.url}/contacts/${sandbox.portalId}/objectLists/${list.listId}`);
    await (await hoveredRowBox(listPage, 1)).click();
    await expect(toolbar(listPage)).toContainText('1 selected');
    await expectNoViolations(listPage, OUR_NODES);

    const board = await extension.context.newPage();
    await board.goto(boardUrl(sandbox));
    const card = board.locator('[data-test-id="cdb-column-item"]').first();
    await card.hover();
    await card.locator('input[data-crmx-check="card"]').click();
    await board.locator('input[data-crmx-check="column"]').nth(1).click();
    await expect(toolbar(board)).toContainText('selected');
    await expectBarLandmark(board);
    await expectNoViolations(board, OUR_NODES);
  });

  test('the popup’s confirmation, progress and recent views, and the options page', async ({ sandbox, extension }) => {
    const table = await openDecoratedTable(extension, tableUrl(sandbox));
    await table.getByRole('checkbox', { name: 'Select all 25 records on this page' }).click();
    await toolbar(table).getByRole('button', { name: 'Delete…' }).click();
    const { page: popup } = await openedConfirmation(extension);
    const confirm = popup.getByRole('region', { name: say('confirm.heading') });
    await expect(confirm.locator('dl.facts')).toContainText(items('en', '0-1', 25));
    await expect(popup.getByRole('heading', { level: 1, name: 'crm-sweep' })).toBeVisible();
    await expectNoViolations(popup);

    await confirm.getByRole('textbox', { name: say('typed.label', { count: 25 }) }).fill('25');
    await confirm.getByRole('button', { name: say('action.delete', { items: items('en', '0-1', 25) }), exact: true }).click();
    const pause = popup.getByRole('button', { name: new RegExp(`^${say('job.pause')}`) }).first();
    await pause.click();
    // The pause lands after the batch in flight: on a loaded 2-core host that can take a while.
    await expect(popup.getByText(say('job.state.paused')).first()).toBeVisible({ timeout: 30_000 });
    await expectNoViolations(popup);

    await popup
      .getByRole('button', { name: new RegExp(`^${say('job.resume')}`) })
      .first()
      .click();
    const recent = popup.getByRole('region', { name: say('recent.heading') });
    const batch = recent.locator('li.recent-item').first();
    await expect(batch.locator('section.job .state')).toHaveText(say('job.state.done'), { timeout: 40_000 });
    await expectNoViolations(popup);

    const options = await extensionPage(extension, 'options.html');
    await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(options);
  });
});
