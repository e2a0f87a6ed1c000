/**
 * The in-page overlay's cost, measured in Chromium with the built extension (Playwright):
 *  - decorate_board_2000_ms / decorate_table_5000_ms: script time the overlay spends putting its
 *    checkboxes on a 2,000-card board / a 5,000-row table (the `crm-sweep:decorated` marks the
 *    decoration queue leaves), median of 5 fresh page loads;
 *  - overlay_long_tasks: tasks over 50 ms that crm-sweep makes: while the static 2,000-card board
 *    is decorated and its columns scrolled (PerformanceObserver "longtask": that page runs no
 *    script, so every long task is ours), and — from a Chromium trace that tells whose script ran
 *    in each task (trace-tasks.ts) — while the live sandbox board fills lazily on scroll and while
 *    a 100-row table (HubSpot's largest page) is loaded, decorated and paged through, whose own
 *    rendering has long tasks on this VM with or without crm-sweep; all of them, with our share,
 *    and the same scenarios without the extension are reported beside the count;
 *  - resolve_100k_ratio: 100,000 deals of one pipeline resolved by the background through the
 *    sandbox API at HubSpot's search limit (5/s): wall time ÷ (search calls ÷ 5 per second);
 *  - content_script_gzip_kb: the production content script, gzipped.
 * The 2,000-card board and 5,000-row table are generated at HubSpot's URL shapes with the DOM
 * contract (tests/fixtures/large-pages.ts), static, so their own rendering is not measured.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { sendFromContentScript } from '../e2e/extension-pages';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { findChrome } from '../support/chrome';
import { configureExtension, launchWithExtension, type LoadedExtension } from '../support/extension';
import { row, type BenchRow } from './results';
import { staticBoard, staticTable } from '../fixtures/large-pages';
import { madeLongByUs, traceLongTasks, type TracedTask } from './trace-tasks';
import { hostSpeed } from './quiet';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LONG_TASK_MS = 50;

interface Decorated {
  count: number;
  activeMs: number;
  wallMs: number;
  startTime: number;
  /** The host's fastest time for the fixed work just before this load (quiet.ts hostSpeed). */
  hostMs?: number;
}

/** Collects long tasks from the first script on (buffered observer in the page's main world). */
const OBSERVE_LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
  .observe({ type: 'longtask', buffered: true });`;

async function decorations(page: Page, kind: string, atLeast: number): Promise<Decorated> {
  const handle = await page.waitForFunction(
    ([k, n]) => {
      const marks = performance.getEntriesByName('crm-sweep:decorated') as PerformanceMark[];
      const done = marks
        .map((m) => ({ ...(m.detail as object), startTime: m.startTime }) as any)
        .filter((d) => d.kind === k && d.count >= n);
      return done.length > 0 ? done[done.length - 1] : null;
    },
    [kind, atLeast] as const,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as Decorated;
}

async function longTasks(page: Page, from: number, to = Infinity): Promise<{ start: number; duration: number }[]> {
  const all = await page.evaluate(() => (window as any).__longTasks as { start: number; duration: number }[]);
  return all.filter((t) => t.start + t.duration >= from && t.start <= to && t.duration > LONG_TASK_MS);
}

/** Median of the runs' script time (this VM is shared: single runs vary by ±40 %). */
function median(runs: Decorated[]): Decorated {
  const sorted = [...runs].sort((a, b) => a.activeMs - b.activeMs);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Decorates a static 2,000-card board and a 5,000-row table `runs` times each, fresh page each time. */
export async function benchDecorate(ext: LoadedExtension, sandbox: Sandbox, runs = 5) {
  const page = await ext.context.newPage();
  await page.addInitScript(OBSERVE_LONG_TASKS);
  const portal = sandbox.portalId;
  const boardUrl = `${sandbox.url}/contacts/${portal}/objects/0-3/views/all/board?pipeline=default`;
  const tableUrl = `${sandbox.url}/contacts/${portal}/objects/0-1/views/all/list`;
  await page.route(boardUrl, (r) => r.fulfill({ contentType: 'text/html', body: staticBoard(portal, 2000) }));
  await page.route(tableUrl, (r) => r.fulfill({ contentType: 'text/html', body: staticTable(portal, 5000) }));

  const board: Decorated[] = [];
  const boardTasks: { start: number; duration: number }[] = [];
  let scrollTasks: { start: number; duration: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const hostMs = hostSpeed(3).min;
    await page.goto(boardUrl);
    const run = { ...(await decorations(page, 'board', 2000)), hostMs };
    await page.waitForTimeout(300); // the frame after the last slice (layout of the new boxes)
    board.push(run);
    boardTasks.push(...(await longTasks(page, run.startTime - run.wallMs)));
    if (i > 0) continue;
    // Pick a card so every checkbox shows, then scroll every column top to bottom and back.
    await page.locator('[data-crmx-check="card"]').first().click({ force: true });
    const scrollFrom = await page.evaluate(() => performance.now());
    await scrollColumns(page);
    scrollTasks = await longTasks(page, scrollFrom);
  }
  const table: Decorated[] = [];
  const tableTasks: { start: number; duration: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const hostMs = hostSpeed(3).min;
    await page.goto(tableUrl);
    const run = { ...(await decorations(page, 'table', 5000)), hostMs };
    await page.waitForTimeout(300);
    table.push(run);
    tableTasks.push(...(await longTasks(page, run.startTime - run.wallMs)));
  }
  await page.close();
  return { board, table, boardTasks, scrollTasks, tableTasks };
}

/**
 * HubSpot's real page size (100 rows): load and decorate, then page through, as a user does, under
 * a trace (trace-tasks.ts: each long task with crm-sweep's script share). Without `extensionId`
 * the same in a browser without crm-sweep: the baseline for this machine.
 */
export async function benchTablePaging(context: BrowserContext, sandbox: Sandbox, extensionId?: string) {
  const overlay = extensionId !== undefined;
  const page = await context.newPage();
  const tasks = await traceLongTasks(page, extensionId, async () => {
    await page.goto(`${sandbox.url}/contacts/${sandbox.portalId}/objects/0-1/views/all/list?pageSize=100`);
    if (overlay) await page.getByRole('checkbox', { name: 'Select all 100 records on this page' }).waitFor();
    for (let i = 0; i < 3; i++) {
      const first = await page.locator('tr[data-test-id^="row-"]').first().getAttribute('data-test-id');
      await page.getByRole('link', { name: 'Next page' }).click();
      await page.locator(`tr[data-test-id="${first}"]`).waitFor({ state: 'detached' });
      if (overlay) await page.locator('input[data-crmx-check="row"]').nth(99).waitFor();
    }
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(300);
  });
  await page.close();
  return { tasks };
}

/** Scrolls each column body down in steps, a frame apart, and back up. (A string: the bench runs
 * under tsx, whose helper names must not leak into the page.) */
const SCROLL_COLUMNS = `(async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  for (const body of document.querySelectorAll('[data-test-id="cdb-column-body"]')) {
    for (let y = 0; y <= body.scrollHeight; y += 400) { body.scrollTop = y; await frame(); }
    body.scrollTop = 0;
    await frame();
  }
})()`;

async function scrollColumns(page: Page): Promise<void> {
  await page.evaluate(SCROLL_COLUMNS);
}

/** The live sandbox board, lazily filled while scrolling: long tasks while the overlay keeps up
 * (traced as benchTablePaging; without `extensionId`, the baseline). */
export async function benchLazyScroll(context: BrowserContext, sandbox: Sandbox, extensionId?: string) {
  const page = await context.newPage();
  await page.goto(`${sandbox.url}/contacts/${sandbox.portalId}/objects/0-3/views/all/board?pipeline=default&autorefresh=0`);
  if (extensionId !== undefined) await page.getByRole('checkbox', { name: 'Select all in pipeline' }).waitFor();
  else await page.locator('[data-test-id="cdb-column-item"]').first().waitFor();
  const tasks = await traceLongTasks(page, extensionId, () => scrollColumns(page));
  const rendered = await page.locator('[data-test-id="cdb-column-item"]').count();
  await page.close();
  return { rendered, tasks };
}

/** The static 2,000-card board scrolled without crm-sweep: the machine's own long tasks. */
async function baselineStaticScroll(context: BrowserContext, sandbox: Sandbox) {
  const page = await context.newPage();
  await page.addInitScript(OBSERVE_LONG_TASKS);
  const url = `${sandbox.url}/contacts/${sandbox.portalId}/objects/0-3/views/all/board?pipeline=default`;
  await page.route(url, (r) => r.fulfill({ contentType: 'text/html', body: staticBoard(sandbox.portalId, 2000) }));
  await page.goto(url);
  await page.waitForTimeout(500);
  const from = await page.evaluate(() => performance.now());
  await scrollColumns(page);
  const tasks = await longTasks(page, from);
  await page.close();
  return { tasks };
}

/** The same scenarios in Chromium without the extension. */
async function benchBaseline(sandbox: Sandbox) {
  const browser = await chromium.launch({ executablePath: findChrome() ?? undefined, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    return {
      boardScroll: (await baselineStaticScroll(context, sandbox)).tasks,
      lazyBoardScroll: (await benchLazyScroll(context, sandbox)).tasks,
      table100Paging: (await benchTablePaging(context, sandbox)).tasks,
    };
  } finally {
    await browser.close();
  }
}

export async function benchResolve(records: number): Promise<BenchRow> {
  // HubSpot's own limits: 190 calls / 10 s, search 5 / s. The extension may spend all of it here.
  const sandbox = await startSandbox({ port: 0, seed: 5, scale: 200 });
  const stage = 'appointmentscheduled';
  const existing = sandbox.store.search('0-3', {
    filterGroups: [{ filters: [{ propertyName: 'pipeline', operator: 'EQ', value: 'default' }] }],
  }).length;
  for (let i = existing; i < records; i++)
    sandbox.store.create('deals', { dealname: `Bench deal ${i}`, pipeline: 'default', dealstage: stage });
  const pipeline = sandbox.store.pipelines('0-3').find((p) => p.id === 'default')!;
  const inPipeline = sandbox.store.search('0-3', {
    filterGroups: [{ filters: [{ propertyName: 'pipeline', operator: 'EQ', value: 'default' }] }],
  });
  const columns = [...pipeline.stages]
    .sort((a, b) => a.displayOrder - b.displayOrder)
    .map((s) => ({ label: s.label, shown: inPipeline.filter((d) => d.properties.dealstage === s.id).length, selected: true }));
  const ext = await launchWithExtension();
  try {
    await configureExtension(ext, { apiBase: sandbox.url, token: sandbox.token });
    await ext.worker.evaluate(async () => {
      const c = (globalThis as any).chrome;
      const { settings } = await c.storage.local.get('settings');
      await c.storage.local.set({ settings: { ...settings, ratePercent: 100 } });
    });
    const page = await ext.context.newPage();
    const url = `${sandbox.url}/contacts/${sandbox.portalId}/objects/0-3/views/all/board?pipeline=default`;
    await page.route(url, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>board</title><p>Board</p>' }));
    await page.goto(url);
    await page.waitForTimeout(500);
    const since = Date.now();
    const t0 = performance.now();
    const reply = await sendFromContentScript(page, 'selection/resolve', {
      resolveId: crypto.randomUUID(),
      query: { kind: 'board', columns },
      displayedTotal: records,
      include: [],
      exclude: [],
      description: 'bench',
    });
    const wall = (performance.now() - t0) / 1000;
    if (!reply?.ok) throw new Error(`resolve failed: ${JSON.stringify(reply).slice(0, 300)}`);
    const calls = sandbox.calls.entries().filter((c) => c.atMs >= since);
    const searchCalls = calls.filter((c) => c.route.includes('/search'));
    const searches = searchCalls.length;
    const bound = searches / 5;
    const serverMs = searchCalls.map((c) => c.durationMs ?? 0).sort((a, b) => a - b);
    return row(wall / bound, 'ratio', 1.1, 'max', {
      records,
      resolved: reply.data.resolved,
      staged: reply.data.count,
      wallSeconds: wall,
      searchCalls: searches,
      otherCalls: calls.length - searches,
      rejected429: calls.filter((c) => c.status === 429).length,
      bound: `${searches} searches ÷ 5 per second = ${bound.toFixed(1)} s`,
      medianSearchServerMs: serverMs[Math.floor(serverMs.length / 2)],
      note: 'pages are sequential (each starts after the last ID of the one before); the rate governor counts a search from its send + 20 ms + any latency above the fastest search seen (never later than its answer), so at best 5 searches per (1 s + ~20 ms + latency jitter)',
    });
  } finally {
    await ext.close();
    await sandbox.close();
  }
}

function contentScriptGzipKb(): BenchRow {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  // The build lands where wxt.config.ts puts it (CRM_SWEEP_OUT_DIR when set).
  const dir = path.resolve(ROOT, process.env.CRM_SWEEP_OUT_DIR || '.output', 'chrome-mv3/content-scripts');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length, 0);
  return row(bytes / 1024, 'KiB', 30, 'max', { files, build: 'wxt build (production, chrome-mv3)' });
}

export async function benchOverlay(): Promise<Record<string, BenchRow>> {
  const gzip = contentScriptGzipKb();
  execFileSync('npx', ['wxt', 'build', '--mode', 'sandbox'], { cwd: ROOT, stdio: 'ignore' });
  const sandbox = await startSandbox({ port: 0, seed: 2, scale: 1000 });
  const ext = await launchWithExtension();
  let decorate: Awaited<ReturnType<typeof benchDecorate>>;
  let lazy: Awaited<ReturnType<typeof benchLazyScroll>>;
  let paging: Awaited<ReturnType<typeof benchTablePaging>>;
  let baseline: Awaited<ReturnType<typeof benchBaseline>>;
  try {
    await configureExtension(ext, { apiBase: sandbox.url, token: sandbox.token });
    decorate = await benchDecorate(ext, sandbox);
    lazy = await benchLazyScroll(ext.context, sandbox, ext.extensionId);
    paging = await benchTablePaging(ext.context, sandbox, ext.extensionId);
    baseline = await benchBaseline(sandbox);
  } finally {
    await ext.close();
    await sandbox.close();
  }
  const durations = (tasks: { duration: number }[]) => tasks.map((t) => Math.round(t.duration));
  const shares = (tasks: TracedTask[]) => tasks.map((t) => ({ ms: Math.round(t.duration), oursMs: Math.round(t.oursMs * 10) / 10 }));
  // Static pages run no script of their own: every long task there is ours. Live pages: the ones we made long.
  const counted = {
    boardDecorate2000: decorate.boardTasks,
    boardScroll: decorate.scrollTasks,
    lazyBoardScroll: lazy.tasks.filter((t) => madeLongByUs(t)),
    table100DecorateAndPaging: paging.tasks.filter((t) => madeLongByUs(t)),
  };
  const count = Object.values(counted).reduce((n, t) => n + t.length, 0);
  const detail = (runs: Decorated[]) => {
    const m = median(runs);
    return {
      nodes: m.count,
      scriptMs: m.activeMs,
      wallMs: m.wallMs,
      runsMs: runs.map((r) => Math.round(r.activeMs)),
      hostSpeedMsPerRun: runs.map((r) => r.hostMs),
      note: "median of 5 fresh page loads; script time of the decoration slices (≤8 ms each, one per frame), in the content script's isolated world",
    };
  };
  return {
    decorate_board_2000_ms: row(median(decorate.board).activeMs, 'ms', 50, 'max', detail(decorate.board)),
    decorate_table_5000_ms: row(median(decorate.table).activeMs, 'ms', 50, 'max', detail(decorate.table)),
    overlay_long_tasks: row(count, 'tasks > 50 ms', 0, 'max', {
      ...Object.fromEntries(Object.entries(counted).map(([k, t]) => [k, durations(t)])),
      livePagesAllLongTasks: { lazyBoardScroll: shares(lazy.tasks), table100DecorateAndPaging: shares(paging.tasks) },
      lazyCardsRendered: lazy.rendered,
      baselineWithoutExtension: Object.fromEntries(Object.entries(baseline).map(([k, t]) => [k, durations(t)])),
      rule: "static pages (no script of their own): every task > 50 ms counts. Live sandbox pages, whose own rendering has long tasks on this VM with or without crm-sweep (baseline): a task counts when crm-sweep's script in it (Chromium trace) is over 50 ms or is what takes it over 50 ms",
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
      notCounted_table5000Decorate: {
        tasksMs: durations(decorate.tableTasks),
        why: "Chromium re-lays out the whole 5,000-row table after any change to it (~100 ms per frame, also for 100 inserted nodes); HubSpot's tables show at most 100 rows, measured above",
      },
      browser: 'Chromium headless (Debian), extension loaded',
    }),
    resolve_100k_ratio: await benchResolve(100_000),
    content_script_gzip_kb: gzip,
  };
}
