import type { Sandbox } from '../sandbox/server';
import { fillStage } from './board-seed';
import { expect, test } from './fixtures';
import { openedConfirmation, stagedSelections } from './extension-pages';
import { journeyScreenshot } from './popup-journey-text';
import { boardUrl, boxOf, cardsOf, column, hoveredBoxOf, toolbar } from './page-locators';
import { expectRecreatedAsBefore, recordState } from './record-state';

/**
 * Journey of the power user (issue #7): on the deals board, picks 250 deals across three stages —
 * "select column" on one (200 deals, most of them not rendered yet: the board is lazy), a
 * shift-click range that spans a lazy batch on a second (40), ctrl-clicks on a third (10) — deletes
 * them through the popup by typing "250", then undoes from the popup. HubSpot must have archived
 * exactly those 250, each once, nothing else; after undo all 250 are back (new IDs) with the same
 * properties and associations, and no deal exists twice.
 */

const COLUMN = { id: 'presentationscheduled', label: 'Presentation Scheduled', size: 200 };
const RANGE = { id: 'qualifiedtobuy', label: 'Qualified To Buy', size: 40 };
const SINGLES = { id: 'contractsent', label: 'Contract Sent', size: 10 };

const DEAL_PROPERTIES = ['dealname', 'amount', 'dealstage', 'pipeline'];
const dealState = (sandbox: Sandbox, id: string) => recordState(sandbox, '0-3', id, DEAL_PROPERTIES);

/** Active deals by a key that survives re-creation (name, amount, stage, links): a duplicate shows as a count of 2. */
function activeDealKeys(sandbox: Sandbox): Map<string, number> {
  const keys = new Map<string, number>();
  for (const deal of sandbox.store.listRecords('0-3')) {
    const key = JSON.stringify(dealState(sandbox, deal.id));
    keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  return keys;
}

test('power user: 250 deals picked on the board (column, shift range, ctrl-clicks) → delete "250" → undo brings exactly those back', async ({
  sandbox,
  extension,
}, testInfo) => {
  test.setTimeout(120_000);
  const store = sandbox.store;
  fillStage(sandbox, COLUMN.id, COLUMN.size, 'Journey', 1000);
  fillStage(sandbox, RANGE.id, RANGE.size + 5, 'Journey', 1000);
  fillStage(sandbox, SINGLES.id, SINGLES.size + 5, 'Journey', 1000);
  const dealsBefore = store.listRecords('0-3').length;
  // HubSpot's own archive events, per deal: archived twice, or one not picked, shows up here.
  const archivedTimes = new Map<string, number>();
  store.subscribe((change) => {
    if (change.kind === 'archive' && change.objectTypeId === '0-3')
      for (const id of change.ids) archivedTimes.set(id, (archivedTimes.get(id) ?? 0) + 1);
  });
  const keysBefore = activeDealKeys(sandbox);

  // 1. Pick on the board, as a user would.
  const board = await extension.context.newPage();
  await board.goto(boardUrl(sandbox));
  await expect(board.getByRole('checkbox', { name: 'Select all in pipeline' })).toBeVisible();
  await expect(column(board, COLUMN.label).locator('[data-test-id="cdb-column-count"]')).toContainText(String(COLUMN.size));

  // a) "Select column": 200 deals, though the lazy column has rendered only its first cards.
  await board.getByRole('checkbox', { name: `Select column ${COLUMN.label}` }).click();
  await expect(toolbar(board)).toContainText(`${COLUMN.size} selected`);
  expect(await cardsOf(board, COLUMN.label).count()).toBeLessThan(COLUMN.size);

  // b) Shift-click range over 40 cards: card 0, scroll the column until card 39 renders, shift-click it.
  await (await hoveredBoxOf(board, RANGE.label, 0)).click();
  const body = column(board, RANGE.label).locator('[data-test-id="cdb-column-body"]');
  await expect(async () => {
    await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    expect(await cardsOf(board, RANGE.label).count()).toBeGreaterThanOrEqual(RANGE.size);
  }).toPass();
  await boxOf(board, RANGE.label, RANGE.size - 1).click({ modifiers: ['Shift'] });
  await expect(toolbar(board)).toContainText(`${COLUMN.size + RANGE.size} selected`);

  // c) Ctrl-click ten cards of a third column (toggles; the range anchor stays where it was).
  for (let i = 0; i < SINGLES.size; i++) await boxOf(board, SINGLES.label, i).click({ modifiers: ['Control'] });
  await expect(toolbar(board)).toContainText('250 selected');
  await board.mouse.move(5, 5);
  await journeyScreenshot(board, testInfo, 'power-user-board-250-picked');

  const idsOf = async (stage: string, n: number) =>
    (await cardsOf(board, stage).evaluateAll((els, k) => els.slice(0, k).map((e) => e.getAttribute('data-selenium-id')!), n)) as string[];
  const columnIds = store
    .listRecords('0-3')
    .filter((d) => d.properties.pipeline === 'default' && d.properties.dealstage === COLUMN.id)
    .map((d) => d.id);
  const picked = [...columnIds, ...(await idsOf(RANGE.label, RANGE.size)), ...(await idsOf(SINGLES.label, SINGLES.size))];
  expect(new Set(picked).size).toBe(250);
  const before = new Map(picked.map((id) => [id, dealState(sandbox, id)]));
  for (const state of before.values()) expect(state.associations.some((a) => a.startsWith('0-1/'))).toBe(true);

  // 2. Delete… → the background freezes exactly these 250 and opens the confirmation.
  await toolbar(board).getByRole('button', { name: 'Delete…' }).click();
  await expect(toolbar(board)).toContainText('250 records are ready');
  const [staged] = await stagedSelections(extension);
  expect(new Set(staged!.ids)).toEqual(new Set(picked));
  expect(staged!.ids).toHaveLength(250);
  const { page: popup } = await openedConfirmation(extension);
  const confirm = popup.getByRole('region', { name: 'Confirm deletion' });
  await expect(confirm).toBeVisible();
  const field = confirm.getByRole('textbox', { name: /^Type 250/ });
  await field.fill('250');
  await confirm.getByRole('button', { name: 'Delete 250 deals' }).click();

  // 3. Done: the newest batch in Recent batches, its bar full.
  const recent = popup.getByRole('region', { name: 'Recent batches' });
  const deleteJob = recent.locator('section.job').first();
  await expect(deleteJob.locator('.state')).toHaveText('Done', { timeout: 60_000 });
  await expect(deleteJob.getByRole('progressbar')).toHaveAttribute('value', '250');

  // HubSpot archived exactly these 250, each once, and nothing else.
  const sent = sandbox.calls.filter({ route: 'batch/archive', status: 204 }).flatMap((c) => c.ids ?? []);
  expect(sent).toHaveLength(250);
  expect(new Set(sent)).toEqual(new Set(picked));
  for (const id of picked) expect(store.get('0-3', id, { archived: true })?.archivedAt).toEqual(expect.any(Number));
  expect(store.listRecords('0-3')).toHaveLength(dealsBefore - 250);
  expect([...archivedTimes.keys()].sort()).toEqual([...picked].sort());
  expect([...archivedTimes.values()].every((times) => times === 1)).toBe(true);
  expect(
    store
      .recycleBin('0-3')
      .map((r) => r.id)
      .sort(),
  ).toEqual([...picked].sort());

  // 4. Undo from the popup.
  const undo = recent.getByRole('button', { name: 'Re-create 250 deals from the snapshot (new IDs)' });
  await expect(undo).toBeEnabled();
  await undo.click();
  const undoJob = recent.locator('section.job', { has: popup.getByRole('heading', { name: 'Undo: 250 deals' }) });
  await expect(undoJob.locator('.state')).toHaveText('Done', { timeout: 60_000 });
  await expect(undoJob.getByRole('progressbar')).toHaveAttribute('value', '250');
  await expect(undoJob.locator('dl.counts')).toContainText('Back250Failed0');
  await expect(recent.locator('ul.undo-outcome')).toHaveText('250 deals re-created from the snapshot, with new IDs.');
  await journeyScreenshot(popup, testInfo, 'power-user-undo-done');

  // 5. All 250 back with new IDs, same properties and associations; no deal twice; the board's total as before.
  const mapped = await expectRecreatedAsBefore(extension, picked, before, (id) => dealState(sandbox, id));
  expect(new Set(mapped.map((m) => m.newId)).size).toBe(250);
  expect(store.listRecords('0-3')).toHaveLength(dealsBefore);
  expect(activeDealKeys(sandbox)).toEqual(keysBefore);
  // Nothing more was archived while undo ran.
  expect(sandbox.calls.filter({ route: 'batch/archive', status: 204 }).flatMap((c) => c.ids ?? [])).toHaveLength(250);
  expect(archivedTimes.size).toBe(250);
});
