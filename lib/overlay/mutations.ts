/**
 * HubSpot's React UI adds, replaces and removes nodes all the time (virtual scroll, refreshes).
 * One MutationObserver per page collects what was added — and which of our own nodes React took
 * out — and hands it to the features once per animation frame, so a burst of mutations costs one
 * pass, and our work never runs inside React's commit.
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
  private readonly observer: MutationObserver;

  constructor(
    private readonly target: Node,
    private readonly signal: AbortSignal,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
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
    this.collect(this.observer.takeRecords());
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

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && !(node as Element).hasAttribute(OURS)) this.added.push(node as Element);
      }
      for (const node of record.removedNodes) {
        if (node.nodeType === 1 && (node as Element).hasAttribute(OURS))
          this.removedOurs.push({ node: node as Element, from: record.target });
      }
    }
    if (this.frame === 0 && (this.added.length > 0 || this.removedOurs.length > 0)) {
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
