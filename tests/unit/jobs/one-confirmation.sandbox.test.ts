import { describe, expect, it } from 'vitest';
import { putCredential } from '@/lib/db/credentials-repo';
import { settingsItem } from '@/lib/settings/settings';
import { getJob, getJobProgress } from '@/lib/db/jobs-repo';
import { ALL_SCOPES } from '../../sandbox/http/tokens';
import { startSandbox } from '../../sandbox/server';
import { archiveCalls } from './call-log';
import { firstIds, startHarness, tablePath } from './sandbox-harness';

describe('one confirmation, one job (issue 17)', () => {
  it('of concurrent starts of one staged selection exactly one makes a job; the others are told which', async () => {
    const h = await startHarness();
    const ids = firstIds(h.sandbox, 'contacts', 7);
    const stagedId = await h.stage(ids, tablePath(h.sandbox));
    const start = () => h.send('job/start', { stagedId, typedCount: '7', locale: 'en', mode: 'delete' });
    // Two popup windows, a double click and a replayed message, all at once.
    const replies = await Promise.all([start(), start(), start(), start()]);
    const started = replies.filter((r) => r.ok);
    expect(started).toHaveLength(1);
    const jobId = started[0]!.data.jobId as string;
    for (const refused of replies.filter((r) => !r.ok)) {
      expect(refused.error?.message).toMatch(new RegExp(`already started job ${jobId.slice(0, 8)} \\(test selection, 7 records\\)`));
    }
    await h.engine.idle();
    expect(await h.db.jobs.count()).toBe(1);
    expect((await getJob(h.db, jobId))?.state).toBe('done');
    // One set of archive calls: each record archived once.
    expect(
      archiveCalls(h.sandbox)
        .flatMap((c) => c.ids)
        .sort(),
    ).toEqual([...ids].sort());
    // A start replayed afterwards gets the same answer.
    expect(await start()).toMatchObject({ ok: false, error: { message: expect.stringContaining(jobId.slice(0, 8)) } });
  });

  it('records the signed-in HubSpot user the page showed in the staged selection, the job and its audit entries', async () => {
    const h = await startHarness();
    const ids = firstIds(h.sandbox, 'contacts', 2);
    const reply = await h.send(
      'selection/stage',
      { ids, description: 'test selection', actor: 'Ada Admin (ada@example.com)' },
      h.contentOn(tablePath(h.sandbox)),
    );
    expect(reply.ok).toBe(true);
    const stagedId = reply.data.stagedId as string;
    expect((await h.db.staged.get(stagedId))?.actor).toBe('Ada Admin (ada@example.com)');
    const started = await h.send('job/start', { stagedId, typedCount: '2', locale: 'en', mode: 'delete' });
    await h.engine.idle();
    const jobId = started.data.jobId as string;
    expect((await getJob(h.db, jobId))?.actor).toBe('Ada Admin (ada@example.com)');
    const audit = await h.db.audit.where('jobId').equals(jobId).toArray();
    expect(audit.map((a) => a.action)).toEqual(['delete.started', 'delete.finished']);
    expect(audit.every((a) => a.actor === 'Ada Admin (ada@example.com)')).toBe(true);
  });
});

describe('a service key revoked, rotated or of another portal mid-job', () => {
  it('pauses with the reason, resumes on a new key of the same portal', async () => {
    const h = await startHarness();
    await putCredential(h.db, { token: h.sandbox.serviceKey, kind: 'serviceKey' });
    h.sandbox.faults.set({ revokeToken: h.sandbox.serviceKey, revokeTokenAfterCalls: 20 });
    const ids = firstIds(h.sandbox, 'contacts', 300);
    const stagedId = await h.stage(ids, tablePath(h.sandbox));
    const jobId = (await h.send('job/start', { stagedId, typedCount: '300', locale: 'en', mode: 'delete' })).data.jobId as string;
    await h.engine.idle();
    const paused = await getJob(h.db, jobId);
    expect(paused).toMatchObject({ state: 'paused', pauseReason: { code: 'auth' } });
    expect(paused?.pauseReason?.message).toMatch(/service key/);

    h.sandbox.addToken('sk-sandbox-rotated-0001', [...ALL_SCOPES], 'serviceKey');
    await putCredential(h.db, { token: 'sk-sandbox-rotated-0001', kind: 'serviceKey' });
    expect(await h.send('job/resume', { jobId })).toMatchObject({ ok: true });
    await h.engine.idle();
    expect((await getJob(h.db, jobId))?.state).toBe('done');
    expect((await getJobProgress(h.db, jobId)).done).toBe(300);
  });

  it('refuses a key of another portal before any call that changes data, naming both portals', async () => {
    const h = await startHarness();
    const other = await startSandbox({ port: 0, seed: 9, scale: 20, portalId: 5_555_555 });
    try {
      const ids = firstIds(h.sandbox, 'contacts', 150);
      const stagedId = await h.stage(ids, tablePath(h.sandbox));
      h.sandbox.faults.set({ revokeTokenAfterCalls: 5 });
      const jobId = (await h.send('job/start', { stagedId, typedCount: '150', locale: 'en', mode: 'delete' })).data.jobId as string;
      await h.engine.idle();
      expect((await getJob(h.db, jobId))?.state).toBe('paused');
      // The user saves a key of portal 5555555 (its own API address) and resumes.
      await settingsItem.setValue({ ...(await settingsItem.getValue()), apiBase: other.url });
      await putCredential(h.db, { token: other.serviceKey, kind: 'serviceKey' });
      expect(await h.send('job/resume', { jobId })).toMatchObject({ ok: true });
      await h.engine.idle();
      const job = await getJob(h.db, jobId);
      expect(job).toMatchObject({ state: 'paused', pauseReason: { code: 'auth' } });
      expect(job?.pauseReason?.message).toContain('portal 5555555');
      expect(job?.pauseReason?.message).toContain('portal 4242424');
      // Only account-info was asked: nothing that changes data.
      expect(other.calls.entries().map((c) => c.route)).toEqual(['GET /account-info/v3/details']);
    } finally {
      await other.close();
    }
  });
});
