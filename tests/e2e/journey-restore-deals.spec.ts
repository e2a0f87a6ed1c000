import { badgeAndNotifications, extensionTable, openedConfirmation, setExtensionSettings } from './extension-pages';
import { fillStage } from './board-seed';
import { expect, test } from './fixtures';
import { boardUrl, column, toolbar } from './page-locators';
import { items, journeyScreenshot, text } from './popup-journey-text';
import { recordState } from './record-state';
import {
  activeThroughApi,
  newestBatch,
  pressHubSpotRestore,
  restoreExactly,
  restoreOutcome,
  restorePanel,
  selectedSentence,
} from './restore-journey-steps';

/**
 * Exact undo of a board delete (issue 19, proof (a)): 250 deals deleted from one stage of the
 * board, then Undo → "Restore exactly in HubSpot" → HubSpot's restore page opens with exactly
 * those 250 selected → the user presses HubSpot's Restore and confirms → crm-sweep verifies: the
 * same 250 IDs are back (HubSpot's batch read), with the associations they had, and the popup
 * says so — in English and in Danish.
 */

const STAGE = { id: 'appointmentscheduled', label: 'Appointment Scheduled' };
const N = 250;
const DEAL_PROPERTIES = ['dealname', 'amount', 'dealstage', 'pipeline'];

test('250 deals deleted on the board come back exactly through HubSpot’s restore page: same IDs, associations intact, the popup says so', async ({
  sandbox,
  extension,
}, testInfo) => {
  test.setTimeout(150_000);
  const store = sandbox.store;
  fillStage(sandbox, STAGE.id, N, 'Restore', 2000);
  const picked = store
    .listRecords('0-3')
    .filter((d) => d.properties.pipeline === 'default' && d.properties.dealstage === STAGE.id)
    .map((d) => d.id);
  expect(picked).toHaveLength(N);
  const before = new Map(picked.map((id) => [id, recordState(sandbox, '0-3', id, DEAL_PROPERTIES)]));
  const created: string[] = [];
  store.subscribe((change) => {
    if (change.kind === 'create' && change.objectTypeId === '0-3') created.push(...change.ids);
  });

  // 1. The stage's 250 deals, picked with "Select column" on the board and deleted through the popup.
  const board = await extension.context.newPage();
  await board.goto(boardUrl(sandbox));
  await expect(column(board, STAGE.label).locator('[data-test-id="cdb-column-count"]')).toContainText(String(N));
  await board.getByRole('checkbox', { name: `Select column ${STAGE.label}` }).click();
  await expect(toolbar(board)).toContainText(`${N} selected`);
  await toolbar(board).getByRole('button', { name: 'Delete…' }).click();
  const { page: popup } = await openedConfirmation(extension);
  const confirm = popup.getByRole('region', { name: 'Confirm deletion' });
  await confirm.getByRole('textbox', { name: /^Type 250/ }).fill(String(N));
  await confirm.getByRole('button', { name: `Delete ${N} deals` }).click();
  const recent = popup.getByRole('region', { name: 'Recent batches' });
  const batch = recent.locator('li.recent-item').first();
  await expect(batch.locator('section.job').first().locator('.state')).toHaveText('Done', { timeout: 60_000 });
  expect(await activeThroughApi(sandbox, '0-3', picked)).toEqual([]);

  // 2. Undo offers the exact path first, re-create second.
  const exact = batch.getByRole('button', { name: text('en', 'exactRestore.button') });
  const recreate = batch.getByRole('button', { name: `Re-create ${N} deals from the snapshot (new IDs)` });
  await expect(exact).toBeEnabled();
  await expect(recreate).toBeVisible();
  expect(
    await exact.evaluate(
      (a, b) => Boolean(a.compareDocumentPosition(b!) & Node.DOCUMENT_POSITION_FOLLOWING),
      await recreate.elementHandle(),
    ),
  ).toBe(true);

  // 3. Restore exactly: HubSpot's restore page opens with exactly the batch selected.
  const restorePage = await restoreExactly(extension, batch);
  expect(new URL(restorePage.url()).pathname).toBe(`/recycling-bin/${sandbox.portalId}/restore/0-3`);
  await expect(restorePanel(restorePage)).toContainText(`${N} of this batch's ${N} records are selected — press “Restore”`, {
    timeout: 30_000,
  });
  await expect(batch.getByText(selectedSentence(N, N))).toBeVisible();
  await expect(batch).toContainText(text('en', 'exactRestore.round', { round: 1, rounds: 1 }));
  await journeyScreenshot(restorePage, testInfo, 'restore-page-250-deals-selected');

  // 4. The user presses HubSpot's own Restore and confirms; crm-sweep checks what came back.
  await pressHubSpotRestore(restorePage, N);
  await expect(restorePage.getByRole('status', { name: 'Restore results' })).toContainText(`${N} of ${N} restored.`);
  const result = restoreOutcome(batch);
  await expect(result.getByRole('listitem')).toHaveText(
    [text('en', 'exactRestore.outcome.restoredExactly', { count: N, items: items('en', '0-3', N) })],
    {
      timeout: 60_000,
    },
  );
  await expect(batch.getByRole('button', { name: /^Re-create/ })).toHaveCount(0);
  await journeyScreenshot(popup, testInfo, 'en-restore-deals-result');
  // The browser says so too: the check's notification, and no badge (nothing running or waiting).
  const verifyJob = (await extensionTable(popup, 'jobs')).find((j: { kind: string }) => j.kind === 'restoreVerify');
  expect(verifyJob).toMatchObject({ state: 'done' });
  await expect
    .poll(() => badgeAndNotifications(popup))
    .toEqual({ badge: '', notifications: expect.arrayContaining([`crm-sweep-${verifyJob.id}`]) });

  // 5. Same IDs back (HubSpot's batch read), each with the associations it had; nothing re-created.
  expect((await activeThroughApi(sandbox, '0-3', picked)).sort()).toEqual([...picked].sort());
  for (const id of picked) expect(recordState(sandbox, '0-3', id, DEAL_PROPERTIES), id).toEqual(before.get(id));
  expect(created).toEqual([]);
  expect(store.recycleBin('0-3').filter((r) => before.has(r.id))).toEqual([]);

  // 6. The same result in Danish (options → language).
  await setExtensionSettings(extension, { language: 'da' });
  await popup.reload();
  await expect(restoreOutcome(newestBatch(popup, 'da'), 'da').getByRole('listitem')).toHaveText([
    text('da', 'exactRestore.outcome.restoredExactly', { count: N, items: items('da', '0-3', N) }),
  ]);
  await journeyScreenshot(popup, testInfo, 'da-restore-deals-result');
});
