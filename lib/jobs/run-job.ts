import { listBatches, listOpenBatches } from '@/lib/db/batches-repo';
import type { Batch, Job, PauseReason } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import { runDeleteBatch, type BatchEnv } from './delete-batch';
import { runGdprBatch } from './gdpr-batch';
import { runRemoveFromListBatch } from './remove-from-list-batch';
import { workThrough } from './work-queue';

export type StopRequest = 'pause' | 'cancel';

/** Shared between the engine and a running job: a polite stop (after in-flight batches). */
export interface RunControl {
  stop: StopRequest | null;
  /** Called after each batch settles, for the badge and live counters. */
  onBatch?: () => void;
}

export type RunOutcome =
  | { kind: 'finished'; failedBatches: number }
  | { kind: 'stopped'; by: StopRequest }
  | { kind: 'interrupted'; reason: PauseReason };

const RUNNERS: Partial<Record<Job['kind'], (env: BatchEnv, b: Batch) => Promise<Batch>>> = {
  delete: runDeleteBatch,
  gdprDelete: runGdprBatch,
  removeFromList: runRemoveFromListBatch,
};

/** Works through a job's open batches (see workThrough), then says how the run ended. */
export async function runBatches(env: BatchEnv, control: RunControl, concurrency = 3): Promise<RunOutcome> {
  const run = RUNNERS[env.job.kind];
  if (!run) throw new Error(`No batch runner for ${env.job.kind} jobs.`);
  const interrupted = await workThrough(
    env.db,
    env.job.id,
    await listOpenBatches(env.db, env.job.id),
    control,
    (b) => run(env, b),
    concurrency,
  );
  return outcomeOf(env.db, env.job.id, control, interrupted);
}

export async function outcomeOf(db: CrmSweepDb, jobId: string, control: RunControl, interrupted: PauseReason | null): Promise<RunOutcome> {
  if (interrupted) return { kind: 'interrupted', reason: interrupted };
  if (control.stop) return { kind: 'stopped', by: control.stop };
  const failedBatches = (await listBatches(db, jobId)).filter((b) => b.state === 'failed').length;
  return { kind: 'finished', failedBatches };
}
