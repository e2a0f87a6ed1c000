import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { countRecentBatches, listRecentBatches } from '@/lib/db/jobs-repo';
import type { Job } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import { freshDb } from './db-fixtures';

function jobAt(createdAt: number, over: Partial<Job> = {}): Job {
  return {
    id: `job-${createdAt}`,
    kind: 'delete',
    portalId: '1',
    objectTypeId: '0-1',
    state: 'done',
    total: 1,
    createdAt,
    updatedAt: createdAt,
    ...over,
  };
}

/** 300 batches an hour apart; every third one undone a minute later. */
async function longLog(db: CrmSweepDb) {
  const jobs: Job[] = [];
  for (let i = 1; i <= 300; i++) {
    jobs.push(jobAt(i * 3_600_000, { kind: i % 10 === 0 ? 'gdprDelete' : i % 7 === 0 ? 'removeFromList' : 'delete' }));
    if (i % 3 === 0) jobs.push(jobAt(i * 3_600_000 + 60_000, { kind: 'undo', undoOf: `job-${i * 3_600_000}` }));
  }
  await db.jobs.bulkPut(jobs);
}

describe('the undo log, page by page', () => {
  it('lists the newest batches first, leaving undo jobs out, a page at a time', async () => {
    const db = freshDb();
    await longLog(db);
    const first = await listRecentBatches(db, 20);
    expect(first.map((j) => j.createdAt)).toEqual(Array.from({ length: 20 }, (_, i) => (300 - i) * 3_600_000));
    expect(first.every((j) => j.kind !== 'undo')).toBe(true);
    expect((await listRecentBatches(db, 40)).slice(20)).toEqual((await listRecentBatches(db, 300)).slice(20, 40));
  });

  it('counts the batches in the log without the undo jobs', async () => {
    const db = freshDb();
    expect(await countRecentBatches(db)).toBe(0);
    await longLog(db);
    expect(await db.jobs.count()).toBe(400);
    expect(await countRecentBatches(db)).toBe(300);
  });

  it('reads one page of the jobs index, not the whole log', async () => {
    const db = freshDb();
    await longLog(db);
    await db.open();
    const steps = vi.spyOn(IDBCursor.prototype, 'continue');
    try {
      await listRecentBatches(db, 20);
      expect(steps.mock.calls.length).toBeGreaterThan(19);
      // 20 batches and the 7 undo jobs between them (plus the cursor's last step), of 400 rows.
      expect(steps.mock.calls.length).toBeLessThanOrEqual(28);
    } finally {
      steps.mockRestore();
    }
  });
});
