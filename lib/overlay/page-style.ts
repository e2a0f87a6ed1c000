import { effect } from '@preact/signals';
import { anyOf, BOARD_SELECTORS, RECORD_ID_SOURCES } from '@/lib/hubspot/page/selectors';
import { NAME_LINK_SELECTOR } from '@/lib/hubspot/page/table';
import { cardCoversFloats } from './card-stacking';
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
 * is `appearance:none` with no border (a transparent one is still drawn), nothing to paint, not
 * `opacity:0` (an opacity below 1 gives each of 2,000 boxes a paint layer of its own), and unlike
 * `visibility:hidden` or `display:none` it stays focusable and in the accessibility tree. Being
 * rendered at all is what a box still costs: +7–10 % of a scrolled column's paint, whatever the
 * element and however it is placed (tests/bench/README.md). Hovered, it is drawn as an empty box
 * by an inset outline and its background: a paint-only change (a border, `appearance` or
 * `position` lays the card out again each time the pointer meets another card, also while a
 * column scrolls under a still pointer: ~100 layouts over the lazy board's scroll). Checked, focused, or once anything is picked, it is the native box,
 * lifted (relative, z-index 1 — no offset, so nothing moves): a float paints below positioned
 * content. Hovered, it is lifted too where something in HubSpot's card would cover it
 * (card-stacking.ts). No fade: it would need the opacity layer back.
 * A table row's box takes no room of its own: the room in front of each name link is reserved
 * by one rule, there before the first box (24 px: the box and its 8 px gap), and the box's margin
 * box is of zero width. Putting a box in then changes no column's width, so Chromium keeps the
 * other rows' layout instead of laying out the whole table again for every slice of boxes.
 * Focus ring of our checkboxes: a dark ring (#1b2a3a) on a white halo — 12.7:1 against a board
 * column (#eaf0f6), 14.6:1 against a card or row, 13:1 against a selected row, and the halo keeps
 * it ≥ 3:1 on dark surfaces too (WCAG 2.4.7/1.4.11; HubSpot's teal was 3.2:1 against the column).
 * "Select all in pipeline" sits in a zero-height anchor above the board, drawn over the board's
 * top edge on the right: it takes no space in the page's flow, so the board never moves.
 */
const CARD = anyOf(BOARD_SELECTORS.card);
/** The card's visible body, the child the ring goes on: named, not "any child but ours" — a
 * rule whose last part matches any element makes the browser restyle the whole page when our
 * sheet is added (a 2,000-card board: one long frame). Reached from the box (the card's first
 * child) as a later sibling, not with `card:has(> box:checked)`: a `:has()` anchor is checked
 * again whenever a child goes into it, so every box put into a card restyled the card. */
const CARD_BODY = `:is([${RECORD_ID_SOURCES.draggableAttribute}], [data-test-id="cdb-card"])`;
const ACCENT = '#ff5c35';

/** A page gets only its own kind's rules: the table's name-link rule, for one, would also match
 * every card title on a board, for nothing. */
const COMMON = `
[data-crmx-check]{box-sizing:border-box;width:16px;height:16px;margin:0 8px 0 0;vertical-align:middle;accent-color:${ACCENT};cursor:pointer;flex:none}
[data-crmx-check]:focus-visible{outline:2px solid #1b2a3a;outline-offset:2px;box-shadow:0 0 0 2px #fff}
`;
const TABLE = `${NAME_LINK_SELECTOR}{margin-inline-start:24px}
[data-crmx-check="row"]:not([data-crmx-inline]){margin:0;margin-inline-end:-16px}
`;
const BOARD = `[data-crmx-check="card"]{float:right;margin:2px 2px -18px -18px;appearance:none;border:0;border-radius:2px}
${CARD}:hover>[data-crmx-check]:not(:checked,:focus-visible){outline:1px solid #767676;outline-offset:-1px;background:#fff}
[data-crmx-check="card"]:focus-visible,[data-crmx-check="card"]:checked{appearance:auto;position:relative;z-index:1}
[data-crmx-pipeline-anchor]{display:block;position:relative;height:0;margin:0;padding:0;z-index:3}
[data-crmx-pipeline]{position:absolute;right:0;bottom:0;display:flex;align-items:center;gap:6px;margin:0;padding:1px 6px;font:500 13px/1.4 system-ui,sans-serif;color:#33475b;background:#fff;border-radius:4px;cursor:pointer;width:max-content}
[data-crmx-pipeline]>input{margin:0}
`;
/**
 * Only while something is picked (the sheet's media is switched on with the first pick). The ring's
 * sibling combinator is here, not in BOARD, for speed: while a page holds a `~` rule, every box put
 * into a card restyles the card's other children (Chromium's sibling invalidation), ~7 ms a frame
 * of the 2,000-card board's decoration; a ring can only show once something is picked anyway.
 */
const PICKING = `[data-crmx-check="card"]{appearance:auto;position:relative;z-index:1}
${CARD}:hover>[data-crmx-check]:not(:checked,:focus-visible){outline:0}
[data-crmx-check="card"]:checked~${CARD_BODY}{box-shadow:0 0 0 2px ${ACCENT};border-radius:4px}`;
/** Only where a card would cover the box (card-stacking.ts). */
const HOVER_LIFT = `${CARD}:hover>[data-crmx-check]{position:relative;z-index:1}`;

function styleElement(text: string, name: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.setAttribute(OURS, '');
  style.setAttribute('data-crmx-style', name);
  style.textContent = text;
  return style;
}

export function initPageStyle(ctx: OverlayContext, signal: AbortSignal): void {
  const base = styleElement(COMMON + (ctx.page.kind === 'board' ? BOARD : TABLE), 'base');
  const picking = styleElement(PICKING, 'picking');
  const lift = styleElement(HOVER_LIFT, 'hover-lift');
  if (ctx.page.kind !== 'board' || !cardCoversFloats(document.querySelector(CARD))) lift.media = 'not all';
  // Off before it is added, not by the effect after: a sheet that is on for a moment makes
  // Chromium restyle every card body its ring rule names (2,000 on a large board).
  picking.media = ctx.model.isEmpty.peek() ? 'not all' : 'all';
  (document.head ?? document.documentElement).append(base, picking, lift);
  // Any sheet added to a page makes Chromium restyle all of it (an empty one too: ~9 ms on a
  // 2,000-card board). Done now, in the task that starts the overlay, not in the first decoration
  // frame, which holds the first 240 boxes' style, layout and paint already (that frame went over
  // 50 ms in 1 of 14 loads of the 2,000-card board in each of two bench runs). In the frame a
  // table or board has just appeared in (ctx.inFrame) that restyle is part of the frame anyway.
  if (!ctx.inFrame) getComputedStyle(document.documentElement).display;
  const dispose = effect(() => {
    picking.media = ctx.model.isEmpty.value ? 'not all' : 'all';
  });
  signal.addEventListener(
    'abort',
    () => {
      dispose();
      base.remove();
      picking.remove();
      lift.remove();
    },
    { once: true },
  );
}
