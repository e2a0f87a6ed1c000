import type { JobKind, JobState } from '@/lib/db/rows';

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

export function isFinishedJobState(state: JobState): boolean {
  return state === 'done' || state === 'failed' || state === 'cancelled';
}

/**
 * Only a restorable delete keeps snapshots. A GDPR delete must leave no copy of the records
 * behind — that is its point (DESIGN.md §6) — and the other kinds delete nothing.
 */
export function jobKeepsSnapshots(kind: JobKind): boolean {
  return kind === 'delete';
}
