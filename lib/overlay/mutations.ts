import { FRAME_MS } from '@/lib/timing/frame';

/**
 * HubSpot's React UI adds, replaces and removes nodes all the time (virtual scroll, refreshes).
 * One MutationObserver per page collects what was added — and which of our own nodes React took
 * out — and hands it to the features: the first batch of a frame at once, in the observer's
 * callback (after the page's script finished its change, never inside React's commit), later
 * ones once in the next animation frame, so a burst of mutations costs one pass.
 *
 * Why at once: the page's new rows and our boxes are then laid out together. Handed over in the
 * next frame's rAF instead, our boxes often came after a hit test for the mouse had already laid
 * the page out (Chromium runs it before rAF callbacks), and every paged 100-row table was laid
 * out twice (overlay benchmark, tests/bench/README.md). At most one batch a frame's time (16 ms)
 * goes at once, so a page that answers our nodes with changes of its own can never make this a
 * loop. Told by the clock, not by an animation frame that resets it: a requested frame is a frame
 * the browser would not otherwise render (style, layout and pre-paint of the whole page, ~0.5–2 ms
 * after each table page), only to clear a flag.
 */
export interface MutationBatch {
  /** Elements added to the page (not ours), possibly with subtrees. */
  added: Element[];
  /** Our nodes that someone else removed, with the element they were removed from. */
  removedOurs: { node: Element; from: Node }[];
}

export type MutationListener = (batch: MutationBatch) => void;

export const OURS = 'data-crmx';

export class MutationFeed {
  private readonly listeners: MutationListener[] = [];
  private added: Element[] = [];
  private removedOurs: MutationBatch['removedOurs'] = [];
  private frame = 0;
  /** When a batch was last handed over at once (performance.now()). */
  private passedAtOnceAt = -Infinity;
  private readonly observer: MutationObserver;

  constructor(
    private readonly target: Node,
    private readonly signal: AbortSignal,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records, true));
    this.observer.observe(target, { childList: true, subtree: true });
    signal.addEventListener(
      'abort',
      () => {
        this.observer.disconnect();
        cancelAnimationFrame(this.frame);
        this.listeners.length = 0;
      },
      { once: true },
    );
  }

  /**
   * Runs our own DOM writes unobserved: thousands of records about our own nodes would only be
   * filtered out again. Nothing else can touch the DOM while `write` runs (one thread), and
   * records already queued are collected first.
   */
  quietly(write: () => void): void {
    if (this.signal.aborted) {
      write();
      return;
    }
    this.collect(this.observer.takeRecords(), false);
    this.observer.disconnect();
    try {
      write();
    } finally {
      this.observer.observe(this.target, { childList: true, subtree: true });
    }
  }

  subscribe(listener: MutationListener): void {
    if (!this.signal.aborted) this.listeners.push(listener);
  }

  /** `mayPassNow`: called from the observer, not from inside one of our own writes. */
  private collect(records: MutationRecord[], mayPassNow: boolean): void {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && !(node as Element).hasAttribute(OURS)) this.added.push(node as Element);
      }
      for (const node of record.removedNodes) {
        if (node.nodeType === 1 && (node as Element).hasAttribute(OURS))
          this.removedOurs.push({ node: node as Element, from: record.target });
      }
    }
    if (this.added.length === 0 && this.removedOurs.length === 0) return;
    const now = performance.now();
    if (mayPassNow && now - this.passedAtOnceAt >= FRAME_MS) {
      this.passedAtOnceAt = now;
      cancelAnimationFrame(this.frame);
      this.flush();
    } else if (this.frame === 0) {
      this.frame = requestAnimationFrame(() => this.flush());
    }
  }

  private flush(): void {
    this.frame = 0;
    const batch: MutationBatch = { added: this.added, removedOurs: this.removedOurs };
    this.added = [];
    this.removedOurs = [];
    for (const listener of this.listeners) listener(batch);
  }
}

/** Elements matching `selector` in the added subtrees (the added element itself included). */
export function matchesIn(added: readonly Element[], selector: string): Element[] {
  const found: Element[] = [];
  for (const element of added) {
    if (!element.isConnected) continue;
    if (element.matches(selector)) found.push(element);
    else if (element.firstElementChild) found.push(...element.querySelectorAll(selector));
  }
  return found;
}
