import { describe, expect, it } from 'vitest';
import { getJob, getJobProgress } from '@/lib/db/jobs-repo';
import { firstIds, startHarness, startJob, type Harness } from './sandbox-harness';
import { archiveCalls, loggedCalls } from './call-log';

function expectAllArchived(h: Harness, ids: string[]) {
  for (const id of ids) expect(h.sandbox.store.get('contacts', id)).toBeUndefined();
  expect(new Set(archiveCalls(h.sandbox).flatMap((c) => c.ids))).toEqual(new Set(ids));
}

describe('HubSpot failing in the ways it does', () => {
  it('finishes through 20 % server errors and connection resets', async () => {
    const h = await startHarness({ faults: { errorRate: 0.2, resetRate: 0.05 } });
    const ids = firstIds(h.sandbox, 'contacts', 200);
    const jobId = await startJob(h, ids);
    await h.engine.idle();
    expect((await getJob(h.db, jobId))?.state).toBe('done');
    expectAllArchived(h, ids);
    expect(loggedCalls(h.sandbox).some((c) => c.status >= 500)).toBe(true);
  });

  it('waits out a 429 storm that sends Retry-After', async () => {
    const h = await startHarness();
    h.sandbox.faults.set({ storm429: { count: 5, retryAfterSeconds: 1 } });
    const ids = firstIds(h.sandbox, 'contacts', 50);
    const jobId = await startJob(h, ids);
    await h.engine.idle();
    expect((await getJob(h.db, jobId))?.state).toBe('done');
    expectAllArchived(h, ids);
  });

  it('pauses with a plain explanation when the token is revoked mid-job, and resumes with a new one', async () => {
    const h = await startHarness();
    const ids = firstIds(h.sandbox, 'contacts', 300);
    h.sandbox.faults.set({ revokeTokenAfterCalls: 25 });
    const jobId = await startJob(h, ids);
    await h.engine.idle();
    const paused = await getJob(h.db, jobId);
    expect(paused).toMatchObject({ state: 'paused', pauseReason: { code: 'auth' } });
    expect(paused?.pauseReason?.message).toMatch(/service key/);
    const { done } = await getJobProgress(h.db, jobId);
    expect(done).toBeLessThan(300);

    h.sandbox.faults.clear();
    h.sandbox.addToken('pat-sandbox-renewed', [
      'crm.objects.contacts.read',
      'crm.objects.contacts.write',
      'crm.lists.read',
      'crm.lists.write',
      'crm.objects.companies.read',
      'crm.objects.deals.read',
      'tickets',
      'crm.objects.custom.read',
    ]);
    const { settingsItem } = await import('@/lib/settings/settings');
    await settingsItem.setValue({ ...(await settingsItem.getValue()), token: 'pat-sandbox-renewed' });
    expect(await h.send('job/resume', { jobId })).toMatchObject({ ok: true });
    await h.engine.idle();
    expect((await getJob(h.db, jobId))?.state).toBe('done');
    expectAllArchived(h, ids);
  });
});
