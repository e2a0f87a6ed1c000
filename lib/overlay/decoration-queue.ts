import { FRAME_MS } from '@/lib/timing/frame';

/**
 * Decorates page nodes a frame at a time within a time budget, so 5,000 rows or a board refresh
 * that replaced 2,000 cards never block the page for long (no task over 50 ms: the long-task
 * threshold). The same node queued twice is decorated once.
 *
 * Each drain is recorded as a `crm-sweep:decorated` performance mark whose detail carries the
 * script time spent (the benchmark reads it on its 5,000-row table and 2,000-card board); only
 * drains of 1,000 nodes or more are recorded: a mark with its detail cost ~0.2 ms of every page
 * change of a 100-row table, and a long session does not fill the performance buffer.
 */
const BUDGET_MS = 8;
const RECORD_FROM = 1000;
/** Nodes between two looks at the clock; a source's nodes are also handed over this many at a time. */
const CHUNK = 32;

interface Source {
  read: () => ArrayLike<Element>;
  decorate: (chunk: readonly Element[]) => void;
}

export class DecorationQueue {
  private readonly pending = new Set<Element>();
  /** Sources not read yet, in the order they were added. */
  private readonly sources: Source[] = [];
  /** What the current source returned and how far into it decoration got: a query returns each
   * node once, so these skip the pending set (no hash per node) and the connected check. */
  private sourced: ArrayLike<Element> = [];
  private sourcedAt = 0;
  private decorateSourced: (chunk: readonly Element[]) => void = () => undefined;
  private frame = 0;
  private activeMs = 0;
  private count = 0;
  private startedAt = 0;
  private lastSliceEnd = -Infinity;

  constructor(
    private readonly kind: string,
    private readonly decorate: (element: Element) => void,
    private readonly signal: AbortSignal,
    private readonly onDrained?: () => void,
    /** Wraps each slice (the mutation feed's `quietly`). */
    private readonly around: (slice: () => void) => void = (slice) => slice(),
    /** Script time per frame (8 ms unless the caller knows each frame costs far more anyway). */
    private readonly budgetMs = BUDGET_MS,
  ) {
    signal.addEventListener('abort', () => cancelAnimationFrame(this.frame), { once: true });
  }

  /**
   * Queues `elements`. With `inFrame` (the caller runs where the browser has not laid the page's
   * change out yet: the mutation feed's callback or an animation frame) the first slice runs at
   * once: the browser then lays out and paints the page's new rows and our boxes together instead
   * of one after the other, which on a 100-row table is the difference between one costly layout
   * and two.
   */
  add(elements: Iterable<Element>, inFrame = false): void {
    if (this.signal.aborted) return;
    for (const element of elements) this.pending.add(element);
    if (this.pending.size === 0) return;
    this.startClockIfIdle();
    this.schedule(inFrame);
  }

  /**
   * Queues what `read` returns, read when decoration gets to it (sources are taken in the order
   * they were added): a query over a whole table or board column then runs inside the measured,
   * budgeted slices like the decoration it feeds. Its nodes go to `decorateChunk` a chunk at a
   * time, so the caller can make each kind of DOM call for the whole chunk in one loop, and knows
   * what the source's nodes share (a column's stage).
   */
  addFrom(read: () => ArrayLike<Element>, decorateChunk: (chunk: readonly Element[]) => void, inFrame = false): void {
    if (this.signal.aborted) return;
    this.startClockIfIdle();
    this.sources.push({ read, decorate: decorateChunk });
    this.schedule(inFrame);
  }

  /** With `inFrame` (see add) the first slice runs at once, else on the next frame. */
  private schedule(inFrame: boolean): void {
    // At most one slice per frame: a slice that ended less than a frame ago ran in this one.
    if (inFrame && performance.now() - this.lastSliceEnd > FRAME_MS) {
      cancelAnimationFrame(this.frame);
      this.run();
    } else if (this.frame === 0) {
      this.frame = requestAnimationFrame(() => this.run());
    }
  }

  /** Decorates everything queued now, and what draining queues (onDrained may queue more): for
   * tests, and a click that needs the nodes ready. */
  flush(): void {
    do {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.run(Infinity);
    } while (this.pending.size > 0 || this.sources.length > 0);
  }

  /** A drain's wall time starts with the first node queued while nothing was under way. */
  private startClockIfIdle(): void {
    if (this.count === 0 && this.activeMs === 0 && this.frame === 0) this.startedAt = performance.now();
  }

  private run(budget = this.budgetMs): void {
    this.frame = 0;
    if (this.signal.aborted) return;
    const start = performance.now();
    let done = 0;
    const overBudget = () => performance.now() - start > budget;
    this.around(() => {
      for (;;) {
        if (this.sourcedAt >= this.sourced.length) {
          const source = this.sources.shift();
          if (source === undefined) break;
          this.sourced = source.read();
          this.sourcedAt = 0;
          this.decorateSourced = source.decorate;
          continue;
        }
        const chunk: Element[] = [];
        const end = Math.min(this.sourced.length, this.sourcedAt + CHUNK);
        for (let i = this.sourcedAt; i < end; i++) chunk.push(this.sourced[i]!);
        this.sourcedAt = end;
        this.decorateSourced(chunk);
        done += chunk.length;
        if (overBudget()) return;
      }
      this.sourced = []; // let the page's nodes go
      for (const element of this.pending) {
        this.pending.delete(element);
        if (element.isConnected) this.decorate(element);
        done++;
        // Reading the clock costs little, but not nothing: look every CHUNK nodes.
        if (done % CHUNK === 0 && overBudget()) break;
      }
    });
    this.lastSliceEnd = performance.now();
    this.activeMs += this.lastSliceEnd - start;
    this.count += done;
    if (this.pending.size > 0 || this.sourcedAt < this.sourced.length || this.sources.length > 0) {
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
