import { describe, expect, it } from 'vitest';
import { createConnector } from '@/lib/background/connect';
import { markArchiving, markBatch } from '@/lib/jobs/core/batch-transitions';
import { getJob, getJobProgress } from '@/lib/db/jobs-repo';
import { commitSnapshot } from '@/lib/db/snapshots-repo';
import { createJob } from '@/lib/jobs/core/create-job';
import { transitionJob } from '@/lib/jobs/core/job-transitions';
import { prepareCapture } from '@/lib/jobs/delete/capture-context';
import { captureBatch } from '@/lib/jobs/delete/capture-snapshot';
import { keepsSnapshots } from '@/lib/jobs/kinds';
import { firstIds, startHarness } from './sandbox-harness';
import { archiveCalls } from './call-log';

type CrashPoint = 'pending' | 'snapshotted' | 'archiving, not sent' | 'archiving, sent' | 'archived';

/**
 * A service worker can die at any line. These tests put the first batch where a dead worker would
 * have left it, then do what a new worker does at start (resumeInterrupted), and check that the
 * job finishes with every selected record archived and nothing else.
 */
describe('resume after the worker died', () => {
  it.each<CrashPoint>(['pending', 'snapshotted', 'archiving, not sent', 'archiving, sent', 'archived'])(
    'with the first batch %s',
    async (crash) => {
      const h = await startHarness();
      const ids = firstIds(h.sandbox, 'contacts', 150);
      const job = await createJob(h.db, { kind: 'delete', portalId: String(h.sandbox.portalId), objectTypeId: '0-1', recordIds: ids });
      await transitionJob(h.db, job.id, { to: 'running' });
      const api = await createConnector(h.db)(job.portalId);

      if (crash !== 'pending') {
        const first = ids.slice(0, 100);
        const { rows } = await captureBatch(await prepareCapture(api, '0-1'), first);
        await commitSnapshot(h.db, job.id, 0, rows, keepsSnapshots);
        if (crash !== 'snapshotted') {
          await markArchiving(h.db, job.id, 0, keepsSnapshots);
          if (crash !== 'archiving, not sent') await api.objects.batchArchive('0-1', first);
          if (crash === 'archived') await markBatch(h.db, job.id, 0, { to: 'archived' });
        }
      }

      await h.engine.resumeInterrupted();
      await h.engine.idle();

      expect((await getJob(h.db, job.id))?.state).toBe('done');
      expect(await getJobProgress(h.db, job.id)).toMatchObject({ done: 150, failed: 0 });
      const sent = new Set(archiveCalls(h.sandbox).flatMap((c) => c.ids));
      expect([...sent].sort()).toEqual([...ids].sort());
      for (const id of ids) expect(h.sandbox.store.get('contacts', id)).toBeUndefined();
      expect(h.sandbox.store.listRecords('contacts', { archived: false })).toHaveLength(400 - 150);
    },
  );
});
