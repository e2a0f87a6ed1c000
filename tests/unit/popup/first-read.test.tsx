// @vitest-environment happy-dom
import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY_PREFS, rememberDisplayPrefs, rememberedDisplayPrefs } from '@/components/popup/display-prefs';
import { PopupApp } from '@/components/popup/PopupApp';
import { readPopupStart, stagedIdFrom, startFirstRead, takeFirstRead } from '@/components/popup/first-read';
import { readActiveJobs, readStaged } from '@/components/popup/live-reads';
import { readRecentPage } from '@/components/recent/recent-page';
import type { CrmSweepDb } from '@/lib/db/schema';
import { freshDb, renderPage } from './page-harness';
import { jobRow, stagedRow } from './seed-rows';

const STAGED_ELSEWHERE = '99999999-9999-4999-8999-999999999999';

/** The same questions through Dexie, as the views' live queries ask them after the first paint. */
async function liveAnswers(db: CrmSweepDb, stagedId: string | null) {
  return { staged: await readStaged(db, stagedId), active: await readActiveJobs(db), recent: await readRecentPage(db) };
}

async function seedLog(db: CrmSweepDb) {
  await db.staged.bulkPut([stagedRow(), stagedRow({ id: '33333333-3333-4333-8333-333333333333', createdAt: 1, expiresAt: 1 })]);
  // 30 batches with an undo job after every third one: the first page is 20 batches deep.
  const jobs = Array.from({ length: 30 }, (_, i) =>
    jobRow({ id: `j${String(i).padStart(2, '0')}`, state: i === 29 ? 'running' : i === 3 ? 'paused' : 'done', createdAt: 100 + i * 10 }),
  );
  const undos = jobs
    .filter((_, i) => i % 3 === 0)
    .map((j) => jobRow({ id: `u-${j.id}`, kind: 'undo', undoOf: j.id, state: 'done', createdAt: j.createdAt + 5 }));
  await db.jobs.bulkPut([...jobs, ...undos]);
}

describe('the popup’s first frame', () => {
  it('reads with plain IndexedDB exactly what the live queries read through Dexie', async () => {
    const db = freshDb();
    await seedLog(db);
    for (const stagedId of [null, stagedRow().id, STAGED_ELSEWHERE]) {
      const first = await readPopupStart(db.name, stagedId);
      expect(first).toEqual(await liveAnswers(db, stagedId));
    }
    const first = await readPopupStart(db.name, null);
    expect(first?.staged?.id).toBe(stagedRow().id);
    expect(first?.active.map((j) => j.id)).toEqual(['j03', 'j29']);
    expect(first?.recent.jobs.map((j) => j.id)).toEqual(Array.from({ length: 20 }, (_, i) => `j${29 - i}`));
    expect(first?.recent.total).toBe(30);
  });

  it('answers the same where the browser has no getAllRecords (a cursor walks the index)', async () => {
    const db = freshDb();
    await seedLog(db);
    const proto = IDBIndex.prototype as { getAllRecords?: unknown };
    const kept = proto.getAllRecords;
    delete proto.getAllRecords;
    try {
      expect(await readPopupStart(db.name, null)).toEqual(await liveAnswers(db, null));
    } finally {
      proto.getAllRecords = kept;
    }
  });

  it('never creates the database: none yet means no opening data, and Dexie creates it later', async () => {
    const name = `crm-sweep-absent-${crypto.randomUUID()}`;
    expect(await readPopupStart(name, null)).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });

  it('startFirstRead hands its read to takeFirstRead once; without it, takeFirstRead reads itself', async () => {
    const db = freshDb();
    await db.jobs.put(jobRow({ id: 'c', state: 'done', createdAt: 1 }));
    startFirstRead(db.name, '?staged=not-an-id');
    expect((await takeFirstRead(db.name, null))?.recent.jobs.map((j) => j.id)).toEqual(['c']);
    await db.jobs.put(jobRow({ id: 'd', state: 'done', createdAt: 2 }));
    expect((await takeFirstRead(db.name, null))?.recent.jobs.map((j) => j.id)).toEqual(['d', 'c']);
    expect(stagedIdFrom(`?staged=${stagedRow().id}`)).toBe(stagedRow().id);
    expect(stagedIdFrom('?staged=../../x')).toBeNull();
  });

  it('paints from that read: the recent batches and the notice are there in the first render', async () => {
    const db = freshDb();
    await db.jobs.put(jobRow({ id: 'c', state: 'done', total: 12, createdAt: 1 }));
    const start = await readPopupStart(db.name, null);
    renderPage(<PopupApp stagedId={null} retentionDays={90} start={start} />, db);
    // Synchronously, in the first render: nothing waits for a query.
    expect(screen.getByRole('button', { name: /Delete: 12 contacts/ })).toBeTruthy();
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
