import type { Batch, Job } from '@/lib/db/rows';
import type { JobProgress } from '@/lib/db/job-progress';

export interface JobPace {
  /** Records finished per minute over the latest run of work; null until it can be measured. */
  recordsPerMinute: number | null;
  /** Time left at that pace, for a running job with work left; null otherwise. */
  etaMs: number | null;
}

const FINISHED: readonly Batch['state'][] = ['archived', 'verified', 'failed'];
/** A longer gap between two finished batches means the job was paused or the worker was asleep. */
const MAX_GAP_MS = 2 * 60 * 1000;
/** Less time than this says nothing: batches run in parallel and finish in bursts. */
const MIN_SPAN_MS = 5_000;

/**
 * Rate and ETA from the batches' `updatedAt` (DESIGN.md §5: nothing is counted twice). Only the
 * current run counts: walking back from the newest finished batch, a gap longer than two minutes
 * marks a pause or a dead worker, so a resumed job is not reported as slow. The run is timed from
 * the job's start when it began there; after a pause, from its first batch (whose own records are
 * then left out, since their work started before the clock did).
 */
export function jobPace(job: Job, batches: readonly Batch[], progress: JobProgress): JobPace {
  const finished = batches.filter((b) => FINISHED.includes(b.state)).sort((a, b) => a.updatedAt - b.updatedAt);
  const last = finished[finished.length - 1];
  if (!last) return { recordsPerMinute: null, etaMs: null };
  let firstOfRun = finished.length - 1;
  while (firstOfRun > 0 && finished[firstOfRun]!.updatedAt - finished[firstOfRun - 1]!.updatedAt <= MAX_GAP_MS) firstOfRun--;
  const run = finished.slice(firstOfRun);
  const fromJobStart = firstOfRun === 0 && job.startedAt !== undefined && run[0]!.updatedAt - job.startedAt <= MAX_GAP_MS;
  const origin = fromJobStart ? job.startedAt! : run[0]!.updatedAt;
  const records = (fromJobStart ? run : run.slice(1)).reduce((sum, b) => sum + b.ids.length, 0);
  const spanMs = last.updatedAt - origin;
  if (records === 0 || spanMs < MIN_SPAN_MS) return { recordsPerMinute: null, etaMs: null };
  const recordsPerMinute = (records / spanMs) * 60_000;
  const etaMs = job.state === 'running' && progress.remaining > 0 ? (progress.remaining / recordsPerMinute) * 60_000 : null;
  return { recordsPerMinute, etaMs };
}
