import { describe, expect, it } from 'vitest';
import { getJob, getJobProgress } from '@/lib/db/jobs-repo';
import { firstIds, startHarness, startJob } from './sandbox-harness';
import { archiveCalls } from './call-log';

describe('pause, resume, cancel', () => {
  it('pauses after the batches in flight and resumes to the end', async () => {
    // A slow portal so the job is still running when the user pauses.
    const h = await startHarness({ rateLimit: { max: 40, windowMs: 1000 } });
    const ids = firstIds(h.sandbox, 'contacts', 350);
    const jobId = await startJob(h, ids);
    await new Promise((r) => setTimeout(r, 300));
    expect(await h.send('job/pause', { jobId })).toMatchObject({ ok: true, data: { state: 'paused' } });
    const paused = await getJobProgress(h.db, jobId);
    expect(paused.remaining).toBeGreaterThan(0);
    const archivedWhilePaused = archiveCalls(h.sandbox).length;
    await new Promise((r) => setTimeout(r, 300));
    expect(archiveCalls(h.sandbox).length).toBe(archivedWhilePaused);
    expect((await getJob(h.db, jobId))?.pauseReason?.code).toBe('user');

    expect(await h.send('job/resume', { jobId })).toMatchObject({ ok: true });
    await h.engine.idle();
    expect(await getJobProgress(h.db, jobId)).toMatchObject({ done: 350, remaining: 0 });
  });

  it('cancels: batches not started stay untouched', async () => {
    const h = await startHarness({ rateLimit: { max: 40, windowMs: 1000 } });
    const ids = firstIds(h.sandbox, 'contacts', 350);
    const jobId = await startJob(h, ids);
    await new Promise((r) => setTimeout(r, 300));
    expect(await h.send('job/cancel', { jobId })).toMatchObject({ ok: true, data: { state: 'cancelled' } });
    const { done, remaining } = await getJobProgress(h.db, jobId);
    expect(remaining).toBeGreaterThan(0);
    const archived = new Set(archiveCalls(h.sandbox).flatMap((c) => c.ids));
    expect(archived.size).toBe(done);
    const kept = ids.filter((id) => !archived.has(id));
    for (const id of kept) expect(h.sandbox.store.get('contacts', id)).toBeDefined();
  });

  it('pauses before eating into the daily reserve, with the reason', async () => {
    const h = await startHarness({ rateLimit: { max: 5000, windowMs: 10_000, daily: 1000 } }, { dailyReservePercent: 10 });
    h.sandbox.faults.set({ dailyRemaining: 120 });
    const jobId = await startJob(h, firstIds(h.sandbox, 'contacts', 300));
    await h.engine.idle();
    const job = await getJob(h.db, jobId);
    expect(job).toMatchObject({ state: 'paused', pauseReason: { code: 'dailyReserve' } });
    expect(job?.pauseReason?.message).toMatch(/daily/);
  });
});

describe('remove from list', () => {
  it('removes members from a manual list, keeps the records, and undo adds them back', async () => {
    const h = await startHarness();
    const list = h.sandbox.store.lists.all().find((l) => l.processingType === 'MANUAL' && l.objectTypeId === '0-1')!;
    const members = h.sandbox.store.listMembers(list.listId).slice(0, 30);
    const jobId = await startJob(h, members, {
      path: `/contacts/${h.sandbox.portalId}/objectLists/${list.listId}`,
      mode: 'removeFromList',
    });
    await h.engine.idle();
    expect((await getJob(h.db, jobId))?.state).toBe('done');
    const after = new Set(h.sandbox.store.listMembers(list.listId));
    for (const id of members) {
      expect(after.has(id)).toBe(false);
      expect(h.sandbox.store.get('contacts', id)).toBeDefined();
    }
    expect(archiveCalls(h.sandbox)).toHaveLength(0);

    const undo = await h.send('job/undo', { jobId, binRefusalAccepted: true });
    expect(undo).toMatchObject({ ok: true });
    await h.engine.idle();
    const restored = new Set(h.sandbox.store.listMembers(list.listId));
    for (const id of members) expect(restored.has(id)).toBe(true);
  });

  it('is refused on an active (dynamic) list', async () => {
    const h = await startHarness();
    const list = h.sandbox.store.lists.all().find((l) => l.processingType === 'DYNAMIC')!;
    const members = h.sandbox.store.listMembers(list.listId).slice(0, 3);
    const stagedId = await h.stage(members, `/contacts/${h.sandbox.portalId}/objectLists/${list.listId}`);
    const reply = await h.send('job/start', { stagedId, typedCount: String(members.length), locale: 'en', mode: 'removeFromList' });
    expect(reply).toMatchObject({ ok: false, error: { message: expect.stringMatching(/active list/) } });
  });
});
