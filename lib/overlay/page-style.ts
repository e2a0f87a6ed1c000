import { effect } from '@preact/signals-core';
import { anyOf, BOARD_SELECTORS } from '@/lib/hubspot/page/selectors';
import { NAME_LINK_SELECTOR } from '@/lib/hubspot/page/table';
import { cardCoversFloats } from './card-stacking';
import type { OverlayContext } from './context';
import { OURS } from './mutations';

/**
 * The styles our in-page controls need live in entrypoints/hubspot.content.css, which the
 * browser applies from the manifest before the page first paints; this module adds only a sheet
 * for boards whose cards would cover our boxes, and switches hubspot.content.css's picking rules. Why so:
 * - Any sheet added to a page makes Chromium restyle all of it (an empty one too: ~9 ms on a
 *   2,000-card board), and the table's reserved room for the row boxes (hubspot.content.css), added after
 *   the table had painted, moved every name link: the overlay's start cost the 100-row table one
 *   more frame of layout and paint (~25 ms against ~16 ms with the room already there, measured
 *   by putting 100 boxes into a painted table). With the room there from the first paint, the
 *   boxes drop into it.
 * - Board cards and table rows hide their checkbox until hovered or focused; once anything is
 *   selected every card and row shows it, as HubSpot's own board does — hubspot.content.css's
 *   picking rules, switched by one mark on <html>: no per-card writes, and the browser restyles
 *   only our boxes (the rules' last part). A sheet added with the first pick made the browser
 *   restyle the whole board in the pick's task (~11 ms of its 30–47 on the 2,000-card board,
 *   against ~3 ms for the mark; tests/bench/README.md).
 * The card's box costs the browser as little as a box can (tests/bench/README.md): it is floated
 * into the card's top-right corner with a margin box of zero size, so it moves nothing and needs no
 * positioned wrapper, stacking context or layer; hidden, it is `appearance:none` with no border (a
 * transparent one is still drawn), nothing to paint, not `opacity:0` (an opacity below 1 gives
 * each box a paint layer of its own), and unlike `visibility:hidden` or `display:none` it stays
 * focusable and in the accessibility tree. Even so, a rendered box in every card cost a scrolled
 * board +7–10 % of its paint, so a card gets its box only when someone comes for it
 * (box-demand.ts). Hovered, it is drawn as an empty box by an inset outline and its
 * background: a paint-only change (a border, `appearance` or `position` lays the card out again
 * each time the pointer meets another card, also while a column scrolls under a still pointer).
 * Checked, focused, or once anything is picked, it is the native box. A float paints below
 * positioned content, so where something in HubSpot's card would cover it (card-stacking.ts) every
 * box is lifted (LIFT). No fade: it would need the opacity layer back.
 */
const CARD = anyOf(BOARD_SELECTORS.card);
/** hubspot.content.css's mark for "something is picked": every card's and row's box shown, the
 * picked cards ringed. */
const PICKING = 'data-crmx-picking';
/**
 * Only where something in HubSpot's card would paint over a float (card-stacking.ts): every box
 * lifted (relative, z-index 1 — no offset, so nothing moves), all the time, so that hovering never
 * changes a box's layout. Not everywhere: a lifted box is a paint layer of its own, and once
 * anything is picked the board has one in every card (2,000 layers made the first pick's
 * decoration frames of the 2,000-card board 51–59 ms, against ~30 unlifted).
 */
const LIFT = `[data-crmx-check="card"]{position:relative;z-index:1}`;

/** Makes the browser restyle the page now, in this task, for a sheet just added. */
function restyleNow(): void {
  getComputedStyle(document.documentElement).display;
}

function styleElement(text: string, name: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.setAttribute(OURS, '');
  style.setAttribute('data-crmx-style', name);
  style.textContent = text;
  (document.head ?? document.documentElement).append(style);
  return style;
}

export function initPageStyle(ctx: OverlayContext, signal: AbortSignal): void {
  const lift = ctx.page.kind === 'board' && cardCoversFloats(document.querySelector(CARD)) ? styleElement(LIFT, 'lift') : null;
  if (lift) {
    // Restyled now, in the task that starts the overlay, not in a later frame that has the first
    // boxes' style, layout and paint already. In the frame a board has just appeared in
    // (ctx.inFrame) that restyle is part of the frame anyway.
    if (!ctx.inFrame) restyleNow();
  }
  const root = document.documentElement;
  const dispose = effect(() => {
    root.toggleAttribute(PICKING, !ctx.model.isEmpty.value);
  });
  signal.addEventListener(
    'abort',
    () => {
      dispose();
      root.removeAttribute(PICKING);
      lift?.remove();
    },
    { once: true },
  );
}

/** hubspot.content.css's mark for "no row boxes here". */
const ROOM_OFF = 'data-crmx-off';

/**
 * hubspot.content.css reserves room in front of a table's name links for the row boxes; where the overlay
 * does not start (a page it does not serve, or a table it cannot read) the room is taken back by
 * a mark on <html> — set only where such a link is, since setting it restyles the whole page.
 */
export function reserveRowRoom(reserve: boolean): void {
  const root = document.documentElement;
  if (reserve) root.removeAttribute(ROOM_OFF);
  else if (!root.hasAttribute(ROOM_OFF) && document.querySelector(NAME_LINK_SELECTOR) !== null) root.setAttribute(ROOM_OFF, '');
}
