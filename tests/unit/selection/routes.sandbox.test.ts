import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { startHarness as startBackgroundHarness } from '../jobs/sandbox-harness';

/** The harness, once the background's start-up reads are done (a test that ends sooner would
 * close the database under them). */
async function startHarness(...args: Parameters<typeof startBackgroundHarness>) {
  const h = await startBackgroundHarness(...args);
  await h.engine.resumeInterrupted();
  return h;
}

/** The overlay's other routes: progress and cancel, list details, overlay status; who may call them. */
describe('overlay routes', () => {
  it('reports progress to the tab that asked, to no other, and cancels on request', async () => {
    const h = await startHarness({ rateLimit: { max: 5000, windowMs: 10_000, searchPerSecond: 500 } });
    for (let i = 0; i < 3000; i++) h.sandbox.store.create('deals', { dealname: `Bulk ${i}`, pipeline: '87654321', dealstage: '87654323' });
    const total = h.sandbox.store.search('0-3', {
      filterGroups: [{ filters: [{ propertyName: 'dealstage', operator: 'EQ', value: '87654323' }] }],
    }).length;
    const path = `/contacts/${h.sandbox.portalId}/objects/0-3/views/all/board?pipeline=87654321`;
    const columns = ['Partner sourced', 'Joint proposal', 'Partner won', 'Partner lost'].map((label) => ({
      label,
      shown: label === 'Joint proposal' ? total : 1,
      selected: label === 'Joint proposal',
    }));
    const resolveId = crypto.randomUUID();
    const pending = h.send(
      'selection/resolve',
      { resolveId, query: { kind: 'board', columns }, displayedTotal: total, include: [], exclude: [], description: 'test' },
      h.contentOn(path),
    );
    await new Promise((r) => setTimeout(r, 1500));
    const progress = await h.send('selection/progress', { resolveId }, h.contentOn(path));
    expect(progress.data).toMatchObject({ expected: total });
    expect(progress.data.resolved).toBeGreaterThan(0);
    const otherTab = { ...h.contentOn(path), tab: { ...(h.contentOn(path) as { tab: object }).tab, id: 10 } };
    expect((await h.send('selection/progress', { resolveId }, otherTab)).data).toBeNull();
    await h.send('selection/progress', { resolveId, cancel: true }, h.contentOn(path));
    const reply = await pending;
    expect(reply).toMatchObject({ ok: false, error: { message: 'Cancelled: nothing was selected.' } });
    expect(await h.db.staged.count()).toBe(0);
  }, 30_000);

  it('tells a list page what kind of list it shows', async () => {
    const h = await startHarness();
    const snapshot = h.sandbox.store.lists.all().find((l) => l.processingType === 'SNAPSHOT')!;
    const reply = await h.send('page/list-info', {}, h.contentOn(`/contacts/${h.sandbox.portalId}/objectLists/${snapshot.listId}`));
    expect(reply.data).toEqual({
      listId: snapshot.listId,
      name: snapshot.name,
      processingType: 'SNAPSHOT',
      objectTypeId: snapshot.objectTypeId,
    });
    const table = await h.send('page/list-info', {}, h.contentOn(`/contacts/${h.sandbox.portalId}/objects/0-1/views/all/list`));
    expect(table.ok).toBe(false);
  });

  it('remembers per tab whether the overlay works, for the popup only', async () => {
    const h = await startHarness();
    const path = `/contacts/${h.sandbox.portalId}/objects/0-3/views/all/board`;
    const reason = { key: 'overlay.noColumns' } as const;
    expect((await h.send('overlay/report', { state: 'unavailable', reason }, h.contentOn(path))).data).toEqual({ recorded: true });
    // A reason the catalogue does not know is refused: the popup shows only catalogue text.
    const forged = await h.send('overlay/report', { state: 'unavailable', reason: { key: 'no.such.key' } } as never, h.contentOn(path));
    expect(forged.error?.code).toBe('invalid-payload');
    const status = await h.send('overlay/status', { tabId: 9 });
    expect(status.data).toMatchObject({
      state: 'unavailable',
      reason,
      pageKind: 'board',
      url: `${h.sandbox.url}${path}`,
    });
    expect((await h.send('overlay/status', { tabId: 9 }, h.contentOn(path))).error?.code).toBe('forbidden');
    // The content script that could not import the overlay (lib/overlay/load-overlay.ts) says so, without a reason.
    expect((await h.send('overlay/report', { state: 'notLoaded' }, h.contentOn(path))).data).toEqual({ recorded: true });
    expect((await h.send('overlay/status', { tabId: 9 })).data).toMatchObject({ state: 'notLoaded', pageKind: 'board' });
    expect((await h.send('overlay/status', { tabId: 123 })).data).toBeNull();
    // A page that works says nothing: the tab's next page asking for its context is what clears
    // the report about the page before.
    await h.send('overlay/report', { state: 'unavailable', reason }, h.contentOn(path));
    const context = await h.send('page/context', { url: `${h.sandbox.url}${path}` }, h.contentOn(path));
    expect(context.data?.page?.kind).toBe('board');
    expect((await h.send('overlay/status', { tabId: 9 })).data).toBeNull();
    // Storage that refuses the write leaves the old report, never the page without its overlay.
    await h.send('overlay/report', { state: 'unavailable', reason }, h.contentOn(path));
    const refused = vi.spyOn(browser.storage.session, 'set').mockRejectedValue(new Error('quota'));
    const despite = await h.send('page/context', { url: `${h.sandbox.url}${path}` }, h.contentOn(path));
    refused.mockRestore();
    expect(despite.data?.page?.kind).toBe('board');
    expect((await h.send('overlay/status', { tabId: 9 })).data).toMatchObject({ state: 'unavailable' });
  });

  it('keeps "remove from list" as the staged intent on a list page and refuses it elsewhere', async () => {
    const h = await startHarness();
    const manual = h.sandbox.store.lists.all().find((l) => l.processingType === 'MANUAL' && l.objectTypeId === '0-1')!;
    const member = h.sandbox.store.lists.members(manual)[0]!.recordId;
    const onList = await h.send(
      'selection/stage',
      { ids: [member], description: 'x', intent: 'removeFromList' },
      h.contentOn(`/contacts/${h.sandbox.portalId}/objectLists/${manual.listId}`),
    );
    expect(onList.ok).toBe(true);
    expect(await h.db.staged.get(onList.data.stagedId)).toMatchObject({ intent: 'removeFromList', listId: manual.listId });
    const onTable = await h.send(
      'selection/stage',
      { ids: [member], description: 'x', intent: 'removeFromList' },
      h.contentOn(`/contacts/${h.sandbox.portalId}/objects/0-1/views/all/list`),
    );
    expect(onTable).toMatchObject({
      ok: false,
      error: { message: '"Remove from list" works on a HubSpot list page only. Nothing was selected.' },
    });
    expect(
      (
        await h.send(
          'selection/stage',
          { ids: [member], description: 'x', intent: 'archive' },
          h.contentOn(`/contacts/${h.sandbox.portalId}/objects/0-1/views/all/list`),
        )
      ).error?.code,
    ).toBe('invalid-payload');
    expect(await h.db.staged.count()).toBe(1);
  });

  it('refuses malformed resolve payloads before doing anything', async () => {
    const h = await startHarness();
    const path = `/contacts/${h.sandbox.portalId}/objects/0-1/views/all/list`;
    const base = { resolveId: crypto.randomUUID(), query: { kind: 'view' }, displayedTotal: 5, include: [], exclude: [], description: 'x' };
    for (const bad of [
      { ...base, include: ['12', '1e5'] },
      { ...base, include: [12] },
      { ...base, query: { kind: 'view', viewId: '102' } },
      { ...base, query: { kind: 'board', columns: [] } },
      { ...base, query: { kind: 'everything' } },
      { ...base, displayedTotal: 0 },
      { ...base, portalId: '1' },
    ]) {
      expect((await h.send('selection/resolve', bad, h.contentOn(path))).error?.code).toBe('invalid-payload');
    }
  });
});
