// @vitest-environment happy-dom
import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY_PREFS, rememberDisplayPrefs, rememberedDisplayPrefs } from '@/components/popup/display-prefs';
import { PopupApp } from '@/components/popup/PopupApp';
import { readPopupStart } from '@/components/popup/popup-start';
import { freshDb, renderPage } from './page-harness';
import { jobRow, stagedRow } from './seed-rows';

describe('the popup’s first frame', () => {
  it('reads the waiting selection, the jobs in progress and the first page of the log in one go', async () => {
    const db = freshDb();
    await db.staged.put(stagedRow());
    await db.jobs.bulkPut([
      jobRow({ id: 'a', state: 'paused', createdAt: 3 }),
      jobRow({ id: 'b', state: 'running', createdAt: 2 }),
      jobRow({ id: 'c', state: 'done', createdAt: 1 }),
      jobRow({ id: 'u', kind: 'undo', undoOf: 'c', state: 'done', createdAt: 4 }),
    ]);
    const start = await readPopupStart(db, null);
    expect(start.staged?.id).toBe(stagedRow().id);
    expect(start.active.map((j) => j.id)).toEqual(['b', 'a']);
    expect(start.recent.jobs.map((j) => j.id)).toEqual(['a', 'b', 'c']);
    expect(start.recent.total).toBe(3);
    expect((await readPopupStart(db, '99999999-9999-4999-8999-999999999999')).staged).toBeUndefined();
  });

  it('paints from that read: the recent batches and the notice are there in the first render', async () => {
    const db = freshDb();
    await db.jobs.put(jobRow({ id: 'c', state: 'done', total: 12, createdAt: 1 }));
    const start = await readPopupStart(db, null);
    renderPage(<PopupApp stagedId={null} retentionDays={90} start={start} />, db);
    // Synchronously, in the first render: nothing waits for a query.
    expect(screen.getByRole('button', { name: /^Details: Delete, 12 contacts,/ })).toBeTruthy();
    expect(screen.getByText(/Nothing is waiting for confirmation/)).toBeTruthy();
    // (The newest batch's own details, opened by default, still load after the first paint.)
  });
});

describe('display settings kept for the next popup', () => {
  it('remembers language and retention, and falls back to the defaults on anything else', () => {
    localStorage.clear();
    expect(rememberedDisplayPrefs()).toEqual(DEFAULT_DISPLAY_PREFS);
    rememberDisplayPrefs({ language: 'da', retentionDays: 30 });
    expect(rememberedDisplayPrefs()).toEqual({ language: 'da', retentionDays: 30 });
    localStorage.setItem('crm-sweep:display-prefs', '{"language":"xx","retentionDays":-1}');
    expect(rememberedDisplayPrefs()).toEqual(DEFAULT_DISPLAY_PREFS);
    localStorage.setItem('crm-sweep:display-prefs', '{not json');
    expect(rememberedDisplayPrefs()).toEqual(DEFAULT_DISPLAY_PREFS);
  });
});
