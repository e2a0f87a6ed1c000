/**
 * The fault matrix's rows: each HubSpot failure (DESIGN.md §8 fault injection) as data — the
 * sandbox options it starts with, the fault changes it makes at points of the job's run, the pause
 * it must cause and how the user lifts it. The runner (runner.ts) crosses each with real
 * service-worker kills (kill-scheduler.ts).
 */
import type { Page } from '@playwright/test';
import type { Sandbox, SandboxOptions } from '../sandbox/server';
import type { Prng } from '../sandbox/prng';
import { ALL_SCOPES } from '../sandbox/http/tokens';
import { readJob, workerStartedAt } from '../e2e/extension-pages';
import { expectStillPaused, resumeJob, shuffle, sleep } from './job-control';
import { DAILY, RATE_LIMIT, type MatrixSize } from './sizes';

// Globals of the extension page where some of these functions run.
declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, any>>; set(v: object): Promise<void> } } };

export type RowId =
  | '5xx'
  | 'resets'
  | '429-retry-after'
  | '429-no-retry-after'
  | 'daily-limit'
  | 'token-revoked'
  | 'already-archived'
  | 'partial-207'
  | 'exact-undo';

export interface RowContext {
  sandbox: Sandbox;
  page: Page;
  jobId: string;
  estimate: number;
  rng: Prng;
  note(text: string): void;
  /** Kills the worker now (one of the row's kills) and waits until a fresh one has started. */
  kill(label: string): Promise<void>;
  /** API calls the sandbox received since the job started. */
  callsSinceStart(): number;
  /** The job re-paused at once when resumed in the same worker (the daily-reserve bug). */
  stuckResume(): void;
  /** Resume in the same worker could not be tried: a kill landed between pause and resume. */
  sameWorkerUntested(): void;
  /** Holds the planned kills while a pause is being brought about and handled. */
  holdKills(hold: boolean): void;
}

export interface RowSpec {
  id: RowId;
  title: string;
  sandbox: SandboxOptions;
  /** The pause this row must cause (checked from the job row), handled by onPaused. */
  expectedPause?: 'dailyReserve' | 'auth';
  /** After staging, before job/start. */
  afterStaging?(sandbox: Sandbox, selected: string[], rng: Prng): string[] | void;
  /** Where in the run (fractions of the estimated calls) random kills are planned; default 5–85 %. */
  killWindow?: [number, number];
  /** Fault changes at points of the job's run, as fractions of its estimated API calls. */
  at?: { fraction: number; apply(ctx: RowContext): void }[];
  /** The expected pause happened: lift its cause and resume, as the user would. */
  onPaused?(ctx: RowContext): Promise<void>;
  /** HubSpot refuses chosen records inside 207 answers (partial-207.ts), in the delete and the undo. */
  partial?: boolean;
  /** The undo is HubSpot's exact restore followed by crm-sweep's verify and repair (exact-undo.ts). */
  exactUndo?: boolean;
}

const storm = (retryAfterSeconds: number | null) => (ctx: RowContext) => {
  ctx.sandbox.faults.set({ storm429: { forMs: 4000, retryAfterSeconds } });
  ctx.note(`429 storm 4 s${retryAfterSeconds === null ? ', no Retry-After' : `, Retry-After ${retryAfterSeconds}`}`);
};

export const ROWS: RowSpec[] = [
  { id: '5xx', title: '10 % 5xx (500/502/503)', sandbox: { faults: { errorRate: 0.1 } } },
  { id: 'resets', title: '10 % connection resets', sandbox: { faults: { resetRate: 0.1 } } },
  {
    id: '429-retry-after',
    title: '429 storms with Retry-After',
    sandbox: {},
    at: [
      { fraction: 0.25, apply: storm(1) },
      { fraction: 0.6, apply: storm(1) },
    ],
  },
  {
    id: '429-no-retry-after',
    title: '429 storms without Retry-After',
    sandbox: {},
    at: [
      { fraction: 0.25, apply: storm(null) },
      { fraction: 0.6, apply: storm(null) },
    ],
  },
  {
    id: 'daily-limit',
    title: 'daily limit hit, lifted, resumed',
    sandbox: { rateLimit: { daily: DAILY } },
    expectedPause: 'dailyReserve',
    // Random kills well before the limit hits (a restart takes a few calls' time): after the
    // resume the rest of the job is short.
    killWindow: [0.02, 0.15],
    at: [
      {
        fraction: 0.4,
        apply: (ctx) => {
          ctx.holdKills(true);
          ctx.sandbox.faults.set({ dailyRemaining: DAILY / 10 + 8 });
        },
      },
    ],
    onPaused: async (ctx) => {
      // HubSpot's day rolled over: the portal has its whole daily allowance again. The user
      // presses Resume in the same browser session (same service worker).
      ctx.sandbox.faults.set({ dailyRemaining: DAILY });
      const paused = await readJob(ctx.page, ctx.jobId);
      if (((await workerStartedAt(ctx.page)) ?? 0) > paused.updatedAt) ctx.sameWorkerUntested();
      const before = ctx.callsSinceStart();
      await resumeJob(ctx.page, ctx.jobId);
      await sleep(3000);
      const job = await readJob(ctx.page, ctx.jobId);
      ctx.holdKills(false);
      if (job?.state === 'paused' && job.pauseReason?.code === 'dailyReserve' && ctx.callsSinceStart() === before) {
        ctx.note('BUG: resume in the same worker re-paused at once (0 calls); needed a worker restart');
        ctx.stuckResume();
        await ctx.kill('paused (daily reserve)');
        await expectStillPaused(ctx.page, ctx.jobId, 'dailyReserve');
        await resumeJob(ctx.page, ctx.jobId);
      } else {
        await ctx.kill('just after resume');
      }
    },
  },
  {
    id: 'token-revoked',
    title: 'token revoked mid-job, new token set, resumed',
    sandbox: {},
    expectedPause: 'auth',
    at: [
      {
        fraction: 0.4,
        apply: (ctx) => {
          ctx.holdKills(true);
          ctx.sandbox.faults.set({ revokeTokenAfterCalls: 3 });
        },
      },
    ],
    onPaused: async (ctx) => {
      ctx.holdKills(false);
      // A dead worker must not resume an auth pause by itself.
      await ctx.kill('paused (auth)');
      await expectStillPaused(ctx.page, ctx.jobId, 'auth');
      const token = `pat-sandbox-renewed-${ctx.rng.int(100_000, 999_999)}`;
      ctx.sandbox.addToken(token, [...ALL_SCOPES]);
      // What the options page stores (storage.local `settings`), done from an extension page.
      await ctx.page.evaluate(async (t) => {
        const stored = (await chrome.storage.local.get('settings')).settings ?? {};
        await chrome.storage.local.set({ settings: { ...stored, token: t } });
      }, token);
      await resumeJob(ctx.page, ctx.jobId);
    },
  },
  {
    id: 'already-archived',
    title: 'records already archived by someone else',
    sandbox: {},
    // Someone deletes 10 % of the selection in HubSpot between the user's selecting and confirming.
    afterStaging: (sandbox, selected, rng) => {
      const gone = shuffle(selected, rng).slice(0, Math.ceil(selected.length / 10));
      return sandbox.store.archive('contacts', gone);
    },
  },
  {
    id: 'partial-207',
    title: '207 partial failures (archive, snapshot reads, create, re-link, list add)',
    sandbox: {},
    partial: true,
  },
  {
    id: 'exact-undo',
    title: 'exact undo: HubSpot restore (some left in the bin, email taken, lists and a link lost), verify and repair',
    sandbox: {},
    exactUndo: true,
  },
];

export function sandboxOptionsFor(row: RowSpec, size: MatrixSize): SandboxOptions {
  return { seed: 11, scale: size.scale, ...row.sandbox, rateLimit: { ...RATE_LIMIT, ...row.sandbox.rateLimit } };
}
