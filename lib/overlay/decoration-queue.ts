/**
 * Decorates page nodes a frame at a time within a time budget, so 5,000 rows or a board refresh
 * that replaced 2,000 cards never block the page for long (no task over 50 ms: the long-task
 * threshold). The same node queued twice is decorated once.
 *
 * Each drain is recorded as a `crm-sweep:decorated` performance mark whose detail carries the
 * script time spent (the benchmark reads it); only large drains are recorded, so a long session
 * does not fill the performance buffer.
 */
const BUDGET_MS = 8;
const RECORD_FROM = 100;

export class DecorationQueue {
  private readonly pending = new Set<Element>();
  private frame = 0;
  private activeMs = 0;
  private count = 0;
  private startedAt = 0;

  constructor(
    private readonly kind: string,
    private readonly decorate: (element: Element) => void,
    private readonly signal: AbortSignal,
    private readonly onDrained?: () => void,
    /** Nodes per frame at most: what the browser lays out after each frame stays small too. */
    private readonly maxPerFrame = Infinity,
    /** Wraps each slice (the mutation feed's `quietly`). */
    private readonly around: (slice: () => void) => void = (slice) => slice(),
  ) {
    signal.addEventListener('abort', () => cancelAnimationFrame(this.frame), { once: true });
  }

  add(elements: Iterable<Element>): void {
    if (this.signal.aborted) return;
    for (const element of elements) this.pending.add(element);
    if (this.pending.size > 0 && this.frame === 0) {
      if (this.count === 0 && this.activeMs === 0) this.startedAt = performance.now();
      this.frame = requestAnimationFrame(() => this.run());
    }
  }

  /** Decorates everything queued now (tests, and a click that needs the nodes ready). */
  flush(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.run(Infinity);
  }

  private run(budget = BUDGET_MS): void {
    this.frame = 0;
    if (this.signal.aborted) return;
    const start = performance.now();
    let done = 0;
    for (const element of this.pending) {
      this.pending.delete(element);
      if (element.isConnected) this.decorate(element);
      // Reading the clock costs little, but not nothing: look every 32 nodes.
      if (++done >= this.maxPerFrame && budget !== Infinity) break;
      if (done % 32 === 0 && performance.now() - start > budget) break;
    }
    this.activeMs += performance.now() - start;
    this.count += done;
    if (this.pending.size > 0) {
      this.frame = requestAnimationFrame(() => this.run());
      return;
    }
    if (this.count >= RECORD_FROM) {
      performance.mark('crm-sweep:decorated', {
        detail: { kind: this.kind, count: this.count, activeMs: this.activeMs, wallMs: performance.now() - this.startedAt },
      });
    }
    this.activeMs = 0;
    this.count = 0;
    this.onDrained?.();
  }
}
