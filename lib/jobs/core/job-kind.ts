import type { KeepsSnapshots } from '@/lib/db/batches-repo';
import type { Job, JobKind } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import type { RunControl, RunOutcome } from './run-control';

/** What the engine hands a kind for one run of one job. */
export interface KindRun {
  db: CrmSweepDb;
  /** The portal's governed client (one rate governor per portal, shared by every job). */
  api: HubSpotApi;
  job: Job;
  control: RunControl;
  /**
   * Every kind's snapshot rule, for the storage guards on batch states (markArchiving,
   * commitSnapshot): they check the stored job's kind, not the caller's word.
   */
  keepsSnapshots: KeepsSnapshots;
  /** Batches worked on at once (the rate governor is the real bound). */
  concurrency: number;
}

/** What a batch step needs: one job's storage and client (`signal` for a step that can be aborted). */
export type BatchEnv = Pick<KindRun, 'db' | 'api' | 'job' | 'keepsSnapshots'> & { signal?: AbortSignal };

/**
 * A kind of job as a plug-in: what it does to one job's batches, and the facts the core and
 * storage need about it. The core knows this interface, never a kind; lib/jobs/kinds.ts lists them.
 */
export interface JobKindPlugin {
  /**
   * True when every batch must have its snapshot written before it is archived (the write-ahead
   * rule, DESIGN.md §5). Only a restorable delete keeps snapshots: a GDPR delete must leave no
   * copy behind (DESIGN.md §6), and the other kinds delete nothing.
   */
  readonly keepsSnapshots: boolean;
  /** Works through the job's open batches and says how the run ended. Throws to pause or fail. */
  run(ctx: KindRun): Promise<RunOutcome>;
}

/** One plug-in per kind; a Record, so a kind added to JobKind without a plug-in does not compile. */
export type JobKinds = Readonly<Record<JobKind, JobKindPlugin>>;

/** The storage guard's view of the registry. */
export function snapshotRuleOf(kinds: JobKinds): KeepsSnapshots {
  return (kind) => kinds[kind].keepsSnapshots;
}
