import { BOARD_SELECTORS, KEEP_CLEAR_SELECTORS, anyOf, queryAll, TABLE_SELECTORS } from '@/lib/hubspot/page/selectors';

/**
 * "Is there something of the page's to click here?" — the probe bar-placement.ts asks per grid
 * cell. It is answered from the boxes of the page's interactive elements (links, buttons, form
 * fields, iframes, focusable and ARIA-widget elements — crm-sweep's own checkboxes included),
 * read into a grid of 16 px cells. Measured on the sandbox: the browser's hit test
 * (`elementFromPoint`) costs ~0.3 ms per point on the board, so boxes are read instead; but only
 * listing the 13,000 controls of a 5,000-row table from the content script's isolated world took
 * ~70 ms. So the page is walked element by element, and a long run of rows or cards (selectors.ts)
 * is not entered: they are in display order, and a binary search finds the few on screen, whose
 * controls alone are read. A real HubSpot page (≤ 100 rows) is read in a few milliseconds; reading
 * yields to the page every 8 ms, and a newer scan (the page scrolled again) abandons an older one.
 * Elements under another one still count: better a little too much room than a covered control.
 * The action bar itself lives in a shadow root the walk never enters: where the bar is now never
 * decides where it goes (no feedback loop).
 */
const INTERACTIVE = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  'label',
  'iframe',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[draggable="true"]',
  '[tabindex]:not([tabindex="-1"])',
  ...['button', 'link', 'checkbox', 'radio', 'tab', 'menuitem', 'option', 'switch', 'combobox', 'slider', 'spinbutton'].map(
    (role) => `[role="${role}"]`,
  ),
].join(', ');
/** Rows and cards: long runs of them are searched, not walked. */
const RECORDS = `${anyOf(TABLE_SELECTORS.row)}, ${anyOf(BOARD_SELECTORS.card)}`;
/** A run this long is searched; a shorter one is walked like anything else. */
const LONG_RUN = 40;
const NOT_WALKED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg']);

/** A focusable element this large is a scroll region (a board column's body), not a control. */
const REGION_SHARE = 1 / 8;
/** Margin around HubSpot's bulk-action bar and chat launcher. */
const KEEP_CLEAR_MARGIN = 12;
const SLICE_MS = 8;

export interface Probe {
  at(x: number, y: number): number;
}

/** The elements of a list in top-to-bottom order that are within the viewport's height (binary search). */
function visibleInOrder(list: readonly Element[], height: number): Element[] {
  const firstBelow = (y: number, edge: 'top' | 'bottom') => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // Hidden ones (display: none) have no box and no place in the order: judge by the next shown.
      let at = mid;
      let box = list[at]!.getBoundingClientRect();
      while (box.height === 0 && at + 1 < hi) box = list[++at]!.getBoundingClientRect();
      if (box.height === 0 || box[edge] >= y) hi = mid;
      else lo = at + 1;
    }
    return lo;
  };
  return list.slice(firstBelow(0, 'bottom'), firstBelow(height, 'top'));
}

/** Scans the page into a probe; null when `stale()` turned true meanwhile (a newer scan runs). */
export async function scanPage(grid: number, stale: () => boolean): Promise<Probe | null> {
  const width = document.documentElement.clientWidth || window.innerWidth;
  const height = window.innerHeight;
  const cols = Math.ceil(width / grid);
  const rows = Math.ceil(height / grid);
  const cells = new Float64Array(cols * rows);
  const area = width * height;
  const mark = (r: DOMRect, margin: number, cost: number) => {
    if (r.width === 0 || r.height === 0 || r.bottom < -margin || r.top > height + margin || r.right < -margin || r.left > width + margin)
      return;
    const c0 = Math.max(0, Math.floor((r.left - margin) / grid));
    const c1 = Math.min(cols - 1, Math.floor((r.right + margin) / grid));
    const r0 = Math.max(0, Math.floor((r.top - margin) / grid));
    const r1 = Math.min(rows - 1, Math.floor((r.bottom + margin) / grid));
    for (let y = r0; y <= r1; y++) for (let x = c0; x <= c1; x++) cells[y * cols + x] = Math.max(cells[y * cols + x]!, cost);
  };
  const consider = (element: Element) => {
    const r = element.getBoundingClientRect();
    // A big focusable element is a scroll region (a board column's body), not a control.
    if (r.width * r.height >= area * REGION_SHARE && !element.matches('a[href], button, input, select, textarea, iframe')) return;
    mark(r, 0, 1);
  };
  let sliceStart = performance.now();
  const stack: Element[] = [document.body];
  while (stack.length > 0) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (stale()) return null;
      sliceStart = performance.now();
    }
    const element = stack.pop()!;
    const kids = element.children;
    if (kids.length >= LONG_RUN && kids[0]!.matches(RECORDS) && kids[kids.length - 1]!.matches(RECORDS)) {
      for (const record of visibleInOrder(Array.from(kids), height)) {
        if (record.matches(INTERACTIVE)) consider(record);
        for (const control of record.querySelectorAll(INTERACTIVE)) consider(control);
      }
      continue;
    }
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i]!;
      if (NOT_WALKED.has(kid.tagName)) continue;
      if (kid.matches(INTERACTIVE)) consider(kid);
      stack.push(kid);
    }
  }
  for (const alternatives of [KEEP_CLEAR_SELECTORS.bulkActionBar, KEEP_CLEAR_SELECTORS.chatLauncher])
    for (const element of queryAll(document, alternatives))
      mark(element.getBoundingClientRect(), KEEP_CLEAR_MARGIN, Number.POSITIVE_INFINITY);
  return {
    at(x, y) {
      const c = Math.floor(x / grid);
      const r = Math.floor(y / grid);
      return c < 0 || r < 0 || c >= cols || r >= rows ? 0 : cells[r * cols + c]!;
    },
  };
}
