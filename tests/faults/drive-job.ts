/**
 * Driving a fault-matrix job to its end from an extension page, as a user would: starting the
 * undo (a kill may close the channel before the reply) and lifting the pauses a row expects.
 */
import type { Page } from '@playwright/test';
import { extensionTable, readJob, sendFrom } from '../e2e/extension-pages';
import { expectOk, resumeJob, sleep } from './job-control';
import type { KillScheduler } from './kill-scheduler';
import type { RowResult } from './result';
import type { RowContext, RowSpec } from './scenarios';

/**
 * job/undo from an extension page; a kill may close the channel first: then the undo job is looked
 * up. Re-create chosen knowing HubSpot will then refuse the exact restore of contacts still in its
 * bin (issue 19): the rows measure re-creating, not that choice.
 */
export async function startUndo(page: Page, jobId: string): Promise<string> {
  const reply = await sendFrom(page, 'job/undo', { jobId, binRefusalAccepted: true }).catch(() => null);
  if (reply?.ok) return reply.data.jobId as string;
  for (let attempt = 0; attempt < 50; attempt++) {
    const found = ((await extensionTable(page, 'jobs')) as { id: string; kind: string; undoOf?: string }[]).find(
      (j) => j.undoOf === jobId && j.kind === 'undo',
    )?.id;
    if (found) return found;
    await sleep(200);
  }
  return expectOk(reply, 'job/undo').jobId;
}

/**
 * Drives a job to its end: the row's expected pause is handled by its `onPaused`; a pause the
 * watchdog would lift by itself within a minute (rateLimit, network) is resumed after 2 s to bound
 * the time. Returns the final state.
 */
export async function driveJob(
  page: Page,
  id: string,
  spec: RowSpec | null,
  ctx: RowContext,
  result: RowResult,
  scheduler: KillScheduler,
  [deadline, budgetMs]: [number, number],
  what: string,
): Promise<string> {
  let handledPause = false;
  let pausedSince: number | null = null;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`row budget of ${budgetMs / 1000} s spent before ${what} finished`);
    if (scheduler.busy) await scheduler.idle();
    const job = await readJob(page, id);
    if (job?.state === 'done' || job?.state === 'failed' || job?.state === 'cancelled') {
      if (job.state !== 'done') ctx.note(`${what === 'the job' ? 'job' : 'undo'} ${job.state}: ${job.error?.message ?? ''}`);
      return job.state;
    }
    if (job?.state === 'paused') {
      const code = job.pauseReason?.code as string;
      if (spec && code === spec.expectedPause && !handledPause) {
        handledPause = true;
        result.pauses.push(code);
        await spec.onPaused!(ctx);
        continue;
      }
      pausedSince ??= Date.now();
      if ((code === 'network' || code === 'rateLimit' || !spec) && Date.now() - pausedSince > 2000) {
        if (spec) result.pauses.push(code);
        else ctx.note(`undo paused (${code}); resumed`);
        result.autoResumeNudges++;
        pausedSince = null;
        await resumeJob(page, id);
      } else if (spec && code !== 'network' && code !== 'rateLimit') {
        throw new Error(`unexpected pause: ${code} — ${job.pauseReason?.message}`);
      }
    } else pausedSince = null;
    await sleep(100);
  }
}
