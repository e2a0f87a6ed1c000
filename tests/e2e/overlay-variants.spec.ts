import type { Page } from '@playwright/test';
import type { Sandbox } from '../sandbox/server';
import { expect, test } from './fixtures';
import { openDecoratedTable, stagedSelections } from './extension-pages';
import { boardUrl, hoveredRowBox, toolbar } from './page-locators';

/**
 * The same selection on every DOM variant of each sandbox page type (`?variant=`,
 * tests/sandbox/ui/variants.ts): HubSpot has shipped each of these forms, and the overlay must
 * read its counts from whichever the page uses (COUNT_SIGNALS in lib/hubspot/page/selectors.ts).
 * Where a page shows no total, "select all" is offered where the API alone defines the set and
 * says whose count it is. Each run ends with what the background staged.
 */
const tableUrl = (s: Sandbox, variant: string) => `${s.url}/contacts/${s.portalId}/objects/0-1/views/all/list?variant=${variant}`;
const listUrl = (s: Sandbox, listId: string, variant: string) => `${s.url}/contacts/${s.portalId}/objectLists/${listId}?variant=${variant}`;
const rowBoxes = (page: Page) => page.locator('input[data-crmx-check="row"]');
const NO_TOTAL = (count: number, noun: string) => `HubSpot shows no total here; the API counts ${count.toLocaleString('en-US')} ${noun}.`;

for (const variant of ['current', 'object-table', 'grid', 'no-total'] as const) {
  test(`table, ${variant}: pick a range, select the page, select all, Delete… stages every record`, async ({
    sandbox,
    extension,
  }, testInfo) => {
    const total = sandbox.store.listRecords('0-1').length;
    const page = await openDecoratedTable(extension, tableUrl(sandbox, variant));
    await (await hoveredRowBox(page, 1)).click();
    await expect(rowBoxes(page)).toHaveCount(25); // every row, once anything is picked
    await rowBoxes(page)
      .nth(4)
      .click({ modifiers: ['Shift'] });
    await expect(toolbar(page)).toContainText('4 selected');
    await page.getByRole('checkbox', { name: 'Select all 25 records on this page' }).click();
    await expect(toolbar(page)).toContainText('25 selected');
    if (variant === 'no-total') {
      await toolbar(page).getByRole('button', { name: 'Select all records in this view' }).click();
      await expect(toolbar(page)).toContainText(NO_TOTAL(total, 'records'));
    } else {
      await toolbar(page)
        .getByRole('button', { name: `Select all ${total} records` })
        .click();
    }
    await expect(toolbar(page)).toContainText(`${total} selected`);
    if (variant === 'no-total') await page.screenshot({ path: testInfo.outputPath('table-no-total-api-count.png') });
    await toolbar(page).getByRole('button', { name: 'Delete…' }).click();
    await expect(toolbar(page)).toContainText(`${total} records are ready`);
    const [staged] = await stagedSelections(extension);
    expect(new Set(staged!.ids)).toEqual(new Set(sandbox.store.listRecords('0-1').map((r) => r.id)));
    expect(staged).toMatchObject(variant === 'no-total' ? { apiCounted: total } : { displayedTotal: total });
  });
}

for (const variant of ['current', 'no-total'] as const) {
  test(`list, ${variant}: select the page, then every member`, async ({ sandbox, extension }) => {
    const list = sandbox.store.lists.all().find((l) => l.name === 'Newsletter import')!;
    const members = sandbox.store.listMembers(list.listId);
    const page = await openDecoratedTable(extension, listUrl(sandbox, list.listId, variant));
    // Without a total the page's own word for its records is unknown: "records".
    const noun = variant === 'no-total' ? 'records' : 'contacts';
    await page.getByRole('checkbox', { name: `Select all 25 ${noun} on this page` }).click();
    if (variant === 'no-total') {
      await toolbar(page).getByRole('button', { name: 'Select all members of this list' }).click();
      await expect(toolbar(page)).toContainText(NO_TOTAL(members.length, 'records'));
    } else {
      await toolbar(page)
        .getByRole('button', { name: `Select all ${members.length} contacts` })
        .click();
    }
    await expect(toolbar(page)).toContainText(`${members.length} selected`);
    await toolbar(page).getByRole('button', { name: 'Delete records…' }).click();
    await expect(toolbar(page)).toContainText(`${members.length} records are ready`);
    const [staged] = await stagedSelections(extension);
    expect(staged).toMatchObject({ listId: list.listId });
    expect(new Set(staged!.ids)).toEqual(new Set(members));
  });
}

test.describe('board variants', () => {
  const firstColumn = (page: Page) => page.locator('[data-test-id="cdb-column"]').first();
  const pipelineDeals = (s: Sandbox, stage?: string) =>
    s.store.listRecords('0-3').filter((d) => d.properties.pipeline === 'default' && (!stage || d.properties.dealstage === stage));

  for (const variant of ['current', 'count-in-name', 'aria-label', 'no-count', 'flat-cards'] as const) {
    test(`board, ${variant}: pick cards, select a column, select the pipeline, Delete… stages the pipeline`, async ({
      sandbox,
      extension,
    }, testInfo) => {
      const page = await extension.context.newPage();
      await page.goto(`${boardUrl(sandbox)}&variant=${variant}`);
      const pipeline = page.getByRole('checkbox', { name: 'Select all in pipeline' });
      await expect(pipeline).toBeVisible();
      const cards = firstColumn(page).locator('[data-test-id="cdb-column-item"]');
      await cards.nth(0).hover();
      await cards
        .nth(0)
        .getByRole('checkbox', { name: /^Select / })
        .click();
      await cards
        .nth(2)
        .getByRole('checkbox', { name: /^Select / })
        .click({ modifiers: ['Shift'] });
      await expect(toolbar(page)).toContainText('3 selected');
      await toolbar(page).getByRole('button', { name: 'Clear' }).click();

      const stageId = (await firstColumn(page).getAttribute('data-stage-id'))!;
      const stage = sandbox.store
        .pipelines('0-3')
        .find((p) => p.id === 'default')!
        .stages.find((s) => s.id === stageId)!;
      const columnBox = page.getByRole('checkbox', { name: `Select column ${stage.label}`, exact: true });
      if (variant === 'no-count') {
        // No count to check a column against: no column control, only the pipeline (API-defined).
        await expect(columnBox).toHaveCount(0);
      } else {
        await columnBox.click();
        await expect(toolbar(page)).toContainText(`${pipelineDeals(sandbox, stageId).length} selected`);
        await columnBox.click();
      }
      const total = pipelineDeals(sandbox).length;
      await pipeline.click();
      if (variant === 'no-count') await expect(toolbar(page)).toContainText(NO_TOTAL(total, 'deals'));
      await expect(toolbar(page)).toContainText(`${total} selected`);
      await expect(pipeline).toBeChecked();
      await page.screenshot({ path: testInfo.outputPath(`board-${variant}-pipeline.png`) });
      await toolbar(page).getByRole('button', { name: 'Delete…' }).click();
      await expect(toolbar(page)).toContainText(`${total} records are ready`);
      const [staged] = await stagedSelections(extension);
      expect(new Set(staged!.ids)).toEqual(new Set(pipelineDeals(sandbox).map((d) => d.id)));
    });
  }
});
