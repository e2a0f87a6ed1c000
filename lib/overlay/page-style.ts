import { effect } from '@preact/signals';
import { anyOf, BOARD_SELECTORS, RECORD_ID_SOURCES } from '@/lib/hubspot/page/selectors';
import type { OverlayContext } from './context';
import { OURS } from './mutations';

/**
 * The few styles our in-page controls need (the action bar has its own, in its shadow root).
 * Selectors are attribute-only: ours are `data-crmx-*`, HubSpot's come from selectors.ts.
 * Board cards hide their checkbox until hovered or focused; once anything is selected every card
 * shows it, as HubSpot's own board does — that second sheet is switched with its `media`: one
 * change for the whole board, no per-card writes.
 * The card's box costs the browser as little as a box can (a lazy board's scroll with crm-sweep
 * cost ~1.36x the main-thread time without, nearly all of it rendering our per-card nodes, see
 * tests/bench/README.md): it is floated into the card's top-right corner with a margin box of zero
 * size, so it moves nothing and needs no positioned wrapper, stacking context or layer; hidden, it
 * is `appearance:none` with nothing to paint, not `opacity:0` (an opacity below 1 gives each of
 * 2,000 boxes a paint layer of its own) — and unlike `visibility:hidden` it stays focusable. No
 * fade: `appearance` does not transition, and a fade would need the opacity layer back. Shown, it
 * is lifted (relative, z-index 1 — no offset, so nothing moves): a float paints below positioned
 * content, and HubSpot's card body may be positioned; the layer exists only while a box shows.
 * Focus ring of our checkboxes: a dark ring (#1b2a3a) on a white halo — 12.7:1 against a board
 * column (#eaf0f6), 14.6:1 against a card or row, 13:1 against a selected row, and the halo keeps
 * it ≥ 3:1 on dark surfaces too (WCAG 2.4.7/1.4.11; HubSpot's teal was 3.2:1 against the column).
 * "Select all in pipeline" sits in a zero-height anchor above the board, drawn over the board's
 * top edge on the right: it takes no space in the page's flow, so the board never moves.
 */
const CARD = anyOf(BOARD_SELECTORS.card);
/** The card's visible body, the child the ring goes on: named, not "any child but ours" — a
 * rule whose last part matches any element makes the browser restyle the whole page when our
 * sheet is added (a 2,000-card board: one long frame). */
const CARD_BODY = `:is([${RECORD_ID_SOURCES.draggableAttribute}], [data-test-id="cdb-card"])`;
const ACCENT = '#ff5c35';

const BASE = `
[data-crmx-check]{box-sizing:border-box;width:16px;height:16px;margin:0 8px 0 0;vertical-align:middle;accent-color:${ACCENT};cursor:pointer;flex:none}
[data-crmx-check]:focus-visible{outline:2px solid #1b2a3a;outline-offset:2px;box-shadow:0 0 0 2px #fff}
[data-crmx-check="card"]{float:right;margin:2px 2px -18px -18px;appearance:none}
${CARD}:hover>[data-crmx-check],[data-crmx-check="card"]:focus-visible,[data-crmx-check="card"]:checked{appearance:auto;position:relative;z-index:1}
${CARD}:has(>[data-crmx-check]:checked)>${CARD_BODY}{box-shadow:0 0 0 2px ${ACCENT};border-radius:4px}
[data-crmx-pipeline-anchor]{display:block;position:relative;height:0;margin:0;padding:0;z-index:3}
[data-crmx-pipeline]{position:absolute;right:0;bottom:0;display:flex;align-items:center;gap:6px;margin:0;padding:1px 6px;font:500 13px/1.4 system-ui,sans-serif;color:#33475b;background:#fff;border-radius:4px;cursor:pointer;width:max-content}
[data-crmx-pipeline] input{margin:0}
`;
const PICKING = `[data-crmx-check="card"]{appearance:auto;position:relative;z-index:1}`;

function styleElement(text: string, name: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.setAttribute(OURS, '');
  style.setAttribute('data-crmx-style', name);
  style.textContent = text;
  return style;
}

export function initPageStyle(ctx: OverlayContext, signal: AbortSignal): void {
  const base = styleElement(BASE, 'base');
  const picking = styleElement(PICKING, 'picking');
  (document.head ?? document.documentElement).append(base, picking);
  const dispose = effect(() => {
    picking.media = ctx.model.isEmpty.value ? 'not all' : 'all';
  });
  signal.addEventListener(
    'abort',
    () => {
      dispose();
      base.remove();
      picking.remove();
    },
    { once: true },
  );
}
