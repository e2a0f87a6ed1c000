import { browser } from 'wxt/browser';
import { getJobProgress, listJobsInState } from '@/lib/db/jobs-repo';
import type { Job } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';

/** Badge: remaining records of running jobs ("1.2k"), "!" when a job needs the user. */
export async function refreshBadge(db: CrmSweepDb): Promise<void> {
  const running = await listJobsInState(db, 'running');
  const paused = await listJobsInState(db, 'paused');
  let remaining = 0;
  for (const job of running) remaining += (await getJobProgress(db, job.id)).remaining;
  const text = running.length > 0 ? compact(remaining) : paused.some((j) => j.pauseReason?.code !== 'user') ? '!' : '';
  await browser.action.setBadgeText({ text });
  await browser.action.setBadgeBackgroundColor({ color: paused.length > 0 && running.length === 0 ? '#b45309' : '#2563eb' });
}

function compact(n: number): string {
  if (n < 1000) return String(n);
  if (n < 10_000) return `${(n / 1000).toFixed(1)}k`;
  return `${Math.round(n / 1000)}k`;
}

/** A notification when a job ends or stops for a reason the user must act on. */
export async function notifyJob(db: CrmSweepDb, job: Job): Promise<void> {
  if (job.state !== 'done' && job.state !== 'failed' && !(job.state === 'paused' && job.pauseReason?.code !== 'user')) return;
  const progress = await getJobProgress(db, job.id);
  const verb = job.kind === 'undo' ? 'Undo' : job.kind === 'removeFromList' ? 'Remove from list' : 'Delete';
  const title = job.state === 'done' ? `${verb} finished` : job.state === 'failed' ? `${verb} finished with failures` : `${verb} paused`;
  const message =
    job.state === 'paused' ? (job.pauseReason?.message ?? '') : `${progress.done} done, ${progress.failed} failed of ${progress.total}.`;
  await browser.notifications.create(`crm-sweep-${job.id}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
}
