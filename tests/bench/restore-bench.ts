/**
 * Verify and repair after HubSpot's restore (issue 19), measured as the delete and undo rows are
 * (engine-bench.ts): 10,000 contacts deleted by the real engine, all restored in the sandbox as
 * HubSpot's restore page would (same IDs and associations, static list memberships dropped), then
 * the restoreVerify job is timed:
 *   ratio = wall time ÷ (its standard calls ÷ 190 per 1 s window), 1.00 = as fast as the limit allows.
 */
import 'fake-indexeddb/auto';
import { deleteDb } from '@/lib/db/open';
import { createHubSpotApi } from '@/lib/hubspot/api/client';
import { RateGovernor } from '@/lib/hubspot/api/rate/rate-governor';
import { createJob } from '@/lib/jobs/core/create-job';
import { planRestore } from '@/lib/jobs/restore-verify/plan-restore';
import { verifyJobFor } from '@/lib/jobs/restore-verify/start-verify';
import { startSandbox } from '../sandbox/server';
import { engineFor, MAX, standardCalls, timedJob, WINDOW_MS } from './engine-bench';
import { row, type BenchRow } from './results';

export async function benchRestoreVerify(records = 10_000): Promise<Record<string, BenchRow>> {
  const sandbox = await startSandbox({
    port: 0,
    seed: 5,
    scale: records,
    rateLimit: { max: MAX, windowMs: WINDOW_MS, daily: 10_000_000, searchPerSecond: 50 },
  });
  const dbName = `bench-restore-${Date.now()}`;
  const { db, engine } = engineFor(sandbox, dbName, 100);
  try {
    const { store } = sandbox;
    const ids = store
      .listRecords('contacts', { archived: false })
      .slice(0, records)
      .map((r) => r.id);
    // Counted while the contacts are active: the bin shows no memberships.
    const staticMemberships = () =>
      ids.reduce((n, id) => n + store.lists.listsOf('0-1', id).filter(({ list }) => list.processingType !== 'DYNAMIC').length, 0);
    const staticBefore = staticMemberships();
    const job = await createJob(db, { kind: 'delete', portalId: String(sandbox.portalId), objectTypeId: '0-1', recordIds: ids });
    await timedJob(engine, db, job.id);
    // The popup's "Restore exactly": the session is planned while the records are in the bin.
    const api = createHubSpotApi({
      apiBase: sandbox.url,
      token: sandbox.token,
      governor: new RateGovernor({ sharePercent: 100, dailyReservePercent: 5 }),
    });
    const planned = await planRestore(db, api, job.id);
    if (planned.state !== 'planned') throw new Error(`restore not planned: ${JSON.stringify(planned)}`);
    // HubSpot's restore page: every record back with its ID and associations, not in its static
    // lists — the sandbox's restore drops those itself, as HubSpot's does (HUBSPOT.md §7).
    const restored = store.restore('contacts', ids).filter((r) => r.status === 'RESTORED');
    const dropped = staticBefore - staticMemberships();
    const { job: verifyJob } = await verifyJobFor(db, job.id);
    // The planning reads went through another governor: let their window pass before the clock starts.
    await new Promise((r) => setTimeout(r, 2 * WINDOW_MS));
    const since = Date.now();
    const run = await timedJob(engine, db, verifyJob.id);
    const calls = standardCalls(sandbox, since);
    const bound = Math.max(calls.standard / (MAX / (WINDOW_MS / 1000)), calls.search / 50);
    const listsBack = restored.filter(({ id }) => store.lists.listsOf('0-1', id).length > 0).length;
    return {
      restore_verify_10k_ratio: row(run.wall / bound, 'ratio', 1.15, 'max', {
        records,
        window: `${MAX} calls / ${WINDOW_MS} ms (scaled from 10 s)`,
        db: 'fake-indexeddb in Node',
        share: '100 %',
        wallSeconds: run.wall,
        calls: calls.total,
        rejected429: calls.rejected429,
        restoredInSandbox: restored.length,
        staticMembershipsDropped: dropped,
        recordsBackInAList: listsBack,
        state: run.job?.state,
        progress: run.progress,
      }),
    };
  } finally {
    await engine.idle();
    await sandbox.close();
    await deleteDb(dbName);
  }
}
