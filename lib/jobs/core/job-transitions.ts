import { text, TextError } from '@/lib/i18n/text';
import { updateJob } from '@/lib/db/jobs-repo';
import type { Job, JobState, PauseReason, StoredError } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import { isFinishedJobState } from './job-facts';

/**
 * The job state machine (DESIGN.md §5): staged → running ⇄ paused → done | failed | cancelled,
 * and failed → running for a retry. done and cancelled are final.
 */
const NEXT_JOB_STATES: Readonly<Record<JobState, readonly JobState[]>> = {
  staged: ['running'],
  running: ['paused', 'done', 'failed', 'cancelled'],
  paused: ['running', 'done', 'failed', 'cancelled'],
  failed: ['running'],
  done: [],
  cancelled: [],
};

export function canTransitionJob(from: JobState, to: JobState): boolean {
  return NEXT_JOB_STATES[from].includes(to);
}

/** A requested state change, with what the new state needs: a pause says why, a failure what. */
export type JobStateChange =
  | { to: 'paused'; pauseReason: PauseReason }
  | { to: 'failed'; error: StoredError }
  | { to: 'running' | 'done' | 'cancelled' };

/** A state change the state machine refuses; the job is left as it was. */
export class IllegalJobTransitionError extends TextError {
  constructor(
    readonly jobId: string,
    readonly from: JobState,
    readonly to: JobState,
  ) {
    super(text('storage.jobTransition', { jobId, from, to }));
  }
}

/**
 * Moves a job to another state if the state machine allows it, else throws
 * IllegalJobTransitionError (JobNotFoundError for an unknown job). The check runs inside
 * updateJob's transaction, so two callers (popup pause, engine finish) cannot both act on the
 * same old state.
 */
export function transitionJob(db: CrmSweepDb, jobId: string, change: JobStateChange, now = Date.now()): Promise<Job> {
  return updateJob(db, jobId, (job) => {
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
    return next;
  });
}
