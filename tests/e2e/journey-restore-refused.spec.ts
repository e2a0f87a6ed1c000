import type { Page } from '@playwright/test';
import type { LoadedExtension } from '../support/extension';
import type { Sandbox } from '../sandbox/server';
import { extensionTable, shiftJobBack } from './extension-pages';
import { expect, test } from './fixtures';
import { deleteListContactsThroughPopup } from './list-delete-steps';
import { text } from './popup-journey-text';
import { newestBatch, restoreExactly } from './restore-journey-steps';

/**
 * Issue 19, where the exact restore cannot be had: a batch older than HubSpot's 90 days goes
 * straight to re-create with the reason (no restore page opens), and a user without HubSpot's
 * restore permission gets the permission page — the popup names the permissions and offers
 * re-create. Nothing is restored or re-created by either.
 */
const N = 30; // more than a page of the list (25), as on a real list
const DAY_MS = 86_400_000;
const recreateName = `Re-create ${N} contacts from the snapshot (new IDs)`;

/** Deletes N contacts through a list page and the popup; returns the popup once the batch is done. */
async function deletedBatch(extension: LoadedExtension, sandbox: Sandbox): Promise<{ popup: Page; ids: string[]; jobId: string }> {
  const ids = sandbox.store
    .listRecords('0-1')
    .slice(0, N)
    .map((r) => r.id);
  const list = sandbox.store.lists.createManual('Refused restore', '0-1', ids);
  const popup = await deleteListContactsThroughPopup(extension, sandbox, list.listId, N);
  await expect(newestBatch(popup).locator('section.job').first().locator('.state')).toHaveText('Done', { timeout: 30_000 });
  const [job] = await extensionTable(popup, 'jobs');
  return { popup, ids, jobId: job.id };
}

test('a batch deleted more than 90 days ago: the reason, no restore page, and the keyboard on re-create', async ({
  sandbox,
  extension,
}) => {
  const { popup, ids, jobId } = await deletedBatch(extension, sandbox);
  await shiftJobBack(extension, jobId, 91 * DAY_MS);
  await popup.reload();
  const opened: string[] = [];
  extension.context.on('page', (p) => opened.push(p.url()));

  const batch = newestBatch(popup);
  await batch.getByRole('button', { name: text('en', 'exactRestore.button') }).click();
  const reason = text('en', 'restoreOpen.stale', { days: 90 });
  await expect(batch.getByRole('status').filter({ hasText: reason })).toHaveText(text('en', 'exactRestore.notApplicable', { reason }));
  await expect(batch.getByRole('button', { name: recreateName })).toBeFocused();
  await popup.waitForTimeout(500);
  expect(opened.filter((url) => url.includes('/recycling-bin/'))).toEqual([]);
  expect(await extensionTable(popup, 'restoreSessions')).toEqual([]);
  for (const id of ids) expect(sandbox.store.get('0-1', id)).toBeUndefined();
});

test('without HubSpot’s restore permission: the permission page is recognised, the popup names what is needed and offers re-create', async ({
  sandbox,
  extension,
}) => {
  // The HubSpot user in this browser lacks "Account access" and "Add and edit users".
  sandbox.store.uiUser.mayRestore = false;
  const { popup, ids } = await deletedBatch(extension, sandbox);
  const batch = newestBatch(popup);

  const restorePage = await restoreExactly(extension, batch);
  await expect(restorePage.locator('[data-test-id="restore-no-permission"]')).toBeVisible();
  await expect(restorePage.locator('[data-crmx-restore-panel]')).toHaveCount(0);
  await expect(batch).toContainText(text('en', 'exactRestore.page.noPermission'), { timeout: 30_000 });
  await expect(batch).toContainText(text('en', 'exactRestore.permission.needs'));
  await batch.getByRole('button', { name: text('en', 'exactRestore.permission.recreate') }).click();
  // The contacts are still in the bin: re-create waits for the explicit choice (issue 19, 1).
  const recreate = batch.getByRole('button', { name: recreateName });
  await expect(recreate).toBeDisabled();
  await expect(batch.getByRole('checkbox', { name: text('en', 'undo.binRefusal.accept') })).toBeVisible();
  for (const id of ids) expect(sandbox.store.get('0-1', id)).toBeUndefined();
});
