// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PopupApp } from '@/components/popup/PopupApp';
import { answerRoutes, freshDb, renderPage } from './page-harness';
import { batchRows, jobRow, stagedRow } from './seed-rows';

const preview = {
  sample: [],
  sampleMissing: 0,
  impact: { sampleSize: 1, estimated: false, associations: [], lists: null, openPipeline: [] },
  gaps: [],
};

describe('popup', () => {
  it('confirms the newest selection still waiting when opened without an id', async () => {
    const db = freshDb();
    await db.staged.bulkPut([
      stagedRow({ id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', createdAt: Date.now() - 60_000, ids: ['1', '2'] }),
      stagedRow({ id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', createdAt: Date.now(), ids: ['1', '2', '3'] }),
      stagedRow({ id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', createdAt: Date.now() + 1, expiresAt: Date.now() - 1, ids: ['1'] }),
    ]);
    answerRoutes({ 'staged/preview': ({ stagedId }) => ({ stagedId, ...preview }) });
    renderPage(<PopupApp stagedId={null} retentionDays={90} />, db);
    expect(await screen.findByRole('button', { name: 'Delete 3 contacts' })).toBeTruthy();
  });

  it('says why the overlay stayed off the HubSpot page in the active tab, and nothing for a stale report', async () => {
    const url = 'https://app.hubspot.com/contacts/4242424/objects/0-3/views/all/board';
    // The fake browser's tabs are never active: answer the popup's one query as Chromium would.
    const tab = { id: 7, url, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
    let reportedUrl = url;
    const sent = answerRoutes({
      'overlay/status': () => ({
        url: reportedUrl,
        pageKind: 'board',
        state: 'unavailable',
        reason: { key: 'overlay.noColumns' },
        at: Date.now(),
      }),
    });
    const first = renderPage(<PopupApp stagedId={null} retentionDays={90} />, freshDb());
    expect(
      // The reason is a sentence of its own: no "(… (HubSpot may have changed it).)." around it.
      await screen.findByText(
        /as expected: crm-sweep can't find the board's columns on this page \(HubSpot may have changed it\)\. Nothing on it can be selected/,
      ),
    ).toBeTruthy();
    expect(sent.find((r) => r.route === 'overlay/status')?.payload).toEqual({ tabId: tab.id });
    first.unmount();
    reportedUrl = 'https://app.hubspot.com/contacts/4242424/objects/0-1/views/all/list';
    renderPage(<PopupApp stagedId={null} retentionDays={90} />, freshDb());
    await waitFor(() => expect(sent.filter((r) => r.route === 'overlay/status')).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText(/crm-sweep added nothing/)).toBeNull();
    query.mockRestore();
  });

  it('says crm-sweep did not load on the page when the content script could not import the overlay', async () => {
    const url = 'https://app.hubspot.com/contacts/4242424/objects/0-1/views/all/list';
    const tab = { id: 8, url, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
    answerRoutes({ 'overlay/status': () => ({ url, pageKind: 'table', state: 'notLoaded', at: Date.now() }) });
    renderPage(<PopupApp stagedId={null} retentionDays={90} />, freshDb());
    expect(await screen.findByText(/crm-sweep did not load on this HubSpot page.*Reload the page/)).toBeTruthy();
    expect(screen.queryByText(/crm-sweep added nothing|is none of those/)).toBeNull();
    query.mockRestore();
  });

  it('says a selection named in the URL has expired instead of confirming another one', async () => {
    const db = freshDb();
    await db.staged.put(stagedRow({ id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb' }));
    renderPage(<PopupApp stagedId="aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa" retentionDays={90} />, db);
    expect(await screen.findByText(/This selection has expired\. Nothing was deleted\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull();
  });

  it('shows running and paused jobs live, and the recent batches', async () => {
    const db = freshDb();
    renderPage(<PopupApp stagedId={null} retentionDays={90} />, db);
    expect(await screen.findByText(/Nothing is waiting for confirmation/)).toBeTruthy();
    await db.jobs.put(jobRow());
    await db.batches.bulkPut(batchRows(jobRow().id, 250, ['verified', 'pending', 'pending']));
    // Live: the job appears without reloading the popup.
    expect(await screen.findByRole('heading', { name: 'In progress' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('progressbar', { name: 'Progress of Delete: 250 contacts' })).toHaveLength(1));
    expect(screen.getByRole('button', { name: /Delete: 250 contacts/ })).toBeTruthy();
  });
});
