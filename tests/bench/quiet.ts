import { cpus } from 'node:os';
import { median, type SpeedSample } from './results';

/** Share of CPU time idle over `ms`, all cores (os.cpus() counters). */
async function idleShare(ms = 1000): Promise<number> {
  const sum = () =>
    cpus().reduce((acc, c) => ({ idle: acc.idle + c.times.idle, all: acc.all + Object.values(c.times).reduce((a, b) => a + b, 0) }), {
      idle: 0,
      all: 0,
    });
  const before = sum();
  await new Promise((r) => setTimeout(r, ms));
  const after = sum();
  return (after.idle - before.idle) / Math.max(1, after.all - before.all);
}

/**
 * Heavy set-up (seeding a database) leaves the browser busy for a while after, and other work
 * shares this VM: wait (≤ `maxMs`) for `seconds` quiet seconds in a row (≥ 70 % idle) before
 * measuring. Returns the idle share of the last second, so a result can say how quiet it was.
 */
export async function waitForQuiet(seconds = 2, maxMs = 60_000): Promise<{ waitedSeconds: number; idle: number }> {
  const t0 = performance.now();
  let idle = 0;
  let quietInARow = 0;
  while (quietInARow < seconds && performance.now() - t0 < maxMs) {
    idle = await idleShare();
    quietInARow = idle >= 0.7 ? quietInARow + 1 : 0;
  }
  return { waitedSeconds: Math.round((performance.now() - t0) / 1000), idle: Math.round(idle * 100) / 100 };
}

/** One fixed piece of CPU work (arithmetic and small allocations, like the code under test). */
function fixedWork(): number {
  let sum = 0;
  const kept: { i: number }[] = [];
  for (let i = 0; i < 3_000_000; i++) {
    sum += Math.sqrt(i);
    if (i % 30 === 0) kept.push({ i });
  }
  return sum + kept.length;
}

/**
 * How fast this host runs the same work from one moment to the next: the fixed work timed `runs`
 * times in a row (ms; min, median, max). The VM shares its cores with other VMs, and the same
 * work takes from 1× to 4× its fastest time within seconds; a wall-time row next to these figures
 * tells a slow host from slow code.
 */
export function hostSpeed(runs = 12): SpeedSample {
  fixedWork(); // compiled and warm before timing
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fixedWork();
    ms.push(Math.round(performance.now() - t0));
  }
  return { min: Math.min(...ms), median: median(ms), max: Math.max(...ms) };
}
