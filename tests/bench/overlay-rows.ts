/**
 * The overlay's ratio rows from interleaved traced loads (interleaved.ts), with the milliseconds
 * behind each ratio kept as details: a ratio is the goal, the ms say what the host was like.
 */
import type { Pairs } from './interleaved';
import { round3 } from './interleaved';
import type { Decorated } from './overlay-scenarios';
import { median, medianInterval95, row, type BenchRow } from './results';

const MEDIAN_OF_PAIRS =
  "median of the pairs' ratios; a pair = one load with crm-sweep and one without, back to back, order alternating; main-thread time = thread (CPU) time of the page renderer's top-level tasks (ThreadControllerImpl::RunTask on its CrRendererMain) over the scenario, from a Chromium trace (toplevel, devtools.timeline); all ms below are thread time but the *WallMs";

/** The load whose total is the median of its side's loads (its kinds of work are shown). */
function medianLoad<T>(loads: Pairs<T>['with']) {
  const totals = loads.map((l) => l.time.totalMs);
  return loads[totals.indexOf(median(totals))]!;
}

/** Where a scenario with marked steps spends its time (main-thread.ts PHASE_MARK): per step, the
 * median over each side's loads, and with − without. Nothing for a scenario without marks. */
function phases<T>(pairs: Pairs<T>) {
  const steps = pairs.with[0]?.time.phasesMs.length ?? 0;
  if (steps < 2) return {};
  const medians = (loads: Pairs<T>['with']) => Array.from({ length: steps }, (_, i) => median(loads.map((l) => l.time.phasesMs[i] ?? NaN)));
  const [withMs, withoutMs] = [medians(pairs.with), medians(pairs.without)];
  return {
    phasesMs: {
      steps: 'the load, then each page change',
      with: withMs,
      without: withoutMs,
      extra: withMs.map((ms, i) => Math.round((ms - withoutMs[i]!) * 10) / 10),
    },
  };
}

/** What every cost ratio keeps of its pairs: each pair's ratio, each load's total, where the time went. */
function pairTotals<T>(pairs: Pairs<T>) {
  const withMs = pairs.with.map((l) => l.time.totalMs);
  const withoutMs = pairs.without.map((l) => l.time.totalMs);
  const sum = (ms: number[]) => ms.reduce((a, b) => a + b, 0);
  return {
    pairRatios: pairs.ratios,
    // Where the median of many more such pairs would lie (95 %): how much a run can tell.
    medianInterval95: medianInterval95(pairs.ratios),
    // The same loads read by two other estimators: how much the row's value owes to the estimator.
    otherEstimates: { ratioOfSums: round3(sum(withMs) / sum(withoutMs)), ratioOfMedians: round3(median(withMs) / median(withoutMs)) },
    withMs,
    withoutMs,
    kindsMs: { with: medianLoad(pairs.with).time.kinds, without: medianLoad(pairs.without).time.kinds },
    ...phases(pairs),
  };
}

export function overlayCostRow<T>(pairs: Pairs<T>, scenario: string, more: Record<string, unknown> = {}): BenchRow {
  return row(pairs.ratio, 'ratio', 1.1, 'max', {
    scenario,
    ...more,
    method: MEDIAN_OF_PAIRS,
    ...pairTotals(pairs),
    wall: {
      ratio: pairs.wallRatio,
      pairRatios: pairs.wallRatios,
      withWallMs: pairs.with.map((l) => l.time.totalWallMs),
      withoutWallMs: pairs.without.map((l) => l.time.totalWallMs),
    },
    ourScriptMs: pairs.with.map((l) => l.time.ourScriptMs),
    ourTasksMs: pairs.with.map((l) => l.time.ourTasksMs),
    hostSpeedMsPerLoad: { with: pairs.with.map((l) => l.hostMs), without: pairs.without.map((l) => l.hostMs) },
    facts: { with: pairs.with[0]?.facts, without: pairs.without[0]?.facts },
  });
}

/** The same table scenario on the page with its rows in the HTML: a detail of the table row. */
export function serverRenderedTable<T>(pairs: Pairs<T>) {
  return {
    ratio: pairs.ratio,
    scenario: 'the same page and steps without ?render=client: the rows come in the HTML and are painted before any content script runs',
    ...pairTotals(pairs),
  };
}

/** One static page: per load with crm-sweep, our tasks ÷ the rest of the same load. */
function stress(pairs: Pairs<Decorated | null>) {
  const ratios = pairs.with.map((l) => round3(l.time.ourTasksMs / (l.time.totalMs - l.time.ourTasksMs)));
  const extra = pairs.with.map((l, i) => round3((l.time.totalMs - pairs.without[i]!.time.totalMs) / pairs.without[i]!.time.totalMs));
  return {
    ratio: median(ratios),
    ratiosPerLoad: ratios,
    ourTasksMs: pairs.with.map((l) => l.time.ourTasksMs),
    ourScriptMs: pairs.with.map((l) => l.time.ourScriptMs),
    pageOwnMs: pairs.with.map((l) => Math.round(l.time.totalMs - l.time.ourTasksMs)),
    decoration: {
      nodes: pairs.with[0]?.facts?.count,
      scriptMs: pairs.with.map((l) => Math.round(l.facts?.activeMs ?? NaN)),
      wallMs: pairs.with.map((l) => Math.round(l.facts?.wallMs ?? NaN)),
      note: "the overlay's own crm-sweep:decorated marks: script time of its decoration slices (≤ 8 ms each, one per frame) and first node queued → last decorated; formerly the rows decorate_*_ms (goal < 50 ms)",
    },
    crossCheck: {
      withoutMs: pairs.without.map((l) => l.time.totalMs),
      extraOverWithoutPerPair: extra,
      median: median(extra),
      note: '(with − without) ÷ without per pair: the same cost seen across two loads instead of within one',
    },
    kindsMs: { with: medianLoad(pairs.with).time.kinds, without: medianLoad(pairs.without).time.kinds },
    hostSpeedMsPerLoad: pairs.with.map((l) => l.hostMs),
  };
}

export function stressRow(board: Pairs<Decorated | null>, table: Pairs<Decorated | null>): BenchRow {
  const pages = { board2000: stress(board), table5000: stress(table) };
  const worse = pages.board2000.ratio >= pages.table5000.ratio ? 'board2000' : 'table5000';
  return row(pages[worse].ratio, 'ratio', 0.5, 'max', {
    worse,
    method:
      "per load with crm-sweep, from its trace: the whole of every main-thread task in which crm-sweep's script ran (its script and the style, layout and paint of that frame: the static page changes nothing after it loaded) ÷ the rest of the same load's main-thread time (the browser parsing, styling, laying out and painting the page); median over the loads; the row is the worse page",
    ...pages,
  });
}
