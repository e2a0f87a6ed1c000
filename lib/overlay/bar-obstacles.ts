import { KEEP_CLEAR_SELECTORS, queryAll } from '@/lib/hubspot/page/selectors';

/**
 * "Is there something of the page's to click here?" — the probe bar-placement.ts asks per grid
 * cell. It is answered from the boxes of the page's interactive elements (links, buttons, form
 * fields, iframes, focusable and ARIA-widget elements — crm-sweep's own checkboxes included),
 * read once per placement into a grid of 16 px cells. Measured on the sandbox: reading ~300 boxes
 * takes ~2 ms, where the browser's hit test (`elementFromPoint`) took ~0.3 ms per point on the
 * board — 4,000 points would be a second. Elements under another one still count: the bar would
 * rather leave a little too much room than cover a control. The action bar itself lives in a
 * shadow root, so `querySelectorAll` never sees it: where the bar is now never decides where it
 * goes (no feedback loop).
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

/** A focusable element this large is a scroll region (a board column's body), not a control. */
const REGION_SHARE = 1 / 8;
const FORM_CONTROLS = 'a[href], button, input, select, textarea, iframe';
/** Margin around HubSpot's bulk-action bar and chat launcher. */
const KEEP_CLEAR_MARGIN = 12;

export interface Probe {
  at(x: number, y: number): number;
}

export function probePage(grid: number): Probe {
  const width = document.documentElement.clientWidth || window.innerWidth;
  const height = window.innerHeight;
  const cols = Math.ceil(width / grid);
  const rows = Math.ceil(height / grid);
  const cells = new Float64Array(cols * rows);
  const mark = (r: DOMRect, margin: number, cost: number) => {
    if (r.width === 0 || r.height === 0 || r.bottom < -margin || r.top > height + margin || r.right < -margin || r.left > width + margin)
      return;
    const c0 = Math.max(0, Math.floor((r.left - margin) / grid));
    const c1 = Math.min(cols - 1, Math.floor((r.right + margin) / grid));
    const r0 = Math.max(0, Math.floor((r.top - margin) / grid));
    const r1 = Math.min(rows - 1, Math.floor((r.bottom + margin) / grid));
    for (let y = r0; y <= r1; y++) for (let x = c0; x <= c1; x++) cells[y * cols + x] = Math.max(cells[y * cols + x]!, cost);
  };
  const area = width * height;
  for (const element of document.querySelectorAll(INTERACTIVE)) {
    const r = element.getBoundingClientRect();
    // A focusable element this large is a scroll region (a board column's body), not a control.
    if (r.width * r.height >= area * REGION_SHARE && !element.matches(FORM_CONTROLS)) continue;
    mark(r, 0, 1);
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
