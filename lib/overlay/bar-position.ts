import { signal, type Signal } from '@preact/signals';
import type { SelectablePage } from './context';
import type { MutationFeed } from './mutations';
import { scanPage } from './bar-obstacles';
import { DEFAULT_LAYOUT, loadBarLayout, saveBarLayout, type BarLayout } from './bar-layout-store';
import { GRID, placeBar, type Spot } from './bar-placement';

/** Re-placement waits this long after the last scroll, resize or DOM change (trailing, not per event). */
const SETTLE_MS = 150;
const MAX_WAIT_MS = 1_000;

/**
 * Keeps the action bar (an element in our shadow root) where it covers nothing the page lets the
 * user click: on attach, then after scrolls, resizes and page changes have settled — one timer and
 * one frame per burst, never a loop with the page's own rendering (HubSpot's React). Only our own
 * element's `left`/`top` are written; the page's nodes are only read.
 */
const afterNextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export class BarPosition {
  readonly layout: Signal<BarLayout> = signal(DEFAULT_LAYOUT);
  private bar: HTMLElement | null = null;
  private spot: Spot | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dragging = false;
  private firstPending: number | undefined;
  private generation = 0;
  /** Until the bar first shows (the first pick) nothing is read or watched: a page where nothing
   * is picked pays for no storage read and no call into our script on each scroll. */
  private stored: Promise<void> | null = null;
  private watching: AbortController | null = null;

  constructor(
    private readonly kind: SelectablePage['kind'],
    mutations: MutationFeed,
    private readonly signal: AbortSignal,
  ) {
    mutations.subscribe(() => this.schedule());
    signal.addEventListener('abort', () => {
      this.watching?.abort();
      clearTimeout(this.timer);
    });
  }

  private loadLayout(): Promise<void> {
    this.stored ??= loadBarLayout(this.kind).then((stored) => {
      if (!this.signal.aborted) this.layout.value = stored;
    });
    return this.stored;
  }

  /** Re-places the bar after scrolls, resizes and its own size changes, while it shows (page
   * changes: the mutation feed, see the constructor). */
  private watch(bar: HTMLElement | null): void {
    this.watching?.abort();
    this.watching = null;
    if (!bar || this.signal.aborted) return;
    const watching = new AbortController();
    this.watching = watching;
    const later = () => this.schedule();
    const options = { signal: watching.signal, passive: true };
    window.addEventListener('resize', later, options);
    // Capture: scrolling inside a table or board column moves the page's controls too.
    window.addEventListener('scroll', later, { ...options, capture: true });
    const resized = new ResizeObserver(later);
    resized.observe(bar);
    watching.signal.addEventListener('abort', () => resized.disconnect(), { once: true });
  }

  /** For Preact's `ref`: one function for the bar's lifetime, so re-renders do not re-attach. */
  readonly ref = (bar: HTMLElement | null): void => this.attach(bar);

  /** The bar element appeared (first pick) or went away (Clear). */
  attach(bar: HTMLElement | null): void {
    if (bar === this.bar) return;
    this.bar = bar;
    this.spot = null;
    this.watch(bar);
    if (bar) this.placeNow();
  }

  /**
   * Trailing: a burst of scroll, resize or DOM events (a column scrolled top to bottom, a board
   * refresh) places the bar once, when it has been quiet for SETTLE_MS — but at least every
   * MAX_WAIT_MS on a page that never stops changing.
   */
  schedule(): void {
    if (!this.bar || this.dragging) return;
    const now = performance.now();
    this.firstPending ??= now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(SETTLE_MS, this.firstPending + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.firstPending = undefined;
      this.placeNow();
    }, wait);
  }

  /** Reads the page (in slices on a large one) and moves the bar; a newer call supersedes it. */
  placeNow(): void {
    const bar = this.bar;
    if (!bar || this.signal.aborted || this.dragging) return;
    const generation = ++this.generation;
    const stale = () => generation !== this.generation || this.bar !== bar || this.signal.aborted || this.dragging;
    // After the next frame: the page (and our own picking styles) are laid out by then, so reading
    // boxes forces no layout in our task.
    void this.loadLayout()
      .then(afterNextFrame)
      .then(() => (stale() ? null : scanPage(GRID, stale)))
      .then((probe) => {
        if (!probe || stale()) return;
        const { width, height } = bar.getBoundingClientRect();
        this.spot = placeBar({
          viewport: { width: document.documentElement.clientWidth || window.innerWidth, height: window.innerHeight },
          bar: { width, height },
          preferred: this.layout.value,
          current: this.spot,
          probe: probe.at,
        });
        this.moveTo(this.spot);
        // Shown once placed: never first drawn over the page's controls, even on a large page.
        bar.style.visibility = 'visible';
      });
  }

  /** Draws the bar with its top-left corner at `spot` (a placement, or a drag in progress). */
  moveTo(spot: Spot): void {
    if (!this.bar) return;
    this.bar.style.left = `${spot.left}px`;
    this.bar.style.top = `${spot.top}px`;
  }

  /** The bar while it shows. */
  get element(): HTMLElement | null {
    return this.bar;
  }

  /** While the user drags the bar (bar-moves.ts), nothing re-places it. */
  holdForDrag(held: boolean): void {
    this.dragging = held;
  }

  /** The user put the bar here (bar-moves.ts: drag or keys), as fractions of the viewport: it
   * becomes the preferred spot for this page type. */
  prefer(x: number, y: number): void {
    this.update({ x, y });
    this.spot = null;
    this.placeNow();
  }

  update(change: Partial<BarLayout>): void {
    this.layout.value = { ...this.layout.value, ...change };
    void saveBarLayout(this.kind, this.layout.value);
  }
}
