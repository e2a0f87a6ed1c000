/**
 * Throughput of the real job engine against the sandbox over loopback, with fake-indexeddb as the
 * database (Node; the browser's IndexedDB is faster). The sandbox's rate window is scaled to 1 s
 * (190 calls per second instead of per 10 s) and its search limit with it (50/s instead of 5/s),
 * so a 10,000-record run takes seconds; the ratio is what matters:
 *   ratio = wall time ÷ (standard calls ÷ 190 per window), 1.00 = exactly as fast as the limit allows.
 */
import 'fake-indexeddb/auto';
import { deleteDb, openDb } from '@/lib/db/open';
import { getJob, getJobProgress } from '@/lib/db/jobs-repo';
import { createHubSpotApi } from '@/lib/hubspot/api/client';
import { createJob } from '@/lib/jobs/core/create-job';
import { JobEngine } from '@/lib/jobs/core/engine';
import { JOB_KINDS } from '@/lib/jobs/kinds';
import { RateGovernor } from '@/lib/hubspot/api/rate/rate-governor';
import { createUndoJob } from '@/lib/jobs/undo/start-undo';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { row, type BenchRow } from './results';

export const WINDOW_MS = 1000;
export const MAX = 190;

export function engineFor(sandbox: Sandbox, dbName: string, sharePercent: number) {
  const db = openDb(dbName);
  const governor = new RateGovernor({ sharePercent, dailyReservePercent: 5, maxInFlight: 6 });
  const api = createHubSpotApi({ apiBase: sandbox.url, token: sandbox.token, governor });
  const engine = new JobEngine({
    db,
    connect: async () => api,
    kinds: JOB_KINDS,
    concurrency: 4,
  });
  return { db, engine };
}

export function standardCalls(sandbox: Sandbox, sinceMs: number, ours: (path: string) => boolean = () => true) {
  const calls = sandbox.calls.entries().filter((c) => c.atMs >= sinceMs && ours(c.path));
  return {
    total: calls.length,
    standard: calls.filter((c) => !c.route.includes('/search')).length,
    search: calls.filter((c) => c.route.includes('/search')).length,
    rejected429: calls.filter((c) => c.status === 429).length,
  };
}

export async function timedJob(engine: JobEngine, db: ReturnType<typeof openDb>, jobId: string) {
  const t0 = performance.now();
  await engine.start(jobId);
  await engine.idle();
  const wall = (performance.now() - t0) / 1000;
  return { wall, job: await getJob(db, jobId), progress: await getJobProgress(db, jobId) };
}

export async function benchDeleteAndUndo(records = 10_000): Promise<Record<string, BenchRow>> {
  const sandbox = await startSandbox({
    port: 0,
    seed: 3,
    scale: records,
    rateLimit: { max: MAX, windowMs: WINDOW_MS, daily: 10_000_000, searchPerSecond: 50 },
  });
  const dbName = `bench-${Date.now()}`;
  const { db, engine } = engineFor(sandbox, dbName, 100);
  try {
    const ids = sandbox.store
      .listRecords('contacts', { archived: false })
      .slice(0, records)
      .map((r) => r.id);
    const job = await createJob(db, { kind: 'delete', portalId: String(sandbox.portalId), objectTypeId: '0-1', recordIds: ids });
    const since = Date.now();
    const del = await timedJob(engine, db, job.id);
    const dc = standardCalls(sandbox, since);
    const deleteBound = dc.standard / (MAX / (WINDOW_MS / 1000));

    const undoJob = await createUndoJob(db, job.id);
    const undoSince = Date.now();
    const undo = await timedJob(engine, db, undoJob.id);
    const uc = standardCalls(sandbox, undoSince);
    const undoBound = Math.max(uc.standard / (MAX / (WINDOW_MS / 1000)), uc.search / 50);

    const common = { records, window: `${MAX} calls / ${WINDOW_MS} ms (scaled from 10 s)`, db: 'fake-indexeddb in Node', share: '100 %' };
    return {
      delete_10k_ratio: row(del.wall / deleteBound, 'ratio', 1.1, 'max', {
        ...common,
        wallSeconds: del.wall,
        calls: dc.total,
        state: del.job?.state,
        progress: del.progress,
      }),
      delete_10k_429s: row(dc.rejected429, 'responses', 0, 'max', common),
      delete_calls_per_100: row((dc.total / records) * 100, 'calls', 20, 'max', {
        ...common,
        note: 'read + associations to 9 types + list memberships + archive + verify',
      }),
      undo_10k_ratio: row(undo.wall / undoBound, 'ratio', 1.15, 'max', {
        ...common,
        wallSeconds: undo.wall,
        calls: uc.total,
        searchCalls: uc.search,
        state: undo.job?.state,
        progress: undo.progress,
      }),
    };
  } finally {
    await engine.idle();
    await sandbox.close();
    await deleteDb(dbName);
  }
}

/** Same delete while another client of the same app spends half the window: 429s ÷ calls made. */
export async function benchContended(records = 3_000): Promise<Record<string, BenchRow>> {
  const sandbox = await startSandbox({
    port: 0,
    seed: 4,
    scale: records,
    rateLimit: { max: MAX, windowMs: WINDOW_MS, daily: 10_000_000, searchPerSecond: 50 },
  });
  const dbName = `bench-contended-${Date.now()}`;
  const { db, engine } = engineFor(sandbox, dbName, 100);
  let competing = true;
  const other = (async () => {
    // Half the quota, evenly: 95 calls per second from "another integration".
    const interval = WINDOW_MS / (MAX / 2);
    while (competing) {
      void fetch(`${sandbox.url}/crm/v3/objects/companies?limit=1`, { headers: { Authorization: `Bearer ${sandbox.token}` } }).catch(
        () => undefined,
      );
      await new Promise((r) => setTimeout(r, interval));
    }
  })();
  try {
    const ids = sandbox.store
      .listRecords('contacts', { archived: false })
      .slice(0, records)
      .map((r) => r.id);
    const job = await createJob(db, { kind: 'delete', portalId: String(sandbox.portalId), objectTypeId: '0-1', recordIds: ids });
    const since = Date.now();
    const run = await timedJob(engine, db, job.id);
    // The other integration lists companies through the legacy path; crm-sweep never does.
    const ours = standardCalls(sandbox, since, (path) => !path.startsWith('/crm/v3/objects/companies'));
    return {
      delete_contended_waste: row(ours.rejected429 / ours.total, 'ratio', 0.02, 'max', {
        records,
        ourCalls: ours.total,
        our429s: ours.rejected429,
        wallSeconds: run.wall,
        state: run.job?.state,
      }),
    };
  } finally {
    competing = false;
    await other;
    await engine.idle();
    await sandbox.close();
    await deleteDb(dbName);
  }
}
