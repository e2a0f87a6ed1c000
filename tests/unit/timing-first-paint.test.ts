import { afterEach, describe, expect, it, vi } from 'vitest';

/** A PerformanceObserver that reports paint entries when told to (Node has none of its own for 'paint'). */
function fakePaintObserver() {
  const observers: ((names: string[]) => void)[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
    constructor(private readonly callback: (list: { getEntriesByName(n: string): unknown[] }) => void) {}
    observe() {
      observers.push((names) => this.callback({ getEntriesByName: (n) => names.filter((x) => x === n) }));
    }
    disconnect() {}
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return { paint: (...names: string[]) => observers.forEach((o) => o(names)) };
}

async function freshModule() {
  vi.resetModules();
  return import('@/lib/timing/first-paint');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('afterFirstPaint', () => {
  it('waits for the first contentful paint, not for other paint entries', async () => {
    const observer = fakePaintObserver();
    const { afterFirstPaint, firstPaintIsOver } = await freshModule();
    let done = false;
    void afterFirstPaint(10_000).then(() => (done = true));
    observer.paint('first-paint');
    await Promise.resolve();
    expect(done).toBe(false);
    expect(firstPaintIsOver()).toBe(false);
    observer.paint('first-contentful-paint');
    // Known at once, before the promise's callbacks run.
    expect(firstPaintIsOver()).toBe(true);
    await afterFirstPaint();
    expect(done).toBe(true);
  });

  it('gives up waiting after the fallback time (a page that paints nothing contentful)', async () => {
    vi.useFakeTimers();
    fakePaintObserver();
    const { afterFirstPaint } = await freshModule();
    let done = false;
    void afterFirstPaint(250).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(249);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('does not wait where the browser reports no paints', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const { afterFirstPaint } = await freshModule();
    await expect(afterFirstPaint(60_000)).resolves.toBeUndefined();
  });
});
