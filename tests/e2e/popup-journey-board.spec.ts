import type { Sandbox } from '../sandbox/server';
import { expect, test } from './fixtures';
import { openedConfirmation, sendFrom, setExtensionSettings, stagedSelections } from './extension-pages';
import { items, journeyScreenshot, text, type JourneyLanguage } from './popup-journey-text';
import { boardUrl, boxOf, cardsOf, hoveredBoxOf, toolbar } from './page-locators';
import { expectRecreatedAsBefore, recordState } from './record-state';

/**
 * The whole path of issue #6 on the built extension, as a user takes it: pick deals on the sandbox
 * board → Delete… → the confirmation the background opens → a wrong count is refused → the right
 * count → progress → done → the cards are gone → Undo in Recent batches → the deals are back in
 * HubSpot with their associations (labels included) and list memberships. Once in English and once
 * in Danish (the language setting), with screenshots of the confirmation, the progress and the undo.
 */
const DEAL_LIST = 'Deals under review';
const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

const DEAL_PROPERTIES = ['dealname', 'amount', 'dealstage', 'pipeline'];
const dealState = (sandbox: Sandbox, id: string) => recordState(sandbox, '0-3', id, DEAL_PROPERTIES);

for (const language of ['en', 'da'] as const satisfies readonly JourneyLanguage[]) {
  test(`${language}: board pick → confirm → wrong count refused → delete with progress → gone → undo brings deals back with associations and lists`, async ({
    sandbox,
    extension,
  }, testInfo) => {
    const say = (key: Parameters<typeof text>[1], params?: Record<string, string | number>) => text(language, key, params);
    // Seeded deals are linked to contacts and to a company (labelled "Primary"); a portal's deals
    // also sit in manual lists, which the seed only makes for contacts and companies: add one.
    const store = sandbox.store;
    const dealList = store.lists.createManual(
      DEAL_LIST,
      '0-3',
      store.listRecords('0-3').map((r) => r.id),
    );
    await setExtensionSettings(extension, { language });

    // 1. Pick on the board: hover reveals the checkbox, click, shift-click a range, then two more.
    const board = await extension.context.newPage();
    await board.goto(boardUrl(sandbox));
    await expect(board.getByRole('checkbox', { name: say('overlay.selectPipeline') })).toBeVisible();
    await cardsOf(board, 'Qualified To Buy').nth(0).hover();
    await (await hoveredBoxOf(board, 'Qualified To Buy', 0, language)).click();
    await boxOf(board, 'Qualified To Buy', 3, language).click({ modifiers: ['Shift'] });
    await boxOf(board, 'Contract Sent', 0, language).click();
    await boxOf(board, 'Contract Sent', 1, language).click();
    await expect(toolbar(board, language)).toContainText(say('overlay.selected', { count: 6 }));
    const picked = [
      ...(await Promise.all([0, 1, 2, 3].map((i) => cardsOf(board, 'Qualified To Buy').nth(i).getAttribute('data-selenium-id')))),
      ...(await Promise.all([0, 1].map((i) => cardsOf(board, 'Contract Sent').nth(i).getAttribute('data-selenium-id')))),
    ] as string[];
    const before = new Map(picked.map((id) => [id, dealState(sandbox, id)]));
    // The assertions below mean something only if these deals have what undo must restore.
    for (const state of before.values()) {
      expect(state.associations.some((a) => a.startsWith('0-1/'))).toBe(true);
      expect(state.associations.some((a) => a.includes('/5/Primary'))).toBe(true);
      expect(state.lists).toEqual([DEAL_LIST]);
    }

    // 2. Delete… stages the picks; the background opens the confirmation.
    await toolbar(board, language)
      .getByRole('button', { name: say('overlay.delete') })
      .click();
    await expect(toolbar(board, language)).toContainText(say('overlay.ready', { count: 6 }).split(':')[0]!);
    const [staged] = await stagedSelections(extension);
    expect(new Set(staged!.ids)).toEqual(new Set(picked));
    const { page: popup } = await openedConfirmation(extension);
    const confirm = popup.getByRole('region', { name: say('confirm.heading') });
    await expect(confirm).toBeVisible();
    const facts = confirm.locator('dl.facts');
    await expect(facts.locator('dt', { hasText: say('confirm.objectType') }).locator('+ dd')).toHaveText(/\(0-3\)/);
    await expect(facts.locator('dt', { hasText: say('confirm.portal') }).locator('+ dd')).toHaveText(String(sandbox.portalId));
    await expect(facts.locator('dt', { hasText: say('confirm.count') }).locator('+ dd')).toHaveText(items(language, '0-3', 6));
    // Where they were picked: the overlay's own words in English, the kind of page in Danish.
    await expect(facts.locator('dt', { hasText: say('confirm.source') }).locator('+ dd')).toHaveText(
      language === 'en' ? 'Delete: 6 picked deals on the HubSpot board' : say('confirm.source.board'),
    );
    // Sample names are the deals' names in HubSpot; the impact counts their links and lists exactly.
    const impact = popup.getByRole('region', { name: say('preview.heading') });
    await expect(impact.locator('ul.sample li')).toHaveCount(6);
    expect((await impact.locator('ul.sample li').allInnerTexts()).sort()).toEqual(
      [...before.values()].map((s) => s.properties.dealname!).sort(),
    );
    await expect(impact).toContainText(say('preview.exact', { total: 6 }));
    await expect(impact).toContainText(capitalised(say('preview.lists', { memberships: 6, count: 1, names: DEAL_LIST })));
    const companyLinks = [...before.values()].reduce((sum, s) => sum + s.associations.filter((a) => a.startsWith('0-2/')).length, 0);
    await expect(impact).toContainText(
      say('preview.association', {
        object: capitalised(text(language, 'object.0-2', { count: 2 })),
        links: companyLinks,
        records: 6,
        count: companyLinks,
      }),
    );

    // 3. A wrong count is refused, in words, and Delete stays disabled; the background refuses it too.
    const deleteButton = confirm.getByRole('button', { name: say('action.delete', { items: items(language, '0-3', 6) }) });
    const field = confirm.getByRole('textbox', { name: say('typed.label', { count: 6 }) });
    await field.fill('5');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(confirm.locator('#typed-count-status')).toHaveText(say('typed.problem.mismatch', { typed: '5', count: 6 }));
    await expect(deleteButton).toBeDisabled();
    const refused = await sendFrom(popup, 'job/start', { stagedId: staged!.id, typedCount: '5', locale: language, mode: 'delete' });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('Nothing was deleted') } });
    expect(sandbox.calls.count({ route: 'batch/archive' })).toBe(0);
    await journeyScreenshot(popup, testInfo, `${language}-confirmation-refused`);

    await field.fill('6');
    await expect(confirm.locator('#typed-count-status')).toHaveText(say('typed.ok'));
    await expect(deleteButton).toBeEnabled();
    await journeyScreenshot(popup, testInfo, `${language}-confirmation`);

    // 4. Delete → progress. HubSpot's archive answers slowly here, so the running job is seen.
    sandbox.faults.set({ latencyMs: 1500, onlyRoutes: ['batch/archive'] });
    await deleteButton.click();
    await expect(popup.getByRole('status').filter({ hasText: say('confirm.started') })).toBeVisible();
    const running = popup.getByRole('region', { name: say('popup.inProgress') });
    const bar = running.getByRole('progressbar', {
      name: say('job.progress', { kind: say('job.kind.delete'), items: items(language, '0-3', 6) }),
    });
    await expect(bar).toBeVisible();
    await expect(running).toContainText(say('job.state.running'));
    expect(Number(await bar.getAttribute('value'))).toBeLessThan(6);
    await journeyScreenshot(popup, testInfo, `${language}-progress`);
    sandbox.faults.set({ latencyMs: 0, onlyRoutes: null });

    // 5. Done: the newest batch opens in Recent batches, its bar full, the deals archived in HubSpot.
    const recent = popup.getByRole('region', { name: say('recent.heading') });
    const deleteJob = recent.locator('section.job').first();
    await expect(deleteJob.locator('.state')).toHaveText(say('job.state.done'), { timeout: 20_000 });
    await expect(deleteJob.getByRole('progressbar')).toHaveAttribute('value', '6');
    await expect(running).toHaveCount(0);
    for (const id of picked) expect(store.get('0-3', id, { archived: true })?.archivedAt).toEqual(expect.any(Number));
    expect(new Set(sandbox.calls.filter({ route: 'batch/archive', status: 204 }).flatMap((c) => c.ids ?? []))).toEqual(new Set(picked));
    await journeyScreenshot(popup, testInfo, `${language}-done`);

    // 6. Reload the board: the six cards are gone.
    await board.reload();
    await expect(board.getByRole('checkbox', { name: say('overlay.selectPipeline') })).toBeVisible();
    for (const id of picked) await expect(board.locator(`[data-test-id="cdb-column-item"][data-selenium-id="${id}"]`)).toHaveCount(0);

    // 7. Undo (its name starts with "Undo", in Danish "Fortryd"), watch the undo job finish.
    const undo = recent.getByRole('button', { name: say('undo.button', { items: items(language, '0-3', 6) }) });
    await expect(undo).toBeEnabled();
    await undo.click();
    const undoJob = recent.locator('section.job', {
      has: popup.getByRole('heading', { name: say('job.title', { kind: say('job.kind.undo'), items: items(language, '0-3', 6) }) }),
    });
    await expect(undoJob.locator('.state')).toHaveText(say('job.state.done'), { timeout: 30_000 });
    await expect(undoJob.getByRole('progressbar')).toHaveAttribute('value', '6');
    await expect(undoJob.locator('dl.counts')).toContainText(`${say('job.done.undo')}6`);
    await expect(recent.getByRole('button', { name: new RegExp(`^${say('undo.button', { items: '' }).split(':')[0]}`) })).toHaveCount(0);
    await journeyScreenshot(popup, testInfo, `${language}-undo-result`);

    // 8. HubSpot has the deals again (new IDs), with the same properties, associations (labels
    // included) and list memberships; the originals stay in the recycle bin.
    const mapped = await expectRecreatedAsBefore(extension, picked, before, (id) => dealState(sandbox, id));
    for (const { oldId, newId } of mapped) {
      expect(store.listMembers(dealList.listId)).toContain(newId);
      expect(store.get('0-3', oldId, { archived: true })).toBeDefined();
    }

    // 9. …and the board shows them again, by name.
    await board.reload();
    await expect(board.getByRole('checkbox', { name: say('overlay.selectPipeline') })).toBeVisible();
    for (const { newId, oldId } of mapped) {
      const card = board.locator(`[data-test-id="cdb-column-item"][data-selenium-id="${newId}"]`);
      await expect(card).toHaveCount(1);
      await expect(card).toContainText(before.get(oldId)!.properties.dealname!);
    }
  });
}
