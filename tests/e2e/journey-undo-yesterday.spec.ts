import type { Sandbox } from '../sandbox/server';
import { expect, test } from './fixtures';
import { extensionTable, shiftJobBack } from './extension-pages';
import { deleteListContactsThroughPopup } from './list-delete-steps';
import { journeyScreenshot } from './popup-journey-text';
import { recordState, type IdMapping } from './record-state';

/**
 * Journey of the user who undoes yesterday's batch (issue #7): 40 contacts — with associations and
 * manual-list memberships — were deleted yesterday; meanwhile an admin restored 15 of them from
 * HubSpot's recycle bin. Undo in the popup must not duplicate those 15 (it reports them as already
 * back), must re-create the other 25 with their associations and list memberships, and must say so.
 */
const N = 40;
const RESTORED = 15;
const LIST = 'Webinar sign-ups';
const DAY_MS = 86_400_000;

const contactState = (sandbox: Sandbox, id: string) => recordState(sandbox, '0-1', id, ['email', 'firstname', 'lastname']);

const activeByEmail = (sandbox: Sandbox, email: string) =>
  sandbox.store.listRecords('0-1').filter((c) => c.properties.email?.toLowerCase() === email.toLowerCase());

test("undo of yesterday's batch, 15 of 40 restored from the recycle bin meanwhile: no duplicates, 25 re-created with links and lists", async ({
  sandbox,
  extension,
}, testInfo) => {
  test.setTimeout(120_000);
  const store = sandbox.store;
  // Contacts that have what undo must bring back: associations (companies, deals…) and a manual list.
  const chosen = store
    .listRecords('0-1')
    .filter((c) => c.properties.email && store.associationsOf('0-1', c.id).length > 0)
    .slice(0, N)
    .map((c) => c.id);
  expect(chosen).toHaveLength(N);
  const now = Date.now();
  const list = store.lists.createManual(LIST, '0-1', chosen, now);
  const before = new Map(chosen.map((id) => [id, contactState(sandbox, id)]));
  const contactsBefore = store.listRecords('0-1').length;

  // 1. "Yesterday": select the list's 40 members, delete them (restorable) through the popup.
  const popup = await deleteListContactsThroughPopup(extension, sandbox, list.listId, N);
  const recent = popup.getByRole('region', { name: 'Recent batches' });
  await expect(recent.locator('section.job').first().locator('.state')).toHaveText('Done', { timeout: 30_000 });
  for (const id of chosen) expect(store.get('0-1', id)).toBeUndefined();
  const [deleteJob] = await extensionTable(extension, 'jobs');
  // A day passes: the batch's times move back 24 hours in the extension's IndexedDB.
  await shiftJobBack(extension, deleteJob.id, DAY_MS);

  // 2. Meanwhile an admin restores 15 of them in HubSpot's recycle bin (its own UI page).
  const restored = chosen.slice(0, RESTORED);
  const recreatedOld = chosen.slice(RESTORED);
  const bin = await extension.context.newPage();
  await bin.goto(`${sandbox.url}/recycling-bin/${sandbox.portalId}/restore/0-1`);
  await bin.getByRole('combobox', { name: 'Records per page' }).selectOption('100');
  for (const id of restored) await bin.locator(`tr[data-test-id="row-${id}"] input[data-row-check]`).check();
  await bin.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Restore' }).click();
  await bin.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(bin.getByRole('status', { name: 'Restore results' })).toContainText(`${RESTORED} of ${RESTORED} restored.`);
  for (const id of restored) expect(store.get('0-1', id)).toBeDefined();

  // 3. Today: the popup lists the batch under yesterday's date.
  await popup.reload();
  const item = recent.locator('li.recent-item').first();
  const yesterday = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(deleteJob.createdAt - DAY_MS);
  await expect(item.locator('.when')).toContainText(yesterday);
  await expect(item.locator('.what')).toHaveText(`Delete: ${N} contacts`);
  await expect(item.getByRole('button', { name: /Delete: / })).toHaveAttribute('aria-expanded', 'true');

  // 4. Undo.
  const createdDuringUndo: string[] = [];
  store.subscribe((change) => {
    if (change.kind === 'create' && change.objectTypeId === '0-1') createdDuringUndo.push(...change.ids);
  });
  // 25 of them are still in HubSpot's recycle bin: re-creating them is an explicit choice (issue 19).
  const recreate = recent.getByRole('button', { name: `Re-create ${N} contacts from the snapshot (new IDs)` });
  await expect(recreate).toBeDisabled();
  await recent.getByRole('checkbox', { name: 'I understand: HubSpot will then refuse to restore these contacts exactly.' }).check();
  await recreate.click();
  const undoJob = recent.locator('section.job', { has: popup.getByRole('heading', { name: `Undo: ${N} contacts` }) });
  await expect(undoJob.locator('.state')).toHaveText('Done', { timeout: 60_000 });
  await expect(undoJob.getByRole('progressbar')).toHaveAttribute('value', String(N));
  // The popup says what happened: 15 were already back in HubSpot, 25 were re-created.
  const outcome = recent.locator('ul.undo-outcome[role="status"]');
  await expect(outcome).toContainText(
    `${RESTORED} contacts were already back in HubSpot (restored from the recycle bin, original IDs kept), so they were not re-created.`,
  );
  await expect(outcome).toContainText(`${N - RESTORED} contacts re-created from the snapshot, with new IDs.`);
  await expect(undoJob.locator('dl.counts')).toContainText(`Back${N}Failed0`);
  await journeyScreenshot(popup, testInfo, 'yesterday-undo-result');

  // 5. No contact twice (by email); the 15 kept their IDs, the 25 have new ones, each with its links and lists.
  for (const id of chosen) {
    const email = before.get(id)!.properties.email!;
    expect(activeByEmail(sandbox, email), email).toHaveLength(1);
  }
  expect(store.listRecords('0-1')).toHaveLength(contactsBefore);
  const mapped = new Map(((await extensionTable(extension, 'idMap')) as IdMapping[]).map((m) => [m.oldId, m]));
  expect(mapped.size).toBe(N);
  for (const id of restored) {
    expect(mapped.get(id)).toMatchObject({ newId: id, how: 'restoredInHubSpot' });
    expect(contactState(sandbox, id)).toEqual(before.get(id));
  }
  for (const id of recreatedOld) {
    const { newId, how } = mapped.get(id)!;
    expect(how).toBe('recreated');
    expect(newId).not.toBe(id);
    expect(store.get('0-1', id, { archived: true })).toBeDefined();
    expect(contactState(sandbox, newId)).toEqual(before.get(id));
  }
  // HubSpot created exactly 25 contacts during the undo: none for the 15 already back.
  expect(createdDuringUndo).toHaveLength(N - RESTORED);
  expect(createdDuringUndo.sort()).toEqual(recreatedOld.map((id) => mapped.get(id)!.newId).sort());
  expect(store.listMembers(list.listId).sort()).toEqual(chosen.map((id) => mapped.get(id)!.newId).sort());
});
