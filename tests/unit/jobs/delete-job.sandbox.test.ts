import { describe, expect, it } from 'vitest';
import { getJob, getJobProgress } from '@/lib/db/jobs-repo';
import { countSnapshots } from '@/lib/db/snapshots-repo';
import { listAuditForJob } from '@/lib/db/audit-repo';
import { firstIds, startHarness, startJob, tablePath, type Harness } from './sandbox-harness';
import { archiveCalls, callsTo } from './call-log';

async function runDelete(h: Harness, ids: string[], mode: 'delete' | 'gdprDelete' = 'delete') {
  const jobId = await startJob(h, ids, { mode });
  await h.engine.idle();
  return jobId;
}

describe('restorable delete against the sandbox', () => {
  it('archives every selected record exactly once and nothing else', async () => {
    const h = await startHarness();
    const ids = firstIds(h.sandbox, 'contacts', 250);
    const untouched = firstIds(h.sandbox, 'contacts', 20, 250);
    const jobId = await runDelete(h, ids);

    expect((await getJob(h.db, jobId))?.state).toBe('done');
    expect(await getJobProgress(h.db, jobId)).toEqual({ total: 250, done: 250, failed: 0, remaining: 0 });
    const sent = archiveCalls(h.sandbox).flatMap((c) => c.ids);
    expect([...sent].sort()).toEqual([...ids].sort());
    for (const id of ids) expect(h.sandbox.store.get('contacts', id)).toBeUndefined();
    for (const id of untouched) expect(h.sandbox.store.get('contacts', id)).toBeDefined();
    expect(archiveCalls(h.sandbox).every((c) => c.ids.length <= 100)).toBe(true);
  });

  it('keeps a full snapshot of every record before its archive call', async () => {
    const h = await startHarness();
    const ids = firstIds(h.sandbox, 'contacts', 120);
    const jobId = await runDelete(h, ids);
    expect(await countSnapshots(h.db, jobId)).toBe(120);
    const rows = await h.db.snapshots.where('jobId').equals(jobId).toArray();
    const archivedAt = new Map(archiveCalls(h.sandbox).flatMap((c) => c.ids.map((id) => [id, c.at] as const)));
    for (const row of rows) {
      expect(row.properties.hs_object_id).toBe(row.recordId);
      expect(Object.keys(row.properties).length).toBeGreaterThan(10);
      expect(row.capturedAt).toBeLessThanOrEqual(archivedAt.get(row.recordId)!);
    }
    expect(rows.some((r) => r.associations.length > 0)).toBe(true);
    expect(rows.some((r) => r.lists.length > 0)).toBe(true);
  });

  it('sends no archive call when the snapshot cannot be completed', async () => {
    const h = await startHarness();
    h.sandbox.faults.set({ errorRate: 1, onlyRoutes: ['memberships/batch/read'] });
    const jobId = await runDelete(h, firstIds(h.sandbox, 'contacts', 30));
    expect(archiveCalls(h.sandbox)).toHaveLength(0);
    expect(await getJob(h.db, jobId)).toMatchObject({ state: 'paused', pauseReason: { code: 'network' } });
    expect(await countSnapshots(h.db, jobId)).toBe(0);
  });

  it('reports records someone else already deleted instead of counting them as its own', async () => {
    const h = await startHarness();
    const ids = firstIds(h.sandbox, 'contacts', 10);
    const stagedId = await h.stage(ids, tablePath(h.sandbox));
    h.sandbox.store.archive('contacts', ids.slice(0, 3));
    await h.send('job/start', { stagedId, typedCount: '10', locale: 'en', mode: 'delete' });
    await h.engine.idle();
    const batches = await h.db.batches.toArray();
    expect(batches[0]?.failedIds?.map((f) => f.id).sort()).toEqual(ids.slice(0, 3).sort());
    expect(
      archiveCalls(h.sandbox)
        .flatMap((c) => c.ids)
        .sort(),
    ).toEqual(ids.slice(3).sort());
  });
});

describe('permanent (GDPR) delete', () => {
  it('deletes contacts for good and keeps only IDs, count and time', async () => {
    const h = await startHarness();
    const ids = firstIds(h.sandbox, 'contacts', 5);
    const jobId = await runDelete(h, ids, 'gdprDelete');
    expect((await getJob(h.db, jobId))?.state).toBe('done');
    expect(await countSnapshots(h.db, jobId)).toBe(0);
    for (const id of ids) expect(h.sandbox.store.get('contacts', id, { archived: 'any' } as never)).toBeUndefined();
    const audit = await listAuditForJob(h.db, jobId);
    const text = JSON.stringify(audit);
    expect(text).not.toMatch(/@/); // no email addresses, no names
    expect(audit.flatMap((a) => a.recordIds ?? []).sort()).toEqual([...ids].sort());
    expect(callsTo(h.sandbox, 'gdpr-delete')).toHaveLength(5);
  });

  it('is refused for companies', async () => {
    const h = await startHarness();
    const ids = firstIds(h.sandbox, 'companies', 2);
    const stagedId = await h.stage(ids, tablePath(h.sandbox, '0-2'));
    const reply = await h.send('job/start', { stagedId, typedCount: '2', locale: 'en', mode: 'gdprDelete' });
    expect(reply).toMatchObject({ ok: false, error: { message: expect.stringMatching(/contacts only/) } });
    expect(callsTo(h.sandbox, 'gdpr-delete')).toHaveLength(0);
  });
});
