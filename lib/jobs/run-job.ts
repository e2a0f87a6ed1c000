import { listBatches, markBatch, RESUMPTION_ORDER } from '@/lib/db/batches-repo';
import type { Batch, Job, PauseReason } from '@/lib/db/rows';
import { HubSpotError } from '@/lib/hubspot/api/errors';
import { runDeleteBatch, type BatchEnv } from './delete-batch';
import { runGdprBatch } from './gdpr-batch';
import { runRemoveFromListBatch } from './remove-from-list-batch';

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

/** Batches still to work on, in resumption order (half-done work first), then by seq. */
export async function openBatches(env: BatchEnv): Promise<Batch[]> {
  const rank = (b: Batch) => RESUMPTION_ORDER.indexOf(b.state);
  return (await listBatches(env.db, env.job.id)).filter((b) => rank(b) >= 0).sort((a, b) => rank(a) - rank(b) || a.seq - b.seq);
}

/**
 * Works through a job's open batches with a few workers (the rate governor is the real bound;
 * workers only keep it busy). Errors that mean "not now" — token, scopes, limits, HubSpot down —
 * stop every worker and pause the job with a reason; an error about one batch's content fails
 * that batch only.
 */
export async function runBatches(env: BatchEnv, control: RunControl, concurrency = 3): Promise<RunOutcome> {
  const run = RUNNERS[env.job.kind];
  if (!run) throw new Error(`No batch runner for ${env.job.kind} jobs.`);
  const queue = await openBatches(env);
  let interrupted: PauseReason | null = null;
  const worker = async () => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      if (control.stop || interrupted) return;
      try {
        await run(env, batch);
        control.onBatch?.();
      } catch (error) {
        const reason = pauseReasonFor(error);
        if (reason) {
          interrupted ??= reason;
          return;
        }
        await markBatch(env.db, env.job.id, batch.seq, { to: 'failed', error: storedError(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (interrupted) return { kind: 'interrupted', reason: interrupted };
  if (control.stop) return { kind: 'stopped', by: control.stop };
  const failedBatches = (await listBatches(env.db, env.job.id)).filter((b) => b.state === 'failed').length;
  return { kind: 'finished', failedBatches };
}

/** Errors after which the same work may succeed later: the job pauses instead of failing. */
export function pauseReasonFor(error: unknown): PauseReason | null {
  if (!(error instanceof HubSpotError)) return null;
  switch (error.kind) {
    case 'auth':
      return { code: 'auth', message: error.message };
    case 'scopes':
    case 'forbidden':
      return { code: 'scopes', message: error.message };
    case 'dailyLimit':
    case 'dailyReserve':
      return { code: 'dailyReserve', message: error.message };
    case 'rateLimit':
      return { code: 'rateLimit', message: 'HubSpot kept answering "too many requests". Paused; crm-sweep resumes by itself in a minute.' };
    case 'server':
    case 'network':
      return { code: 'network', message: `HubSpot could not be reached reliably. Paused; crm-sweep retries by itself in a minute. (${error.message})` };
    case 'cancelled':
      return { code: 'user', message: 'Stopped.' };
    default:
      return null;
  }
}

export function storedError(error: unknown) {
  if (error instanceof HubSpotError) {
    return { message: error.message, category: error.details.category, correlationId: error.details.correlationId };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}
