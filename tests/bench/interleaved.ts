/**
 * Interleaved loads: the same scenario in Chromium with crm-sweep and in the same Chromium without
 * it, in pairs run back to back, the order alternating (with→without, then without→with), each
 * load in a fresh tab under a trace (trace-tasks.ts). A pair's two loads see the same host speed
 * within seconds, so a pair's ratio cancels the host's speed; the order alternates so that
 * neither side always runs second.
 *
 * The summary is the MEDIAN of the pairs' ratios, not a mean or a trimmed mean: on this shared
 * 2-core VM a burst of another VM's work lands in one load of one pair and makes that pair's ratio
 * an outlier in either direction (1.5 or 0.7 beside pairs at 1.05); the median of 7–11 pairs ignores
 * up to 3–5 such pairs whatever their size, where a mean carries them and a trimmed mean of so few
 * pairs trims at most one from each end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromeArgs, findChrome } from '../support/chrome';
import { hostSpeed } from './quiet';
import { median } from './results';
import { traceMainThread, type TracedRun } from './trace-tasks';

export interface Side {
  context: BrowserContext;
  /** crm-sweep's ID in this browser; undefined: the browser without it. */
  extensionId?: string;
}

/** What one load did; `scenario` returns facts about the page to check and report (cards rendered). */
export interface Load<T> extends TracedRun {
  /** The host's fastest time for quiet.ts's fixed work just before the load, ms. */
  hostMs: number;
  facts: T;
}

export interface Pairs<T> {
  with: Load<T>[];
  without: Load<T>[];
  /** with ÷ without main-thread (thread) time, per pair, and their median. */
  ratios: number[];
  ratio: number;
  /** The same from the tasks' wall time. */
  wallRatios: number[];
  wallRatio: number;
}

export type Scenario<T> = (page: Page, withOverlay: boolean) => { run: () => Promise<void>; facts: () => Promise<T> };

async function load<T>(side: Side, scenario: Scenario<T>, traced: boolean): Promise<Load<T> | null> {
  // Only a traced load's host speed is kept: none is measured before a warm-up load.
  const hostMs = traced ? hostSpeed(3).min : 0;
  const page = await side.context.newPage();
  try {
    const { run, facts } = scenario(page, side.extensionId !== undefined);
    if (!traced) {
      await run();
      return null;
    }
    const traceRun = await traceMainThread(page, side.extensionId, run);
    return { ...traceRun, hostMs, facts: await facts() };
  } finally {
    await page.close();
  }
}

/**
 * Two untraced loads on each side first (the HTTP cache, and compiled code: Chromium keeps a
 * script's compiled code from its third load on, lib/overlay/load-overlay.ts), then `pairs` traced
 * pairs. With one, the first pair's load with crm-sweep compiled the overlay's module and wrote its
 * cache, as a user's browser does once, not on every HubSpot page.
 */
export async function interleaved<T>(sides: { with: Side; without: Side }, scenario: Scenario<T>, pairs: number): Promise<Pairs<T>> {
  for (let warm = 0; warm < 2; warm++) {
    await load(sides.with, scenario, false);
    await load(sides.without, scenario, false);
  }
  const result: Pairs<T> = { with: [], without: [], ratios: [], ratio: NaN, wallRatios: [], wallRatio: NaN };
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
    for (const side of order) result[side].push((await load(sides[side], scenario, true))!);
    const [w, wo] = [result.with[i]!.time, result.without[i]!.time];
    result.ratios.push(round3(w.totalMs / wo.totalMs));
    result.wallRatios.push(round3(w.totalWallMs / wo.totalWallMs));
  }
  result.ratio = median(result.ratios);
  result.wallRatio = median(result.wallRatios);
  return result;
}

/** The same Chromium, the same flags, without the extension: the baseline browser. */
export async function launchWithout(): Promise<{ side: Side; close: () => Promise<void> }> {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'crm-sweep-bench-plain-'));
  const args = chromeArgs('').filter((a) => !a.startsWith('--load-extension') && !a.startsWith('--disable-extensions-except'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChrome() ?? undefined,
    headless: true,
    args,
    viewport: { width: 1280, height: 800 },
  });
  return {
    side: { context },
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
