import { Dexie } from 'dexie';
import { IllegalJobTransitionError, JobNotFoundError } from '@/lib/db/errors';
import { countProgress, type JobProgress } from '@/lib/db/job-progress';
import { canTransitionJob, isFinishedJobState } from '@/lib/db/job-transitions';
import { planBatches } from '@/lib/db/plan-batches';
import type { Batch, Job, JobKind, JobState, PauseReason, SelectionSource, StoredError } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';

export interface NewJob {
  kind: JobKind;
  portalId: string;
  objectTypeId: string;
  listId?: string;
  undoOf?: string;
  source?: SelectionSource;
  /** The frozen selection; duplicates are dropped, order is kept. */
  recordIds: readonly string[];
}

/** A requested state change, with what the new state needs: a pause says why, a failure what. */
export type JobStateChange =
  | { to: 'paused'; pauseReason: PauseReason }
  | { to: 'failed'; error: StoredError }
  | { to: 'running' | 'done' | 'cancelled' };

/**
 * Creates a staged job and all its pending batches in one transaction, so a job never exists
 * with only some of its batches.
 */
export async function createJob(db: CrmSweepDb, input: NewJob, now = Date.now()): Promise<Job> {
  const { recordIds, ...described } = input;
  const planned = planBatches(recordIds);
  const job: Job = {
    ...described,
    id: crypto.randomUUID(),
    state: 'staged',
    total: planned.reduce((sum, ids) => sum + ids.length, 0),
    createdAt: now,
    updatedAt: now,
  };
  const batches: Batch[] = planned.map((ids, seq) => ({
    jobId: job.id,
    seq,
    ids,
    state: 'pending',
    attempts: 0,
    updatedAt: now,
  }));
  await db.transaction('rw', db.jobs, db.batches, async () => {
    await db.jobs.add(job);
    await db.batches.bulkAdd(batches);
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
 * The undo log's newest `limit` entries — delete, permanent-delete and remove-from-list jobs —
 * newest first. Walks the createdAt index from its end and stops at the `limit`th match, so a
 * log of thousands costs what one page costs; the undo jobs passed over (shown inside the batch
 * they undo) are at most a few per batch. Nothing else is read: counts come from job fields.
 */
export function listRecentBatches(db: CrmSweepDb, limit: number): Promise<Job[]> {
  return db.jobs
    .orderBy('createdAt')
    .reverse()
    .filter((job) => job.kind !== 'undo')
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
 * Moves a job to another state if the state machine allows it (job-transitions.ts), else throws
 * IllegalJobTransitionError. Read and write share one transaction, so two callers (popup pause,
 * engine finish) cannot both act on the same old state.
 */
export async function transitionJob(db: CrmSweepDb, jobId: string, change: JobStateChange, now = Date.now()): Promise<Job> {
  return db.transaction('rw', db.jobs, async () => {
    const job = await db.jobs.get(jobId);
    if (!job) throw new JobNotFoundError(jobId);
    if (!canTransitionJob(job.state, change.to)) throw new IllegalJobTransitionError(jobId, job.state, change.to);

    const next: Job = { ...job, state: change.to, updatedAt: now };
    delete next.pauseReason; // only a paused job has a reason to show
    if (change.to === 'paused') next.pauseReason = change.pauseReason;
    if (change.to === 'running') {
      next.startedAt ??= now;
      // A retry starts over from a clean slate: the old failure no longer describes the job.
      delete next.error;
      delete next.finishedAt;
    }
    if (change.to === 'failed') next.error = change.error;
    if (isFinishedJobState(change.to)) next.finishedAt = now;
    await db.jobs.put(next);
    return next;
  });
}

/** Progress of a job, derived from its batches; usable inside `liveQuery` for a live view. */
export async function getJobProgress(db: CrmSweepDb, jobId: string): Promise<JobProgress> {
  return countProgress(await db.batches.where('jobId').equals(jobId).toArray());
}
