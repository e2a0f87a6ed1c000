import { text } from '@/lib/i18n/text';
import { storedText } from './stored-text';
import { appendAudit } from '@/lib/db/audit-repo';
import { type KeepsSnapshots, listBatches } from '@/lib/db/batches-repo';
import { markBatch } from '@/lib/jobs/core/batch-transitions';
import { getJob, getJobProgress, listJobsInState } from '@/lib/db/jobs-repo';
import type { Job, PauseReason } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { type JobKinds, snapshotRuleOf } from './job-kind';
import { transitionJob } from './job-transitions';
import { pauseReasonFor, storedError } from './pause-reasons';
import type { RunControl, RunOutcome } from './run-control';

export interface EngineDeps {
  db: CrmSweepDb;
  /** A governed HubSpot client for the portal (one rate governor per portal, shared by all jobs). */
  connect(portalId: string): Promise<HubSpotApi>;
  /** What each kind of job does (lib/jobs/kinds.ts): the engine itself knows no kind. */
  kinds: JobKinds;
  /** Something changed that the badge or a notification should reflect. */
  onChange?: (job: Job) => void;
  /** Called before a job is resumed by the user, e.g. to forget a stale daily-limit figure. */
  beforeResume?: (job: Job) => Promise<void> | void;
  concurrency?: number;
}

/** Pauses that clear by themselves: the watchdog resumes these. The others need the user. */
const AUTO_RESUME: readonly PauseReason['code'][] = ['rateLimit', 'network'];

/**
 * Starts, pauses, resumes and cancels jobs. Nothing it needs lives only in memory: the job and
 * batch states are in Dexie, so a service worker that died mid-job resumes from them
 * (`resumeInterrupted`, called at every worker start and by the alarm watchdog).
 */
export class JobEngine {
  private readonly active = new Map<string, { control: RunControl; done: Promise<void> }>();
  private readonly keepsSnapshots: KeepsSnapshots;

  constructor(private readonly deps: EngineDeps) {
    this.keepsSnapshots = snapshotRuleOf(deps.kinds);
  }

  isActive(jobId: string): boolean {
    return this.active.has(jobId);
  }

  async start(jobId: string): Promise<Job> {
    const job = await transitionJob(this.deps.db, jobId, { to: 'running' });
    await appendAudit(this.deps.db, { jobId, portalId: job.portalId, action: `${job.kind}.started`, counts: { total: job.total } });
    this.launch(job);
    return job;
  }

  /** Resumes a paused job, or retries a failed one (its failed batches start again). */
  async resume(jobId: string): Promise<Job> {
    const { db } = this.deps;
    const before = await getJob(db, jobId);
    if (before) await this.deps.beforeResume?.(before);
    if (before?.state === 'failed') {
      for (const b of await listBatches(db, jobId)) if (b.state === 'failed') await markBatch(db, jobId, b.seq, { to: 'pending' });
    }
    const job = await transitionJob(db, jobId, { to: 'running' });
    this.launch(job);
    return job;
  }

  pause(jobId: string): Promise<Job> {
    return this.stop(jobId, 'pause');
  }

  cancel(jobId: string): Promise<Job> {
    return this.stop(jobId, 'cancel');
  }

  /** Relaunches jobs left `running` by a dead worker, and auto-resumable pauses. */
  async resumeInterrupted(): Promise<void> {
    const { db } = this.deps;
    for (const job of await listJobsInState(db, 'running')) this.launch(job);
    for (const job of await listJobsInState(db, 'paused')) {
      if (job.pauseReason && AUTO_RESUME.includes(job.pauseReason.code)) await this.resume(job.id).catch(() => undefined);
    }
  }

  /** Resolves when no job is running in this worker (tests, and before a clean shutdown). */
  async idle(): Promise<void> {
    while (this.active.size > 0) await Promise.all([...this.active.values()].map((a) => a.done));
  }

  private async stop(jobId: string, by: 'pause' | 'cancel'): Promise<Job> {
    const running = this.active.get(jobId);
    if (running) {
      running.control.stop = by; // honoured after the in-flight batches
      await running.done;
      const job = await getJob(this.deps.db, jobId);
      if (job) return job;
    }
    return this.settle(jobId, { kind: 'stopped', by });
  }

  private launch(job: Job): void {
    if (this.active.has(job.id)) return;
    const control: RunControl = { stop: null, onBatch: () => this.deps.onChange?.(job) };
    const done = this.run(job, control).finally(() => this.active.delete(job.id));
    this.active.set(job.id, { control, done });
  }

  private async run(job: Job, control: RunControl): Promise<void> {
    let outcome: RunOutcome;
    try {
      const { db, kinds, concurrency = 3 } = this.deps;
      const api = await this.deps.connect(job.portalId);
      outcome = await kinds[job.kind].run({ db, api, job, control, keepsSnapshots: this.keepsSnapshots, concurrency });
    } catch (error) {
      const reason = pauseReasonFor(error);
      if (!reason) {
        const failed = await transitionJob(this.deps.db, job.id, { to: 'failed', error: storedError(error) });
        this.deps.onChange?.(failed);
        return;
      }
      outcome = { kind: 'interrupted', reason };
    }
    await this.settle(job.id, outcome);
  }

  private async settle(jobId: string, outcome: RunOutcome): Promise<Job> {
    const { db } = this.deps;
    let job: Job;
    if (outcome.kind === 'interrupted') job = await transitionJob(db, jobId, { to: 'paused', pauseReason: outcome.reason });
    else if (outcome.kind === 'stopped' && outcome.by === 'pause')
      job = await transitionJob(db, jobId, {
        to: 'paused',
        pauseReason: { code: 'user', ...storedText(text('pause.user.detail')) },
      });
    else if (outcome.kind === 'stopped') job = await transitionJob(db, jobId, { to: 'cancelled' });
    else if (outcome.failedBatches > 0) {
      job = await transitionJob(db, jobId, {
        to: 'failed',
        error: storedText(text('job.batchesFailed', { count: outcome.failedBatches })),
      });
    } else job = await transitionJob(db, jobId, { to: 'done' });
    if (job.state !== 'paused') {
      const progress = await getJobProgress(db, jobId);
      await appendAudit(db, {
        jobId,
        portalId: job.portalId,
        action: `${job.kind}.${job.state === 'done' ? 'finished' : job.state}`,
        counts: { ...progress },
      });
    }
    this.deps.onChange?.(job);
    return job;
  }
}
