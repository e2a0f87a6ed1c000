/**
 * What the fault matrix does as the user would, from an extension page: resume a paused job, wait
 * for a job to end, and small seeded helpers the rows share.
 */
import type { Page } from '@playwright/test';
import type { Prng } from '../sandbox/prng';
import { readJob, sendFrom } from '../e2e/extension-pages';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function expectOk(reply: any, what: string): any {
  if (!reply?.ok) throw new Error(`${what} refused: ${JSON.stringify(reply?.error ?? reply)}`);
  return reply.data;
}

/**
 * job/resume from an extension page. A worker killed while answering closes the message channel:
 * then the job row says whether the resume took; if not, it is sent again to the fresh worker.
 */
export async function resumeJob(page: Page, jobId: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const reply = await sendFrom(page, 'job/resume', { jobId }).catch((error: Error) => ({ ok: false, error: { message: error.message } }));
    if (reply?.ok) return;
    const job = await readJob(page, jobId);
    if (job?.state === 'running' || job?.state === 'done') return;
    if (attempt >= 5) throw new Error(`job/resume refused: ${JSON.stringify(reply?.error ?? reply)}`);
    await sleep(300);
  }
}

/** After a restart, the job must still be paused for `code` (a dead worker never lifts it by itself). */
export async function expectStillPaused(page: Page, jobId: string, code: string): Promise<void> {
  await sleep(1000); // the fresh worker ran resumeInterrupted at its start
  const job = await readJob(page, jobId);
  if (job?.state !== 'paused' || job.pauseReason?.code !== code) {
    throw new Error(`after a restart the ${code} pause was not kept: ${job?.state} ${job?.pauseReason?.code}`);
  }
}

export function shuffle<T>(items: readonly T[], rng: Prng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function seedOf(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}
