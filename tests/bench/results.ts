import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';

export interface BenchRow {
  value: number;
  unit: string;
  goal: number;
  /** 'max': value must be ≤ goal; 'min': value must be ≥ goal. */
  better: 'max' | 'min';
  ok: boolean;
  details?: Record<string, unknown>;
}

export const RESULTS_FILE = path.resolve(import.meta.dirname, 'results.json');

export function row(value: number, unit: string, goal: number, better: 'max' | 'min', details?: Record<string, unknown>): BenchRow {
  const rounded = Math.round(value * 1000) / 1000;
  return { value: rounded, unit, goal, better, ok: better === 'max' ? rounded <= goal : rounded >= goal, details };
}

/** The middle value (the upper one of an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * A 95 % interval for the median of independent values, free of any assumption about their
 * distribution: [x(k), x(n−k+1)] of the sorted values, k the largest with P(Binomial(n, ½) < k)
 * ≤ 2.5 %. For 41 pair ratios that is the 14th to the 28th. It says how far a row's median could
 * sit from the value more pairs would settle on — on this VM often further than the row is from
 * its goal. Null below 6 values (no such interval exists).
 */
export function medianInterval95(values: readonly number[]): [number, number] | null {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  let below = 0; // P(Binomial(n, ½) ≤ k − 1)
  let k = 0;
  for (let j = 0, p = 0.5 ** n; j < n && below + p <= 0.025; j++, p = (p * (n - j + 1)) / j) {
    below += p;
    k = j + 1;
  }
  return k === 0 ? null : [sorted[k - 1]!, sorted[n - k]!];
}

/** Times of one fixed piece of work run several times in a row (quiet.ts hostSpeed), ms. */
export interface SpeedSample {
  min: number;
  median: number;
  max: number;
}

/** The host's speed at the start and end of a bench run. */
export type HostSpeed = Record<'before' | 'after', SpeedSample>;

/** Rows no suite writes any more (their goals were replaced), dropped from results.json on save:
 * the overlay's absolute decoration times became details of decorate_stress_ratio (issue 20). */
const RETIRED = ['decorate_board_2000_ms', 'decorate_table_5000_ms'];

/** Merges rows into results.json (rows from other suites stay) and prints the whole table. */
export function saveRows(rows: Record<string, BenchRow>, hostSpeedMs: HostSpeed): void {
  const previous = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as { rows?: Record<string, BenchRow> }) : {};
  const all = { ...previous.rows, ...rows };
  for (const name of RETIRED) delete all[name];
  writeFileSync(
    RESULTS_FILE,
    `${JSON.stringify({ measuredAt: new Date().toISOString(), machine: { ...machine(), hostSpeedMs }, rows: all }, null, 2)}\n`,
  );
  printTable(all);
  const span = (s: SpeedSample) => `${s.min}–${s.max} ms (median ${s.median})`;
  console.log(`host speed, the same fixed work: ${span(hostSpeedMs.before)} before, ${span(hostSpeedMs.after)} after`);
}

export function printTable(rows: Record<string, BenchRow>): void {
  const lines = Object.entries(rows).map(([name, r]) => [
    name,
    String(r.value),
    r.unit,
    `${r.better === 'max' ? '≤' : '≥'} ${r.goal}`,
    r.ok ? 'ok' : 'MISSED',
  ]);
  const head = ['benchmark', 'value', 'unit', 'goal', 'ok'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log([fmt(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join('\n'));
}

function machine() {
  return { node: process.version, platform: process.platform, cpus: cpus().length };
}
