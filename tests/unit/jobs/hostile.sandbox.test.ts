import { describe, expect, it } from 'vitest';
import { firstIds, startHarness, tablePath } from './sandbox-harness';
import { archiveCalls } from './call-log';
import { stageSelection } from '@/lib/jobs/core/stage-selection';

describe('hostile and mistaken input changes nothing', () => {
  it('refuses job/start from a content script, another extension, and with bad counts', async () => {
    const h = await startHarness();
    const ids = firstIds(h.sandbox, 'contacts', 12);
    const stagedId = await h.stage(ids, tablePath(h.sandbox));
    const start = (typedCount: string, locale = 'en', sender?: object) =>
      h.send('job/start', { stagedId, typedCount, locale, mode: 'delete' }, sender);

    expect(await start('12', 'en', h.contentOn(tablePath(h.sandbox)))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await start('12', 'en', { id: 'other-extension', url: 'chrome-extension://other-extension/x.html' })).toMatchObject({
      ok: false,
      error: { code: 'foreign-sender' },
    });
    expect(await start('11')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/typed 11, but 12/) } });
    expect(await start('13')).toMatchObject({ ok: false });
    expect(await start('1.2', 'en')).toMatchObject({ ok: false });
    expect(await start('12', 'xx-<script>')).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(archiveCalls(h.sandbox)).toHaveLength(0);
  });

  it("accepts the count in the user's locale format", async () => {
    const h = await startHarness();
    const ids = firstIds(h.sandbox, 'contacts', 1);
    const stagedId = await h.stage(ids, tablePath(h.sandbox));
    expect(await h.send('job/start', { stagedId, typedCount: '1', locale: 'da', mode: 'delete' })).toMatchObject({ ok: true });
  });

  it('refuses IDs that are not decimal strings and pages that are not CRM views', async () => {
    const h = await startHarness();
    const path = tablePath(h.sandbox);
    for (const ids of [[1, 2], ['12a'], ['-5'], ['0012'], [], ['1'.repeat(30)]]) {
      expect(await h.send('selection/stage', { ids, description: 'x' }, h.contentOn(path))).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' },
      });
    }
    expect(await h.send('selection/stage', { ids: ['1'], description: 'x' }, h.contentOn('/settings/account'))).toMatchObject({
      ok: false,
    });
    expect(await h.db.staged.count()).toBe(0);
  });

  it("refuses to stage or resolve on a page whose portal is not the token's portal", async () => {
    const h = await startHarness();
    const ids = firstIds(h.sandbox, 'contacts', 3);
    const foreign = h.contentOn('/contacts/999/objects/0-1/views/all/list');
    const refusal = {
      ok: false,
      error: {
        message: expect.stringMatching(
          new RegExp(
            `^This page is in HubSpot portal 999, but crm-sweep's service key belongs to portal ${h.sandbox.portalId}\\. Nothing was selected\\.`,
          ),
        ),
      },
    };
    expect(await h.send('selection/stage', { ids, description: 'x' }, foreign)).toMatchObject(refusal);
    const resolve = {
      resolveId: crypto.randomUUID(),
      query: { kind: 'view' },
      displayedTotal: 400,
      include: [],
      exclude: [],
      description: 'x',
    };
    expect(await h.send('selection/resolve', resolve, foreign)).toMatchObject(refusal);
    expect(await h.send('selection/stage', { ids, description: 'x' }, h.contentOn('/contacts/999/objectLists/1'))).toMatchObject(refusal);
    expect(await h.db.staged.count()).toBe(0);
    // Nothing of portal 999 was read with the token: only the account check.
    expect(
      h.sandbox.calls
        .entries()
        .filter((c) => !c.route.includes('account-info'))
        .map((c) => c.route),
    ).toEqual([]);
  });

  it("identifies the page by the tab's current URL after in-app navigation, not the URL the page loaded with", async () => {
    const h = await startHarness();
    const deals = firstIds(h.sandbox, 'deals', 2);
    // Chromium keeps sender.url at the loaded URL after history.pushState; the tab's URL is current.
    const loaded = h.contentOn(tablePath(h.sandbox)) as { url: string; tab: object };
    const now = `${h.sandbox.url}/contacts/${h.sandbox.portalId}/objects/0-3/views/all/board?pipeline=default`;
    const reply = await h.send(
      'selection/stage',
      { ids: deals, description: 'x' },
      { ...loaded, frameId: 0, tab: { ...loaded.tab, url: now } },
    );
    expect(reply.ok).toBe(true);
    expect(await h.db.staged.get(reply.data.stagedId)).toMatchObject({ objectTypeId: '0-3', source: { pageUrl: now } });
    const elsewhere = { ...loaded, frameId: 0, tab: { ...loaded.tab, url: `${h.sandbox.url}/contacts/999/objects/0-1/views/all/list` } };
    expect(await h.send('selection/stage', { ids: deals, description: 'x' }, elsewhere)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^This page is in HubSpot portal 999/) },
    });
  });

  it("refuses job/start for a selection of another portal than the token's", async () => {
    const h = await startHarness();
    const ids = firstIds(h.sandbox, 'contacts', 3);
    // Staged before the token changed portals (staging itself refuses another portal).
    const staged = await stageSelection(h.db, { portalId: '999', objectTypeId: '0-1', ids, source: { pageUrl: 'x', description: 'x' } });
    const reply = await h.send('job/start', { stagedId: staged.id, typedCount: '3', locale: 'en', mode: 'delete' });
    expect(reply).toMatchObject({ ok: false, error: { message: expect.stringMatching(/portal 999/) } });
    expect(archiveCalls(h.sandbox)).toHaveLength(0);
  });

  it('uses a staged selection once', async () => {
    const h = await startHarness();
    const ids = firstIds(h.sandbox, 'contacts', 2);
    const stagedId = await h.stage(ids, tablePath(h.sandbox));
    expect(await h.send('job/start', { stagedId, typedCount: '2', locale: 'en', mode: 'delete' })).toMatchObject({ ok: true });
    await h.engine.idle();
    expect(await h.send('job/start', { stagedId, typedCount: '2', locale: 'en', mode: 'delete' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/already started job/) },
    });
  });
});
