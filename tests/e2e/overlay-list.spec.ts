import type { Sandbox } from '../sandbox/server';
import { expect, test } from './fixtures';
import { openDecoratedTable, stagedSelections } from './extension-pages';
import { hoveredRowBox, toolbar } from './page-locators';

/**
 * The overlay on the sandbox's list pages (Contacts → Lists → a list): members in HubSpot's index
 * table, "Select all x contacts", and the list's own actions — "Remove from list…" only where
 * HubSpot allows it (manual and snapshot lists). Screenshots as test artifacts.
 */
const listUrl = (s: Sandbox, listId: string) => `${s.url}/contacts/${s.portalId}/objectLists/${listId}`;

test.describe('overlay on a list page', () => {
  test('a manual list: select all members, "Remove from list…" beside "Delete records…", staged with the list', async ({
    sandbox,
    extension,
  }, testInfo) => {
    const list = sandbox.store.lists.all().find((l) => l.name === 'Newsletter import')!;
    const members = sandbox.store.listMembers(list.listId);
    const page = await openDecoratedTable(extension, listUrl(sandbox, list.listId));
    await page.getByRole('checkbox', { name: 'Select all 25 contacts on this page' }).click();
    await toolbar(page)
      .getByRole('button', { name: `Select all ${members.length} contacts` })
      .click();
    await expect(toolbar(page)).toContainText(`${members.length} selected`);
    await expect(toolbar(page).getByRole('button', { name: 'Remove from list…' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('list-all-members-selected.png') });
    await toolbar(page).getByRole('button', { name: 'Delete records…' }).click();
    await expect(toolbar(page)).toContainText(`${members.length} records are ready`);
    const [staged] = await stagedSelections(extension);
    expect(staged).toMatchObject({ listId: list.listId, objectTypeId: '0-1' });
    expect(new Set(staged!.ids)).toEqual(new Set(members));
  });

  test('"Remove from list…" stages the picked members with the list, for the popup to offer removal', async ({ sandbox, extension }) => {
    const list = sandbox.store.lists.all().find((l) => l.processingType === 'SNAPSHOT')!;
    const page = await openDecoratedTable(extension, listUrl(sandbox, list.listId));
    await (await hoveredRowBox(page, 0)).click();
    await (await hoveredRowBox(page, 1)).click();
    await toolbar(page).getByRole('button', { name: 'Remove from list…' }).click();
    await expect(toolbar(page)).toContainText('2 records are ready');
    const [staged] = await stagedSelections(extension);
    expect(staged).toMatchObject({
      listId: list.listId,
      intent: 'removeFromList',
      source: { description: expect.stringMatching(/^Remove from list: 2 picked/) },
    });
    expect(staged!.ids).toHaveLength(2);
  });

  test('an active list offers "Delete records…" only', async ({ sandbox, extension }) => {
    const list = sandbox.store.lists.all().find((l) => l.processingType === 'DYNAMIC')!;
    const page = await openDecoratedTable(extension, listUrl(sandbox, list.listId));
    await (await hoveredRowBox(page, 0)).click();
    await expect(toolbar(page).getByRole('button', { name: 'Delete records…' })).toBeVisible();
    await expect(toolbar(page).getByRole('button', { name: 'Remove from list…' })).toHaveCount(0);
  });
});
