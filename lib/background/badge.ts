import { browser } from 'wxt/browser';
import { getJobProgress, listJobsInState } from '@/lib/db/jobs-repo';
import type { Job } from '@/lib/db/rows';
import type { CrmSweepDb } from '@/lib/db/schema';
import { showText, text } from '@/lib/i18n/text';
import { translateText } from '@/lib/i18n/translate';
import { chosenLanguage } from '@/lib/settings/settings';

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
  // Notifications are the background's own words: in the language the user chose in the options.
  const language = await chosenLanguage();
  const kind = text(
    job.kind === 'undo' || job.kind === 'restoreVerify' || job.kind === 'removeFromList' ? `job.kind.${job.kind}` : 'job.kind.delete',
  );
  const title = text(job.state === 'done' ? 'notify.finished' : job.state === 'failed' ? 'notify.finishedWithFailures' : 'notify.paused', {
    kind,
  });
  const message =
    job.state === 'paused'
      ? showText(job.pauseReason, language)
      : translateText(language, text('notify.counts', { done: progress.done, failed: progress.failed, total: progress.total }));
  await browser.notifications.create(`crm-sweep-${job.id}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: translateText(language, title),
    message,
  });
}
