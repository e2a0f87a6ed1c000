import { describe, expect, it } from 'vitest';
import { getJob, getJobProgress } from '@/lib/db/jobs-repo';
import { firstIds, startHarness, startJob } from './sandbox-harness';
import { archiveCalls } from './call-log';

/**
 * Found by the fault matrix (row "daily-limit"): the governor learns the daily figure only from
 * answers and sends nothing while the reserve is reached, so a job paused for the reserve could
 * never resume in the same service worker. Resume now makes the governor forget the figure.
 */
describe('daily reserve: resume after the limit is lifted, same service worker', () => {
  it('sends calls again and finishes the job', async () => {
    const h = await startHarness({ rateLimit: { max: 5000, windowMs: 10_000, daily: 10_000 } }, { dailyReservePercent: 10 });
    const ids = firstIds(h.sandbox, 'contacts', 300);
    h.sandbox.faults.set({ dailyRemaining: 1030 }); // ~30 calls above the 1,000-call reserve
    const jobId = await startJob(h, ids);
    await h.engine.idle();
    expect(await getJob(h.db, jobId)).toMatchObject({ state: 'paused', pauseReason: { code: 'dailyReserve' } });
    expect((await getJobProgress(h.db, jobId)).remaining).toBeGreaterThan(0);

    // HubSpot's day rolled over: the whole daily allowance is back.
    h.sandbox.faults.set({ dailyRemaining: 10_000 });
    const before = h.sandbox.calls.count();
    expect(await h.send('job/resume', { jobId })).toMatchObject({ ok: true });
    await h.engine.idle();

    expect(h.sandbox.calls.count()).toBeGreaterThan(before);
    expect((await getJob(h.db, jobId))?.state).toBe('done');
    expect(new Set(archiveCalls(h.sandbox).flatMap((c) => c.ids))).toEqual(new Set(ids));
  });
});
