import { listBatches } from '@/lib/db/batches-repo';
import type { PauseReason } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';

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

/** How a run ended: interrupted (pause reason), stopped by the user, or finished with N failed batches. */
export async function outcomeOf(db: CrmSweepDb, jobId: string, control: RunControl, interrupted: PauseReason | null): Promise<RunOutcome> {
  if (interrupted) return { kind: 'interrupted', reason: interrupted };
  if (control.stop) return { kind: 'stopped', by: control.stop };
  const failedBatches = (await listBatches(db, jobId)).filter((b) => b.state === 'failed').length;
  return { kind: 'finished', failedBatches };
}
