import { Dexie } from 'dexie';
import { JobNotFoundError } from '@/lib/db/errors';
import { countProgress, type JobProgress } from '@/lib/db/job-progress';
import type { Batch, Job, JobKind, JobState, SelectionSource } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';

/** A job as its creator describes it; id, state, total and times are filled in by insertJob. */
export interface NewJobRow {
  kind: JobKind;
  portalId: string;
  objectTypeId: string;
  listId?: string;
  undoOf?: string;
  source?: SelectionSource;
  stagedId?: string;
  actor?: string;
}

/**
 * Stores a staged job and all its pending batches (`batches`: already planned, one array of
 * record IDs per batch) in one transaction, so a job never exists with only some of its batches.
 */
export async function insertJob(db: CrmSweepDb, input: NewJobRow, batches: readonly (readonly string[])[], now = Date.now()): Promise<Job> {
  const job: Job = {
    ...input,
    id: crypto.randomUUID(),
    state: 'staged',
    total: batches.reduce((sum, ids) => sum + ids.length, 0),
    createdAt: now,
    updatedAt: now,
  };
  const rows: Batch[] = batches.map((ids, seq) => ({
    jobId: job.id,
    seq,
    ids: [...ids],
    state: 'pending',
    attempts: 0,
    updatedAt: now,
  }));
  await db.transaction('rw', db.jobs, db.batches, async () => {
    await db.jobs.add(job);
    await db.batches.bulkAdd(rows);
  });
  return job;
}

export function getJob(db: CrmSweepDb, jobId: string): Promise<Job | undefined> {
  return db.jobs.get(jobId);
}

/** Newest first; only one portal's jobs when `portalId` is given. */
export function listRecentJobs(db: CrmSweepDb, { limit = 20, portalId }: { limit?: number; portalId?: string } = {}): Promise<Job[]> {
  const newestFirst =
    portalId === undefined
      ? db.jobs.orderBy('createdAt')
      : db.jobs.where('[portalId+createdAt]').between([portalId, Dexie.minKey], [portalId, Dexie.maxKey]);
  return newestFirst.reverse().limit(limit).toArray();
}

/**
 * Undo and restore-verify jobs belong to the batch they undo (`undoOf`): the undo log lists them
 * inside it, not as batches of their own. Kinds are checked too, for rows of either kind without it.
 */
export function belongsToABatch(job: Pick<Job, 'kind' | 'undoOf'>): boolean {
  return job.kind === 'undo' || job.kind === 'restoreVerify' || job.undoOf !== undefined;
}

/**
 * The undo log's newest `limit` entries — delete, permanent-delete and remove-from-list jobs —
 * newest first. Walks the createdAt index from its end and stops at the `limit`th match, so a
 * log of thousands costs what one page costs; the undo jobs passed over (shown inside the batch
 * they undo) are at most a few per batch. Nothing else is read: counts come from job fields.
 */
export function listRecentBatches(db: CrmSweepDb, limit: number): Promise<Job[]> {
  return db.jobs
    .orderBy('createdAt')
    .reverse()
    .filter((job) => !belongsToABatch(job))
    .limit(limit)
    .toArray();
}

/**
 * How many batches the undo log holds: all jobs minus undo jobs. Only undo jobs have `undoOf`,
 * and IndexedDB leaves rows without the key path out of that index, so both are key counts.
 */
export async function countRecentBatches(db: CrmSweepDb): Promise<number> {
  const [jobs, undos] = await Promise.all([db.jobs.count(), db.jobs.orderBy('undoOf').count()]);
  return jobs - undos;
}

/** Jobs to resume when the service worker starts (`running`) or to list as paused. */
export function listJobsInState(db: CrmSweepDb, ...states: JobState[]): Promise<Job[]> {
  return db.jobs.where('state').anyOf(states).toArray();
}

export function listUndoJobsOf(db: CrmSweepDb, deleteJobId: string): Promise<Job[]> {
  return db.jobs.where('undoOf').equals(deleteJobId).sortBy('createdAt');
}

/**
 * Reads a job, lets `rewrite` decide its next version (or throw, changing nothing) and writes it,
 * all in one transaction: two callers (popup pause, engine finish) cannot both act on the same
 * old state. Throws JobNotFoundError for an unknown job. `rewrite` must be synchronous.
 */
export async function updateJob(db: CrmSweepDb, jobId: string, rewrite: (job: Job) => Job): Promise<Job> {
  return db.transaction('rw', db.jobs, async () => {
    const job = await db.jobs.get(jobId);
    if (!job) throw new JobNotFoundError(jobId);
    const next = rewrite(job);
    await db.jobs.put(next);
    return next;
  });
}

/** Progress of a job, derived from its batches; usable inside `liveQuery` for a live view. */
export async function getJobProgress(db: CrmSweepDb, jobId: string): Promise<JobProgress> {
  return countProgress(await db.batches.where('jobId').equals(jobId).toArray());
}

/** The job started from a staged selection (v4 index), if one was. */
export function jobStartedFrom(db: CrmSweepDb, stagedId: string): Promise<Job | undefined> {
  return db.jobs.where('stagedId').equals(stagedId).first();
}
