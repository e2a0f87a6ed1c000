import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Sandbox } from '../sandbox/server';
import { PAGE_IMPORT_PROBE, STRICT_PAGE_POLICY } from '../support/page-policy';
import { expect, test } from './fixtures';
import { openDecoratedTable, stagedSelections } from './extension-pages';
import { hoveredRowBox, toolbar } from './page-locators';

/**
 * The overlay on the sandbox's index table (table view, saved views): HubSpot's own checkboxes
 * and bulk bar stay; ours sit beside them. Accessible locators throughout; screenshots as test artifacts.
 */
const tableUrl = (s: Sandbox, view = 'all') => `${s.url}/contacts/${s.portalId}/objects/0-1/views/${view}/list`;
const ourRowBoxes = (page: Page) => page.locator('input[data-crmx-check="row"]');
const idOfRow = (page: Page, index: number) =>
  ourRowBoxes(page)
    .nth(index)
    .evaluate((box) => box.closest('tr')!.getAttribute('data-test-id')!.slice(4));

test.describe('overlay on the index table', () => {
  test('row checkboxes, select page, "Select all 200 records", then Delete… stages all 200', async ({ sandbox, extension }, testInfo) => {
    const page = await openDecoratedTable(extension, tableUrl(sandbox));
    // Until something is picked a row's box comes with the mouse or the focus; then every row has one.
    await expect(ourRowBoxes(page)).toHaveCount(0);
    await hoveredRowBox(page, 0);
    const firstName = await page
      .locator('tr[data-test-id^="row-"] td[data-column-index="0"] a span:not([aria-hidden])')
      .first()
      .innerText();
    // Chromium's own accessibility tree names the box (by reference: "Select" + the name link, without the avatar's initials).
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument');
    const { nodes } = await cdp.send('Accessibility.queryAXTree', {
      backendNodeId: root.backendNodeId,
      accessibleName: `Select ${firstName}`,
      role: 'checkbox',
    });
    expect(nodes).toHaveLength(1);
    await page.getByRole('checkbox', { name: `Select ${firstName}` }).click();
    await expect(toolbar(page)).toContainText('1 selected');
    await expect(ourRowBoxes(page)).toHaveCount(25);
    await page.getByRole('checkbox', { name: 'Select all 25 records on this page' }).click();
    await expect(toolbar(page)).toContainText('25 selected');
    await toolbar(page).getByRole('button', { name: 'Select all 200 records' }).click();
    await expect(toolbar(page)).toContainText('200 selected');
    // HubSpot's own controls are untouched beside ours.
    await expect(page.getByRole('checkbox', { name: 'Select row' }).first()).not.toBeChecked();
    await page.screenshot({ path: testInfo.outputPath('table-all-records-selected.png') });
    await toolbar(page).getByRole('button', { name: 'Delete…' }).click();
    await expect(toolbar(page)).toContainText('200 records are ready');
    const [staged] = await stagedSelections(extension);
    expect(staged!.ids).toHaveLength(200);
    expect(new Set(staged!.ids)).toEqual(new Set(sandbox.store.listRecords('0-1').map((r) => r.id)));
    // Leaving the page (single-page navigation) takes every added node away.
    await page.evaluate(() => history.pushState({}, '', '/contacts/1/objects/0-1/views/all/board'));
    await expect(page.locator('[data-crmx]')).toHaveCount(0);
    await expect(page.locator('[id^="crmx-"]')).toHaveCount(0);
  });

  test("paging: the next page's rows get checkboxes and the first page's picks are remembered", async ({ sandbox, extension }) => {
    const page = await openDecoratedTable(extension, tableUrl(sandbox));
    await (await hoveredRowBox(page, 2)).click();
    const pickedOnFirst = await idOfRow(page, 2);
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page.locator(`tr[data-test-id="row-${pickedOnFirst}"]`)).toHaveCount(0);
    await expect(ourRowBoxes(page)).toHaveCount(25);
    await ourRowBoxes(page)
      .nth(0)
      .click({ modifiers: ['Control'] });
    await expect(toolbar(page)).toContainText('2 selected');
    await page.getByRole('link', { name: 'Previous page' }).click();
    await expect(page.locator(`tr[data-test-id="row-${pickedOnFirst}"] input[data-crmx-check]`)).toBeChecked();
  });

  test('a table HubSpot renders after its data arrives gets "select page" in the frame it first appears in, row boxes on demand', async ({
    sandbox,
    extension,
  }) => {
    const page = await extension.context.newPage();
    // `?render=client`: the page loads without its table, and its script puts the table in 800 ms
    // after the page loaded, as HubSpot's app renders its tables after their data. A ResizeObserver
    // started as the table goes in calls back after that frame's layout and before its paint: the
    // header's box must already be there (one layout and paint of the whole table, not a second
    // one for ours on a later frame), and no row box (they come when someone comes for them).
    await page.addInitScript(`new MutationObserver((_, seen) => {
      const table = document.querySelector('table[data-test-id="framework-data-table"]');
      if (!table) return;
      seen.disconnect();
      new ResizeObserver((__, observer) => {
        observer.disconnect();
        window.boxesAtFirstLayout = [...table.querySelectorAll('input[data-crmx-check]')].map((box) => box.dataset.crmxCheck);
      }).observe(table);
    }).observe(document, { childList: true, subtree: true });`);
    await page.goto(`${tableUrl(sandbox)}?render=client&dataMs=800`);
    await expect(page.getByRole('status').filter({ hasText: 'Loading contacts…' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Select all 25 records on this page' })).toBeVisible();
    expect(await page.evaluate('window.boxesAtFirstLayout')).toEqual(['page']);
    await expect(await hoveredRowBox(page, 5)).toBeVisible();
  });

  test('a filtered view refuses "select all" with a clear message; the rows you see still stage', async ({
    sandbox,
    extension,
  }, testInfo) => {
    const page = await openDecoratedTable(extension, tableUrl(sandbox, '102'));
    const total = Number((await page.locator('[data-test-id="record-count"]').innerText()).replace(/\D/g, ''));
    expect(total).toBeGreaterThan(25);
    await page.getByRole('checkbox', { name: 'Select all 25 records on this page' }).click();
    await toolbar(page)
      .getByRole('button', { name: `Select all ${total} records` })
      .click();
    await expect(page.getByRole('alert')).toContainText(`can't select all ${total} records in a filtered view`);
    await expect(page.getByRole('alert')).toContainText("HubSpot's API can't see this view's filters");
    await expect(toolbar(page)).toContainText('25 selected');
    await page.screenshot({ path: testInfo.outputPath('table-filtered-view-refusal.png') });
    await toolbar(page).getByRole('button', { name: 'Delete…' }).click();
    await expect(toolbar(page)).toContainText('25 records are ready');
    expect((await stagedSelections(extension))[0]!.ids).toHaveLength(25);
  });

  test('a table HubSpot rebuilt: nothing is added and the overlay reports itself unavailable', async ({ sandbox, extension }) => {
    const page = await extension.context.newPage();
    const html = readFileSync(path.resolve(import.meta.dirname, '../fixtures/nonmatch-class-only.html'), 'utf8');
    await page.route(`${tableUrl(sandbox)}*`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(tableUrl(sandbox));
    await expect
      .poll(
        async () =>
          extension.worker.evaluate(async () =>
            Object.values((await (globalThis as any).chrome.storage.session.get('overlayStatus')).overlayStatus ?? {}),
          ),
        { timeout: 20_000 },
      )
      .toEqual([
        expect.objectContaining({
          state: 'unavailable',
          pageKind: 'table',
          reason: { key: 'overlay.noTable' },
        }),
      ]);
    await expect(page.locator('[data-crmx]')).toHaveCount(0);
  });
});

test.describe('overlay on a table whose page sends a Content-Security-Policy', () => {
  // The sandbox serves its pages with a policy refusing any script not from the page's own origin.
  test.use({ sandboxOptions: { pagePolicy: STRICT_PAGE_POLICY } });

  test("the page still gets the overlay (imported under the extension's policy)", async ({ sandbox, extension }) => {
    const page = await extension.context.newPage();
    // A refused load would show in the page's violation events.
    await page.addInitScript(`window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.blockedURI));`);
    await page.goto(tableUrl(sandbox));
    // The policy is in force for the page's own world.
    expect(await page.evaluate(PAGE_IMPORT_PROBE)).toBe('refused');
    await (await hoveredRowBox(page, 0)).click();
    await expect(toolbar(page)).toContainText('1 selected');
    expect(await page.evaluate('window.cspViolations.filter((u) => u.startsWith("chrome-extension"))')).toEqual([]);
  });
});
