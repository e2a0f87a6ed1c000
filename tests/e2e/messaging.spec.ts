import { expect, test } from './fixtures';
import { hoveredRowBox } from './page-locators';

test.describe('content script ↔ background', () => {
  test('a sandbox table page gets the overlay once the background has identified the page', async ({ sandbox, extension }, testInfo) => {
    const page = await extension.context.newPage();
    await page.goto(`${sandbox.url}/contacts/${sandbox.portalId}/objects/0-1/views/all/list`);
    // "Select page" only comes after the background answered page/context for this URL; a row's
    // box when the mouse comes to the row; the host with the action bar only once it is needed (host.ts).
    await expect(page.getByRole('checkbox', { name: 'Select all 25 records on this page' })).toBeVisible();
    await expect(page.locator('crm-sweep-overlay')).toHaveCount(0);
    await (await hoveredRowBox(page, 0)).click();
    await expect(page.locator('crm-sweep-overlay[data-crmx-page="table"]')).toHaveCount(1);
    await page.screenshot({ path: testInfo.outputPath('table-with-overlay.png') });
  });

  test('a page that is not a CRM index gets nothing added', async ({ sandbox, extension }) => {
    const page = await extension.context.newPage();
    await page.goto(`${sandbox.url}/contacts/${sandbox.portalId}/objects/0-1/views/all/list`);
    await (await hoveredRowBox(page, 0)).click();
    await expect(page.locator('crm-sweep-overlay')).toHaveCount(1);
    // HubSpot is a single-page app: navigating away must remove every node we added.
    await page.evaluate(() => history.pushState({}, '', '/settings/account'));
    await expect(page.locator('[data-crmx-overlay]')).toHaveCount(0);
    await expect(page.locator('[data-crmx]')).toHaveCount(0);
  });

  test('the background answers the page with the portal from the URL, parsed by itself', async ({ sandbox, extension }) => {
    const page = await extension.context.newPage();
    await page.goto(`${sandbox.url}/contacts/${sandbox.portalId}/objects/0-3/views/all/board?pipeline=default`);
    const columnBoxes = page.locator('input[data-crmx-check="column"]');
    await expect(columnBoxes.first()).toBeVisible();
    await columnBoxes.first().click();
    await expect(page.locator('crm-sweep-overlay[data-crmx-page="board"]')).toHaveCount(1);
  });
});
