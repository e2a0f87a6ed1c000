import { cpus } from 'node:os';

/** Share of CPU time idle over `ms`, all cores (os.cpus() counters). */
async function idleShare(ms = 1000): Promise<number> {
  const sum = () => cpus().reduce((acc, c) => ({ idle: acc.idle + c.times.idle, all: acc.all + Object.values(c.times).reduce((a, b) => a + b, 0) }), { idle: 0, all: 0 });
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

