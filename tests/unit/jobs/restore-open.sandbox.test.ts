import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createJob } from '@/lib/jobs/core/create-job';
import { transitionJob } from '@/lib/jobs/core/job-transitions';
import { callsTo } from './call-log';
import { deleteListedContacts, openRestore, restoreInHubSpot, sessionOf } from './restore-helpers';
import { firstIds, startHarness, startJob, tablePath, type Harness } from './sandbox-harness';

const DAY = 24 * 60 * 60 * 1000;

async function notApplicableReason(h: Harness, jobId: string) {
  const data = await openRestore(h, jobId);
  expect(data.state).toBe('notApplicable');
  return data.reason.key as string;
}

/** A finished job of any kind, stored as the engine would leave it (for kinds the sandbox cannot stage here). */
async function storedJob(h: Harness, kind: 'removeFromList' | 'delete', objectTypeId: string, ids: string[]) {
  const job = await createJob(h.db, { kind, portalId: String(h.sandbox.portalId), objectTypeId, recordIds: ids });
  await transitionJob(h.db, job.id, { to: 'running' });
  await h.db.batches.where('jobId').equals(job.id).modify({ state: 'verified' });
  await transitionJob(h.db, job.id, { to: 'done' });
  return job.id;
}

describe('restore/open re-validates in the background', () => {
  it('goes straight to re-create for a permanent (GDPR) delete', async () => {
    const h = await startHarness();
    const jobId = await startJob(h, firstIds(h.sandbox, 'contacts', 2), { mode: 'gdprDelete' });
    await h.engine.idle();
    expect(await notApplicableReason(h, jobId)).toBe('restoreOpen.permanent');
  });

  it('goes straight to re-create for a list removal and for a type without a recycle bin', async () => {
    const h = await startHarness();
    expect(await notApplicableReason(h, await storedJob(h, 'removeFromList', '0-1', ['1201']))).toBe('restoreOpen.notADelete');
    expect(await notApplicableReason(h, await storedJob(h, 'delete', '0-27', ['1201']))).toBe('restoreOpen.noBin');
  });

  it('goes straight to re-create for a batch archived more than 90 days ago, without reading HubSpot', async () => {
    const h = await startHarness();
    const jobId = await startJob(h, firstIds(h.sandbox, 'contacts', 3));
    await h.engine.idle();
    await h.db.jobs.update(jobId, { finishedAt: Date.now() - 91 * DAY });
    const reads = callsTo(h.sandbox, 'batch/read').length;
    const data = await openRestore(h, jobId);
    expect(data).toMatchObject({ state: 'notApplicable', reason: { key: 'restoreOpen.stale', params: { days: 90 } } });
    expect(callsTo(h.sandbox, 'batch/read')).toHaveLength(reads);
  });

  it('goes straight to re-create when every record is back, or none is in the bin any more', async () => {
    const h = await startHarness();
    const back = firstIds(h.sandbox, 'contacts', 3);
    const backJob = await startJob(h, back);
    await h.engine.idle();
    h.sandbox.store.restore('contacts', back);
    expect(await notApplicableReason(h, backJob)).toBe('restoreOpen.allBack');

    const purged = firstIds(h.sandbox, 'contacts', 3, 10);
    const purgedJob = await startJob(h, purged);
    await h.engine.idle();
    for (const id of purged) h.sandbox.store.gdprDelete(id);
    const data = await openRestore(h, purgedJob);
    expect(data).toMatchObject({ state: 'notApplicable', reason: { key: 'restoreOpen.nothingInBin', params: { back: 0, purged: 3 } } });
    expect(await sessionOf(h, purgedJob)).toBeUndefined();
  });

  it('refuses an unknown job as bad input, changing nothing', async () => {
    const h = await startHarness();
    const unknown = await h.send('restore/open', { jobId: crypto.randomUUID() });
    expect(unknown).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no longer in the undo log/) } });
    expect(await h.db.restoreSessions.count()).toBe(0);
  });

  it('classifies the removed records by reading their IDs, saves the session and opens the restore page in a tab', async () => {
    const h = await startHarness();
    const { jobId, ids } = await deleteListedContacts(h, 12);
    restoreInHubSpot(h, 'contacts', ids.slice(0, 2));
    h.sandbox.store.gdprDelete(ids[2]!);
    h.sandbox.faults.set({ recordErrors: [{ ids: [ids[3]!], routes: ['batch/read'], category: 'RESOURCE_LOCKED' }] });

    const data = await openRestore(h, jobId);
    h.sandbox.faults.set({ recordErrors: [] });
    expect(data.state).toBe('opened');
    const url = `${h.sandbox.url}/recycling-bin/${h.sandbox.portalId}/restore/0-1`;
    expect(data.url).toBe(url);
    expect(data.session).toMatchObject({
      jobId,
      round: 1,
      rounds: 1,
      inBin: 8,
      total: 12,
      notInBin: { alreadyBack: 2, purged: 1, unreadable: 1 },
    });

    const session = (await sessionOf(h, jobId))!;
    expect(session.inBin.sort()).toEqual(ids.slice(4).sort());
    expect(session.alreadyBack.sort()).toEqual(ids.slice(0, 2).sort());
    expect(session.purged).toEqual([ids[2]]);
    expect(session.unreadable).toEqual([ids[3]]);
    const tabs = await fakeBrowser.tabs.query({});
    const tab = tabs.find((t) => t.id === session.tabId);
    expect(tab?.url).toBe(url);

    expect((await h.send('restore/status', { jobId })).data).toMatchObject({ sessionId: session.id, inBin: 8 });
    expect((await h.send('restore/status', { jobId: crypto.randomUUID() })).data).toBeNull();
  });

  it('is not a route for the content script', async () => {
    const h = await startHarness();
    const jobId = await startJob(h, firstIds(h.sandbox, 'contacts', 2));
    await h.engine.idle();
    const reply = await h.send('restore/open', { jobId }, h.contentOn(tablePath(h.sandbox)));
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
