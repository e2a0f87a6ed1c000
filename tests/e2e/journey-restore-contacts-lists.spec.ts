import { setExtensionSettings } from './extension-pages';
import { deleteListContactsThroughPopup } from './list-delete-steps';
import { expect, test } from './fixtures';
import { items, journeyScreenshot, text } from './popup-journey-text';
import {
  activeThroughApi,
  listMembersThroughApi,
  newestBatch,
  pressHubSpotRestore,
  restoreExactly,
  restoreOutcome,
  restorePanel,
  selectedSentence,
} from './restore-journey-steps';

/**
 * Exact undo of contacts that sat in static lists (issue 19, proof (b)): 120 contacts of two
 * manual lists are deleted; meanwhile 20 new contacts take 20 of their email addresses (through
 * HubSpot's API). The exact restore brings 100 back with their IDs — HubSpot refuses the 20 whose
 * email is in use — and crm-sweep re-adds the 100 to the lists HubSpot's restore leaves them out
 * of. The popup tells the classes apart, names the email reason, and still offers re-create.
 */

const N = 120;
const TAKEN = 20;

test('120 contacts from manual lists, 20 emails since taken: 100 restored exactly and put back in their lists, 20 refused for the email, re-create offered', async ({
  sandbox,
  extension,
}, testInfo) => {
  test.setTimeout(150_000);
  const store = sandbox.store;
  const chosen = store
    .listRecords('0-1')
    .filter((c) => c.properties.email)
    .slice(0, N)
    .map((c) => c.id);
  expect(chosen).toHaveLength(N);
  const listA = store.lists.createManual('Restore journey: all', '0-1', chosen);
  const listB = store.lists.createManual('Restore journey: first half', '0-1', chosen.slice(0, N / 2));
  const emailOf = new Map(chosen.map((id) => [id, store.get('0-1', id)!.properties.email!]));

  // 1. The list's 120 members, selected on the list page and deleted through the popup.
  const popup = await deleteListContactsThroughPopup(extension, sandbox, listA.listId, N);
  const batch = newestBatch(popup);
  await expect(batch.locator('section.job').first().locator('.state')).toHaveText('Done', { timeout: 60_000 });
  expect(await listMembersThroughApi(sandbox, listA.listId)).toEqual([]);

  // 2. Meanwhile 20 new contacts take 20 of the deleted contacts' email addresses (HubSpot's API).
  const taken = chosen.slice(N - TAKEN);
  const response = await fetch(`${sandbox.url}/crm/v3/objects/0-1/batch/create`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sandbox.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ inputs: taken.map((id) => ({ properties: { email: emailOf.get(id), firstname: 'Newcomer' } })) }),
  });
  expect(response.status).toBe(201);

  // 3. Restore exactly: the page ticks all 120 still in the bin.
  const restorePage = await restoreExactly(extension, batch);
  await expect(restorePanel(restorePage)).toContainText(`${N} of this batch's ${N} records are selected — press “Restore”`, {
    timeout: 30_000,
  });
  await expect(batch.getByText(selectedSentence(N, N))).toBeVisible();

  // 4. HubSpot restores 100 and refuses the 20 whose email is in use.
  await pressHubSpotRestore(restorePage, N);
  await expect(restorePage.getByRole('status', { name: 'Restore results' })).toContainText(`${N - TAKEN} of ${N} restored.`);

  // 5. The popup: 100 back and repaired (their list memberships re-added), 20 refused for the email.
  const result = restoreOutcome(batch);
  await expect(result.getByRole('listitem')).toHaveText(
    [
      text('en', 'exactRestore.outcome.repaired', { count: N - TAKEN, items: items('en', '0-1', N - TAKEN) }),
      text('en', 'exactRestore.outcome.refusedEmailInUse', { count: TAKEN, items: items('en', '0-1', TAKEN) }),
    ],
    { timeout: 60_000 },
  );
  // Re-create is still offered for the 20, behind the explicit choice: they are still in the bin.
  const recreate = batch.getByRole('button', { name: `Re-create ${TAKEN} contacts from the snapshot (new IDs)` });
  await expect(recreate).toBeDisabled();
  await expect(batch.getByRole('checkbox', { name: text('en', 'undo.binRefusal.accept') })).toBeVisible();
  // Each of the 20 is listed with HubSpot's reason: another contact now has its email.
  await batch.getByText(text('en', 'failed.heading', { count: TAKEN })).click();
  await expect(batch.getByRole('heading', { name: `${text('en', 'failed.EMAIL_IN_USE')} (${TAKEN})` })).toBeVisible();
  await expect(batch.locator('.failed-group li').filter({ hasText: 'now uses its email address' })).toHaveCount(TAKEN);
  await journeyScreenshot(popup, testInfo, 'en-restore-contacts-result');

  // 6. HubSpot's APIs: the 100 are back with their IDs and in both lists again; the 20 are not back.
  const back = chosen.slice(0, N - TAKEN);
  expect((await activeThroughApi(sandbox, '0-1', chosen)).sort()).toEqual([...back].sort());
  expect((await listMembersThroughApi(sandbox, listA.listId)).sort()).toEqual([...back].sort());
  expect((await listMembersThroughApi(sandbox, listB.listId)).sort()).toEqual([...chosen.slice(0, N / 2)].sort());
  for (const id of taken) expect(store.get('0-1', id, { archived: true })?.archivedAt, id).toEqual(expect.any(Number));

  // 7. The same result in Danish.
  await setExtensionSettings(extension, { language: 'da' });
  await popup.reload();
  await expect(restoreOutcome(newestBatch(popup, 'da'), 'da').getByRole('listitem')).toHaveText([
    text('da', 'exactRestore.outcome.repaired', { count: N - TAKEN, items: items('da', '0-1', N - TAKEN) }),
    text('da', 'exactRestore.outcome.refusedEmailInUse', { count: TAKEN, items: items('da', '0-1', TAKEN) }),
  ]);
  await journeyScreenshot(popup, testInfo, 'da-restore-contacts-result');
});
