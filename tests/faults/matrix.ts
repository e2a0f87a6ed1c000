/**
 * The fault matrix (issue 7, deliverable 2): every HubSpot failure row crossed with real MV3
 * service-worker kills in Chromium, judged only from the sandbox's state and call log, the job row
 * (pause reasons, "already gone" reports) and the extension's snapshots table.
 *
 * One row, start to finish:
 *   stage a seeded random selection from crm-sweep's content script on a sandbox table page →
 *   `job/start` from an extension page → while the job runs, the row's fault is applied and the
 *   worker is killed at seeded points of the job's run (its clock: API calls the sandbox received,
 *   so kills land at the same places whatever the machine's speed; some kills wait for an archive
 *   call, so the "batch found `archiving` after a kill" path is hit in every row) → each kill is
 *   followed by a wake-up message from the extension page and a check, by `workerStartedAt`, that
 *   a fresh worker started after the kill → when the job is done: exactly-once, selection,
 *   write-ahead and "already gone" checks → `job/undo`, and a check that every restorable record
 *   is back (matched by email, or by name, phone and job title for the few contacts without one).
 *
 * Used by tests/e2e/fault-matrix.spec.ts at two sizes: `ci` (in `npm test`) and `full`
 * (`npm run test:faults`, FAULT_MATRIX=full).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { LoadedExtension } from '../support/extension';
import type { CallLogEntry, Sandbox, SandboxOptions } from '../sandbox/server';
import type { CrmRecord } from '../sandbox/store';
import { Prng } from '../sandbox/prng';
import { ALL_SCOPES } from '../sandbox/http/tokens';
import { extensionPage, killServiceWorker, readJob, sendFrom, sendFromContentScript, workerStartedAt } from '../e2e/extension-pages';

// Globals of the extension page where some of these functions run.
declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, any>>; set(v: object): Promise<void> } } };

export type SizeName = 'ci' | 'full';

export interface MatrixSize {
  name: SizeName;
  /** Records selected and deleted per row. */
  records: number;
  /** Contacts in the sandbox (the selection is a random subset of them). */
  scale: number;
  /** Real service-worker kills per row. */
  kills: number;
  /** Time budget of one row (job, kills and undo), ms. */
  rowBudgetMs: number;
}

export const SIZES: Record<SizeName, MatrixSize> = {
  ci: { name: 'ci', records: 300, scale: 450, kills: 3, rowBudgetMs: 90_000 },
  full: { name: 'full', records: 3000, scale: 3600, kills: 20, rowBudgetMs: 420_000 },
};

export function sizeFromEnv(): MatrixSize {
  return process.env.FAULT_MATRIX === 'full' ? SIZES.full : SIZES.ci;
}

/**
 * A portal a little faster than HubSpot's Pro limit (400 per 10 s; crm-sweep spends 60 % of it),
 * so a row's job takes seconds, not minutes, and still runs long enough to be killed mid-way.
 */
const RATE_LIMIT = { max: 400, windowMs: 10_000, searchPerSecond: 20 };
const DAILY = 100_000; // with crm-sweep's default 10 % reserve: pauses at 10,000 left

/** API calls a kill-free delete job makes: ~12 per batch of 100 (measured against the sandbox), plus setup. */
const estimatedCalls = (records: number) => 4 + Math.ceil(records / 100) * 12;

export type RowId = '5xx' | 'resets' | '429-retry-after' | '429-no-retry-after' | 'daily-limit' | 'token-revoked' | 'already-archived';

interface RowContext {
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
    at: [{ fraction: 0.25, apply: storm(1) }, { fraction: 0.6, apply: storm(1) }],
  },
  {
    id: '429-no-retry-after',
    title: '429 storms without Retry-After',
    sandbox: {},
    at: [{ fraction: 0.25, apply: storm(null) }, { fraction: 0.6, apply: storm(null) }],
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
        await expectStillPaused(ctx, 'dailyReserve');
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
      await expectStillPaused(ctx, 'auth');
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
];

export interface KillRecord {
  label: string;
  /** The last API call before the kill: where in a batch's life the worker died. */
  lastCall: string;
  restarted: boolean;
}

export interface RowResult {
  row: RowId;
  title: string;
  size: SizeName;
  records: number;
  killsPlanned: number;
  /** Planned kills that could not happen: a fault's pause began, or the job ended, before their turn. */
  killsSkipped: number;
  kills: number;
  restarts: number;
  killPoints: Record<string, number>;
  archiveCalls: number;
  archiveCallsAccepted: number;
  resent: number;
  lost: number;
  archivedTwice: number;
  extra: number;
  unsnapshotted: number;
  goneBefore: number;
  goneReported: number;
  goneRecreated: number;
  restorable: number;
  restored: number;
  duplicates: number;
  jobState: string;
  undoState: string;
  pauses: string[];
  stuckResumes: number;
  sameWorkerResumeTested: boolean;
  autoResumeNudges: number;
  notes: string[];
  /** Kills and archive calls in order, for reading a row afterwards (JSON only). */
  timeline: string[];
  wallMs: number;
  jobMs: number;
  undoMs: number;
  error?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function expectOk(reply: any, what: string): any {
  if (!reply?.ok) throw new Error(`${what} refused: ${JSON.stringify(reply?.error ?? reply)}`);
  return reply.data;
}

/**
 * job/resume from an extension page. A worker killed while answering closes the message channel:
 * then the job row says whether the resume took; if not, it is sent again to the fresh worker.
 */
async function resumeJob(page: Page, jobId: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const reply = await sendFrom(page, 'job/resume', { jobId }).catch((error: Error) => ({ ok: false, error: { message: error.message } }));
    if (reply?.ok) return;
    const job = await readJob(page, jobId);
    if (job?.state === 'running' || job?.state === 'done') return;
    if (attempt >= 5) throw new Error(`job/resume refused: ${JSON.stringify(reply?.error ?? reply)}`);
    await sleep(300);
  }
}

async function expectStillPaused(ctx: RowContext, code: string): Promise<void> {
  await sleep(1000); // the fresh worker ran resumeInterrupted at its start
  const job = await readJob(ctx.page, ctx.jobId);
  if (job?.state !== 'paused' || job.pauseReason?.code !== code) {
    throw new Error(`after a restart the ${code} pause was not kept: ${job?.state} ${job?.pauseReason?.code}`);
  }
}

function shuffle<T>(items: readonly T[], rng: Prng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function seedOf(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

export function sandboxOptionsFor(row: RowSpec, size: MatrixSize): SandboxOptions {
  return { seed: 11, scale: size.scale, ...row.sandbox, rateLimit: { ...RATE_LIMIT, ...row.sandbox.rateLimit } };
}

/** What a person would recognise a re-created contact by. */
function fingerprint(r: CrmRecord): string {
  const p = r.properties;
  return p.email ? `email:${p.email.toLowerCase()}` : `name:${p.firstname}|${p.lastname}|${p.phone}|${p.jobtitle}|${p.city}`;
}

/** Snapshot rows of a job (record ID → capturedAt), read from the extension's IndexedDB. */
function readSnapshots(page: Page, jobId: string): Promise<[string, number][]> {
  return page.evaluate(
    (id) =>
      new Promise<[string, number][]>((resolve, reject) => {
        const open = indexedDB.open('crm-sweep');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const rows: [string, number][] = [];
          const cursor = open.result.transaction('snapshots').objectStore('snapshots').index('jobId').openCursor(IDBKeyRange.only(id));
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c) {
              open.result.close();
              resolve(rows);
              return;
            }
            rows.push([c.value.recordId, c.value.capturedAt]);
            c.continue();
          };
          cursor.onerror = () => reject(cursor.error);
        };
      }),
    jobId,
  );
}

/** Batches of a job (state and the records it reported), read from the extension's IndexedDB. */
function readBatches(page: Page, jobId: string): Promise<{ seq: number; state: string; failedIds?: { id: string; category?: string }[] }[]> {
  return page.evaluate(
    (id) =>
      new Promise<any[]>((resolve, reject) => {
        const open = indexedDB.open('crm-sweep');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('batches').objectStore('batches').index('jobId').getAll(IDBKeyRange.only(id));
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result.map((b: any) => ({ seq: b.seq, state: b.state, failedIds: b.failedIds })));
          };
          get.onerror = () => reject(get.error);
        };
      }),
    jobId,
  );
}

interface KillPlan {
  /** Fires once this many API calls were received since the job started… */
  atCall: number;
  /** …at the next archive request (or three estimates of calls later if none comes), or at once. */
  waitForArchive: boolean;
}

/** Seeded kill points spread over the job's run (its estimated API calls), in order. */
export function planKills(count: number, estimate: number, rng: Prng, window?: [number, number]): KillPlan[] {
  const [from, to] = window ?? [0.05, 0.85];
  // A row with its own window wants its kills inside it: none waits for a later archive request.
  const archiveKills = window === undefined;
  const plans: KillPlan[] = [];
  for (let i = 0; i < count; i++) {
    plans.push({ atCall: Math.round(estimate * (from + (to - from) * rng.next())), waitForArchive: archiveKills && rng.chance(1 / 3) });
  }
  if (archiveKills && count > 0 && !plans.some((p) => p.waitForArchive)) plans[rng.int(0, count - 1)]!.waitForArchive = true;
  return plans.sort((a, b) => a.atCall - b.atCall);
}

/** Runs one row of the matrix on a fresh sandbox and Chromium profile; never throws for a finding. */
export async function runRow(spec: RowSpec, size: MatrixSize, sandbox: Sandbox, extension: LoadedExtension): Promise<RowResult> {
  const t0 = Date.now();
  const deadline = t0 + size.rowBudgetMs;
  const rng = new Prng(seedOf(`${spec.id}:${size.name}`));
  const { store, calls } = sandbox;
  const result: RowResult = {
    row: spec.id, title: spec.title, size: size.name, records: size.records, killsPlanned: size.kills, killsSkipped: 0, kills: 0, restarts: 0, killPoints: {},
    archiveCalls: 0, archiveCallsAccepted: 0, resent: 0, lost: 0, archivedTwice: 0, extra: 0, unsnapshotted: 0,
    goneBefore: 0, goneReported: 0, goneRecreated: 0, restorable: 0, restored: 0, duplicates: 0,
    jobState: '', undoState: '', pauses: [], stuckResumes: 0, sameWorkerResumeTested: true, autoResumeNudges: 0, notes: [], timeline: [], wallMs: 0, jobMs: 0, undoMs: 0,
  };
  const note = (text: string) => void result.notes.push(text);

  // Exactly once, from the sandbox itself: every active → archived transition of a contact.
  const originalIds = new Set(store.listRecords('contacts', { archived: false }).map((r) => r.id));
  const archiveEvents = new Map<string, number>();
  const unsubscribe = store.subscribe((change) => {
    if (change.kind !== 'archive') return;
    for (const id of change.ids) {
      const key = `${change.objectTypeId}:${id}`;
      archiveEvents.set(key, (archiveEvents.get(key) ?? 0) + 1);
    }
  });

  const page = await extensionPage(extension);
  let lastBoot = (await workerStartedAt(page)) ?? 0;
  let jobId = '';
  let jobStartCall = Number.MAX_SAFE_INTEGER;
  let callIndex = 0;
  let lastCall = '(none)';
  const pendingFaults = [...(spec.at ?? [])].sort((a, b) => a.fraction - b.fraction);

  // The kill machinery: one kill at a time, each confirmed by a fresh worker's boot time.
  let killing: Promise<void> | null = null;
  const kill = (label: string): Promise<void> => {
    const run = async () => {
      const killedAt = Date.now();
      const where = lastCall;
      await killServiceWorker(extension.context, extension.extensionId);
      result.kills++;
      result.timeline.push(`${killedAt - t0} kill #${result.kills} (${label}) after ${where}`);
      result.killPoints[where] = (result.killPoints[where] ?? 0) + 1;
      // Wake it as the popup would: any message. The first ones may hit the dying worker.
      let restarted = false;
      const until = Date.now() + 20_000;
      while (Date.now() < until) {
        const reply = await sendFrom(page, 'settings/get', {}).catch(() => null);
        const boot = reply?.ok ? await workerStartedAt(page) : undefined;
        if (boot !== undefined && boot >= killedAt && boot !== lastBoot) {
          lastBoot = boot;
          restarted = true;
          break;
        }
        await sleep(50);
      }
      if (restarted) result.restarts++;
      else note(`kill "${label}": no restart seen within 20 s`);
    };
    const next: Promise<void> = (killing ?? Promise.resolve()).then(run).catch((error: unknown) => {
      result.error ??= `kill "${label}" failed: ${error instanceof Error ? error.message : String(error)}`;
    });
    killing = next;
    void next.then(() => {
      if (killing === next) killing = null;
    });
    return next;
  };

  const plannedKills = planKills(spec.expectedPause ? size.kills - 1 : size.kills, estimatedCalls(size.records), rng, spec.killWindow);
  const estimate = estimatedCalls(size.records);
  let nextKill = 0;
  let killsOpen = true;
  let killsHeld = false;
  let armedSince: number | null = null;
  const ctx: RowContext = {
    sandbox, page, estimate, rng, note,
    get jobId() { return jobId; },
    kill,
    callsSinceStart: () => Math.max(0, callIndex - jobStartCall),
    stuckResume: () => void result.stuckResumes++,
    sameWorkerUntested: () => {
      result.sameWorkerResumeTested = false;
      note('a kill landed between the pause and the resume: resume in the same worker not tried');
    },
    holdKills: (hold) => {
      // A row with its own kill window wants its kills before the pause; one not fired yet (a
      // restart takes a few calls' time) would land after it, where the job may already be over:
      // it is dropped and counted, never silently lost.
      if (hold && !killsHeld && spec.killWindow) {
        result.killsSkipped += plannedKills.length - nextKill;
        nextKill = plannedKills.length;
      }
      killsHeld = hold;
    },
  };

  // Every API call the sandbox records passes here first (same process): kills and fault changes
  // are triggered by the job's own progress.
  const record = calls.record.bind(calls);
  calls.record = (entry: CallLogEntry) => {
    record(entry);
    callIndex++;
    if (entry.route.includes('batch/archive')) result.timeline.push(`${entry.atMs - t0} archive ${entry.status} ${entry.ids?.length ?? 0} ids from ${entry.ids?.[0]}${entry.fault ? ` (${entry.fault})` : ''}`);
    lastCall = `${entry.route.replace(/^(GET|POST|PUT|DELETE|PATCH) \/crm\/v\d\//, '').replace(/\{[^}]+\}\/?/g, '')}${entry.route.includes('batch/read') && entry.path.includes('archived=true') ? ' (verify)' : ''} ${entry.status}`;
    const since = callIndex - jobStartCall;
    if (since < 0 || !killsOpen) return;
    while (pendingFaults.length > 0 && since >= pendingFaults[0]!.fraction * estimate) pendingFaults.shift()!.apply(ctx);
    if (killsHeld) return;
    const plan = plannedKills[nextKill];
    if (!plan || killing || since < plan.atCall) return;
    armedSince ??= since;
    // An archive kill waits for the next archive request (see below), three estimates at most.
    if (plan.waitForArchive && since < armedSince + 3 * estimate) return;
    nextKill++;
    armedSince = null;
    void kill(plan.waitForArchive ? `no archive request within ${3 * estimate} calls of call ${plan.atCall}` : `at call ${since}, planned ${plan.atCall}`);
  };
  // An archive kill is fired when an archive request ARRIVES, and the sandbox holds that request
  // for 500 ms before archiving: the worker dies with its batch in `archiving` while HubSpot still
  // carries the archive out — the "did it reach HubSpot?" case a restart must settle by re-sending.
  const latency = sandbox.faults.latency.bind(sandbox.faults);
  sandbox.faults.latency = (template: string) => {
    const base = latency(template);
    const plan = plannedKills[nextKill];
    const since = callIndex - jobStartCall;
    if (!killsOpen || killsHeld || !plan?.waitForArchive || killing || since < 0 || since < plan.atCall || !template.includes('batch/archive')) return base;
    nextKill++;
    armedSince = null;
    lastCall = 'archive request in flight';
    void kill('archive request in flight');
    return base + 500;
  };

  try {
    // Stage from crm-sweep's content script on a HubSpot (sandbox) table page, as the overlay does.
    const selected = shuffle([...originalIds], rng).slice(0, size.records);
    const selectedSet = new Set(selected);
    const hubspot = await extension.context.newPage();
    await hubspot.goto(`${sandbox.url}/contacts/${sandbox.portalId}/objects/0-1/views/all/list`);
    await hubspot.locator('crm-sweep-overlay').first().waitFor({ state: 'attached', timeout: 20_000 });
    const staged = expectOk(await sendFromContentScript(hubspot, 'selection/stage', { ids: selected, description: `fault matrix: ${spec.id}` }), 'selection/stage');
    if (staged.count !== selected.length) throw new Error(`staged ${staged.count} of ${selected.length}`);
    const goneBefore = new Set(spec.afterStaging?.(sandbox, selected, rng) ?? []);
    result.goneBefore = goneBefore.size;

    const tJob = Date.now();
    const started = expectOk(
      await sendFrom(page, 'job/start', { stagedId: staged.stagedId, typedCount: String(selected.length), locale: 'en', mode: 'delete' }),
      'job/start',
    );
    jobId = started.jobId;
    // The job's clock starts once its ID is known (job/start's own checks are not counted).
    jobStartCall = callIndex;

    // Drive the job to its end: expected pauses are lifted and resumed; a pause the watchdog would
    // lift by itself within a minute (rateLimit, network) is resumed after 2 s to bound the time.
    let handledPause = false;
    let pausedSince: number | null = null;
    for (;;) {
      if (Date.now() > deadline) throw new Error(`row budget of ${size.rowBudgetMs / 1000} s spent before the job finished`);
      if (killing) await killing;
      const job = await readJob(page, jobId);
      if (job?.state === 'done' || job?.state === 'failed' || job?.state === 'cancelled') {
        result.jobState = job.state;
        if (job.state !== 'done') note(`job ${job.state}: ${job.error?.message ?? ''}`);
        break;
      }
      if (job?.state === 'paused') {
        const code = job.pauseReason?.code as string;
        if (code === spec.expectedPause && !handledPause) {
          handledPause = true;
          result.pauses.push(code);
          await spec.onPaused!(ctx);
          continue;
        }
        pausedSince ??= Date.now();
        if ((code === 'network' || code === 'rateLimit') && Date.now() - pausedSince > 2000) {
          result.pauses.push(code);
          result.autoResumeNudges++;
          pausedSince = null;
          await resumeJob(page, jobId);
        } else if (code !== 'network' && code !== 'rateLimit') {
          throw new Error(`unexpected pause: ${code} — ${job.pauseReason?.message}`);
        }
      } else pausedSince = null;
      await sleep(100);
    }
    killsOpen = false; // kills are for the delete job; the undo runs undisturbed
    if (killing) await killing;
    // On a busy machine a small job can end before its last planned kills: count them, do not hide them.
    if (nextKill < plannedKills.length) {
      result.killsSkipped += plannedKills.length - nextKill;
      note(`${plannedKills.length - nextKill} planned kill(s) not reached: the job ended first`);
    }
    result.jobMs = Date.now() - tJob;
    if (spec.expectedPause && !result.pauses.includes(spec.expectedPause)) note(`expected a ${spec.expectedPause} pause; none came`);

    // ---- The delete, judged from the sandbox ----
    const archiveLog = calls.filter({ route: 'batch/archive' });
    result.archiveCalls = archiveLog.length;
    const accepted = archiveLog.filter((c) => c.status === 204);
    result.archiveCallsAccepted = accepted.length;
    const sentBefore = new Set<string>();
    for (const c of accepted) {
      const ids = c.ids ?? [];
      if (ids.length > 0 && ids.every((id) => sentBefore.has(id))) result.resent++;
      for (const id of ids) sentBefore.add(id);
    }
    for (const id of selected) {
      const events = archiveEvents.get(`0-1:${id}`) ?? 0;
      if (store.get('contacts', id, { archived: true }) === undefined || events === 0) result.lost++;
      else if (events > 1) result.archivedTwice++;
    }
    const extraIds = new Set<string>();
    for (const [key, n] of archiveEvents) {
      const [type, id] = key.split(':') as [string, string];
      if (n > 0 && (type !== '0-1' || !selectedSet.has(id))) extraIds.add(key);
    }
    for (const c of archiveLog) for (const id of c.ids ?? []) if (!selectedSet.has(id)) extraIds.add(`call:${id}`);
    result.extra = extraIds.size;

    // Write-ahead: every ID of every archive call (whatever its answer) has a snapshot row of this
    // job captured no later than the call reached HubSpot.
    const snapshots = new Map(await readSnapshots(page, jobId));
    for (const c of archiveLog) {
      for (const id of c.ids ?? []) {
        const capturedAt = snapshots.get(id);
        if (capturedAt === undefined || capturedAt > c.atMs) result.unsnapshotted++;
      }
    }

    // Records someone else archived first: reported by the job ("already gone"), not counted.
    const batches = await readBatches(page, jobId);
    const reported = new Set(batches.flatMap((b) => (b.failedIds ?? []).filter((f) => f.category === 'ALREADY_GONE').map((f) => f.id)));
    result.goneReported = [...goneBefore].filter((id) => reported.has(id)).length;
    const wronglyReported = [...reported].filter((id) => !goneBefore.has(id)).length;
    if (wronglyReported > 0) note(`${wronglyReported} records reported "already gone" that crm-sweep should have deleted`);

    // ---- Undo ----
    const restorable = selected.filter((id) => !goneBefore.has(id));
    result.restorable = restorable.length;
    const missingSnapshots = restorable.filter((id) => !snapshots.has(id)).length;
    if (missingSnapshots > 0) note(`${missingSnapshots} deleted records have no snapshot`);
    const tUndo = Date.now();
    const undo = expectOk(await sendFrom(page, 'job/undo', { jobId }), 'job/undo');
    let undoPausedSince: number | null = null;
    for (;;) {
      if (Date.now() > deadline) throw new Error(`row budget of ${size.rowBudgetMs / 1000} s spent before the undo finished`);
      const job = await readJob(page, undo.jobId);
      if (job?.state === 'done' || job?.state === 'failed' || job?.state === 'cancelled') {
        result.undoState = job.state;
        if (job.state !== 'done') note(`undo ${job.state}: ${job.error?.message ?? ''}`);
        break;
      }
      if (job?.state === 'paused') {
        undoPausedSince ??= Date.now();
        if (Date.now() - undoPausedSince > 2000) {
          result.autoResumeNudges++;
          undoPausedSince = null;
          note(`undo paused (${job.pauseReason?.code}); resumed`);
          await resumeJob(page, undo.jobId);
        }
      } else undoPausedSince = null;
      await sleep(100);
    }
    result.undoMs = Date.now() - tUndo;

    // Back = an active contact made by the undo with the original's email (or name, phone, title).
    const created = store.listRecords('contacts', { archived: false }).filter((r) => !originalIds.has(r.id));
    const byPrint = new Map<string, number>();
    for (const r of created) byPrint.set(fingerprint(r), (byPrint.get(fingerprint(r)) ?? 0) + 1);
    for (const id of restorable) {
      const original = store.get('contacts', id, { archived: 'any' });
      if (original && (byPrint.get(fingerprint(original)) ?? 0) > 0) result.restored++;
    }
    for (const id of goneBefore) {
      const original = store.get('contacts', id, { archived: 'any' });
      if (original && (byPrint.get(fingerprint(original)) ?? 0) > 0) result.goneRecreated++;
    }
    result.duplicates = created.length - result.restored - result.goneRecreated;
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    calls.record = record;
    sandbox.faults.latency = latency;
    unsubscribe();
    if (killing) await killing;
    result.wallMs = Date.now() - t0;
  }
  return result;
}

/** Every way a row can fail, in words; empty when the row proves what it should. */
export function problemsOf(r: RowResult): string[] {
  const problems: string[] = [];
  if (r.error) problems.push(r.error);
  if (r.kills + r.killsSkipped !== r.killsPlanned) problems.push(`${r.kills} of ${r.killsPlanned} kills happened (${r.killsSkipped} not reached)`);
  if (r.kills < 1) problems.push('no kill happened');
  if (r.restarts !== r.kills) problems.push(`${r.restarts} restarts seen for ${r.kills} kills`);
  if (r.jobState !== 'done') problems.push(`job ended ${r.jobState || 'never'}`);
  if (r.lost) problems.push(`${r.lost} lost`);
  if (r.archivedTwice) problems.push(`${r.archivedTwice} archived twice`);
  if (r.extra) problems.push(`${r.extra} extra`);
  if (r.unsnapshotted) problems.push(`${r.unsnapshotted} unsnapshotted`);
  if (r.goneReported !== r.goneBefore) problems.push(`${r.goneBefore - r.goneReported} records deleted by someone else not reported`);
  if (r.undoState !== 'done') problems.push(`undo ended ${r.undoState || 'never'}`);
  if (r.restored !== r.restorable) problems.push(`undo restored ${r.restored} of ${r.restorable}`);
  if (r.goneRecreated) problems.push(`undo re-created ${r.goneRecreated} records crm-sweep never deleted`);
  if (r.duplicates) problems.push(`${r.duplicates} duplicate contacts after undo`);
  for (const n of r.notes) if (/no restart|have no snapshot|should have deleted|expected a/.test(n)) problems.push(n);
  // Found by this row once (tests/unit/jobs/daily-resume.sandbox.test.ts): resume must work in the same worker.
  if (r.stuckResumes > 0) problems.push('resume after the daily limit was lifted re-paused at once in the same worker');
  return problems;
}

const COLUMNS: [string, (r: RowResult) => string][] = [
  ['row', (r) => r.row],
  ['records', (r) => String(r.records)],
  ['kills', (r) => `${r.kills}/${r.killsPlanned}${r.killsSkipped ? ` (${r.killsSkipped} not reached)` : ''}`],
  ['restarts seen', (r) => String(r.restarts)],
  ['archive calls 204/all', (r) => `${r.archiveCallsAccepted}/${r.archiveCalls}`],
  ['re-sent', (r) => String(r.resent)],
  ['lost', (r) => String(r.lost)],
  ['twice', (r) => String(r.archivedTwice)],
  ['extra', (r) => String(r.extra)],
  ['unsnapshotted', (r) => String(r.unsnapshotted)],
  ['gone before: reported', (r) => (r.goneBefore ? `${r.goneReported}/${r.goneBefore}` : '–')],
  ['undo restored/restorable', (r) => `${r.restored}/${r.restorable}`],
  ['dupes', (r) => String(r.duplicates)],
  ['pauses', (r) => (r.pauses.length ? r.pauses.join(',') : '–')],
  ['job s', (r) => (r.jobMs / 1000).toFixed(1)],
  ['undo s', (r) => (r.undoMs / 1000).toFixed(1)],
  ['wall s', (r) => (r.wallMs / 1000).toFixed(1)],
];

export function formatTable(results: RowResult[]): string {
  const head = COLUMNS.map(([h]) => h);
  const rows = results.map((r) => COLUMNS.map(([, f]) => f(r)));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const out = [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
  const total = results.reduce((s, r) => s + r.wallMs, 0);
  out.push('', `rows: ${results.length}, wall time of the rows: ${(total / 1000).toFixed(1)} s`);
  out.push('re-sent = accepted archive calls whose records had all been accepted before: a batch found `archiving` after a kill is sent again (archive is idempotent); expected, and never a second archive (see "twice").');
  for (const r of results) {
    const where = Object.entries(r.killPoints).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n}× ${k}`).join('; ');
    const extras = [...r.notes, ...(r.autoResumeNudges ? [`${r.autoResumeNudges} network/rate-limit pause(s) resumed by the test (the watchdog would after ≤1 min)`] : [])];
    out.push(`${r.row}: killed after → ${where || 'none'}${extras.length ? ` | ${extras.join(' | ')}` : ''}${r.error ? ` | ERROR: ${r.error}` : ''}`);
  }
  return out.join('\n');
}

export const RESULTS_DIR = path.resolve(import.meta.dirname, '../../test-results/fault-matrix');

export function saveResult(r: RowResult): void {
  const dir = path.join(RESULTS_DIR, r.size);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${r.row}.json`), JSON.stringify(r, null, 2));
}

export function loadResults(size: SizeName): RowResult[] {
  const dir = path.join(RESULTS_DIR, size);
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  const order = ROWS.map((r) => r.id as string);
  return files
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as RowResult)
    .sort((a, b) => order.indexOf(a.row) - order.indexOf(b.row));
}
