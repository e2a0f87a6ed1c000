import { expect, test } from './fixtures';
import { setExtensionSettings } from './extension-pages';
import { boardUrl, cardsOf, column, hoveredRowBox } from './page-locators';

/**
 * The overlay in Danish (the language setting): every name it gives the page — card and row
 * checkboxes, column and pipeline controls, the toolbar and its buttons — and its refusals, the
 * ones it words itself and the ones the background sends back, are Danish. The expected words are
 * written out here, not read from the catalogue, so an English leftover or a broken placeholder
 * fails. HubSpot's own words on the page (stage names, "records") stay as HubSpot shows them.
 */
test.use({ sandboxOptions: { scale: 300 } });

test.beforeEach(async ({ extension }) => {
  await setExtensionSettings(extension, { language: 'da' });
});

test('board: Danish names for cards, columns, pipeline and the toolbar; a pick, screenshotted', async ({
  sandbox,
  extension,
}, testInfo) => {
  const page = await extension.context.newPage();
  await page.setViewportSize({ width: 1400, height: 800 });
  await page.goto(boardUrl(sandbox));
  await expect(page.getByRole('checkbox', { name: 'Vælg alle i pipelinen', exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Vælg kolonnen Closed Won', exact: true })).toHaveCount(1);
  await expect(page.getByRole('checkbox', { name: 'Select all in pipeline' })).toHaveCount(0);
  const card = cardsOf(page, 'Qualified To Buy').nth(0);
  const title = (await card.locator('[data-test-id="cdbc-title"]').innerText()).trim();
  await card.hover();
  await card.getByRole('checkbox', { name: `Vælg ${title}`, exact: true }).click();
  const bar = page.getByRole('toolbar', { name: 'crm-sweep-valg' });
  await expect(bar).toContainText('1 valgt');
  await expect(bar.getByRole('button', { name: 'Ryd', exact: true })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Slet…', exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '1 valgt' })).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('board-danish-pick.png') });
  // A filtered board view: the refusal the overlay words itself is Danish.
  await page.goto(boardUrl(sandbox, '301'));
  await page.getByRole('checkbox', { name: 'Vælg kolonnen Closed Won', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('crm-sweep kan ikke vælge en hel kolonne eller pipeline i en filtreret visning');
  await expect(column(page, 'Closed Won').getByRole('checkbox', { name: 'Vælg kolonnen Closed Won' })).not.toBeChecked();
});

test('table: Danish row and page names, "Vælg alle …", and a refusal the background sends in Danish', async ({ sandbox, extension }) => {
  const total = sandbox.store.listRecords('0-1').length;
  const page = await extension.context.newPage();
  await page.goto(`${sandbox.url}/contacts/${sandbox.portalId}/objects/0-1/views/all/list`);
  await expect(page.getByRole('checkbox', { name: 'Vælg alle 25 records på denne side', exact: true })).toBeVisible();
  const firstName = await page.locator('tr[data-test-id^="row-"] td[data-column-index="0"] a span:not([aria-hidden])').first().innerText();
  await hoveredRowBox(page, 0); // a row's box comes with the mouse
  await page.getByRole('checkbox', { name: `Vælg ${firstName}`, exact: true }).click();
  const bar = page.getByRole('toolbar', { name: 'crm-sweep-valg' });
  await expect(bar).toContainText('1 valgt');
  // "records" is HubSpot's own word on this (English) page; the rest is crm-sweep's Danish.
  await page.getByRole('checkbox', { name: 'Vælg alle 25 records på denne side', exact: true }).click();
  await bar.getByRole('button', { name: `Vælg alle ${total} records`, exact: true }).click();
  await expect(bar).toContainText(`${total} valgt`);
  // A contact deleted after the page loaded: HubSpot's API now lists one fewer than the page shows.
  sandbox.store.archive('0-1', [sandbox.store.listRecords('0-1')[0]!.id]);
  await bar.getByRole('button', { name: 'Slet…', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(
    `HubSpot viser ${total} poster i denne visning, men API’et finder ${total - 1}. Intet blev valgt`,
  );
});
