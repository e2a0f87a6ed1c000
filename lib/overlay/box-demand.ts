/** A forward Tab is the keydown the focus change belongs to only this soon after it. */
const SAME_KEYSTROKE_MS = 100;

/** Whether a forward Tab that landed on `target` went past `box`'s place: not when `target` comes
 * first (HubSpot's own row checkbox, in a cell before the name's; the next Tab reaches our box). */
function passed(box: Element, target: Node): boolean {
  return (box.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/**
 * Until something is picked, a board card or a table row gets its checkbox when someone comes for
 * it, not before (board-cards.ts and table-rows.ts put every box once anything is picked). A box in
 * every card, even an unpainted one, cost a scrolled board +7–10 % of its paint, and a box in every
 * row of a 100-row table ~0.04 of the page's main-thread time through a load and three page
 * changes (tests/bench/README.md) — paid by everyone who only browses. Someone comes for it:
 * - a mouse moving in the item — moving, not merely over it: a column wheeled or a table scrolled
 *   under a still pointer passes dozens of items beneath it, and the browser sends those only
 *   `pointerover`; the box is then there before the pointer, which moved, can reach it;
 * - a pen or finger touching the item (no hover: `pointerover` comes with the touch, before the
 *   click is aimed);
 * - the keyboard focus entering the item. Where Tab moving forward into the item has already
 *   passed the box's place (a card's first child; in a row, in front of the name link), the focus
 *   is handed to the box, where the same Tab reaches with boxes on every item. Not when the focus
 *   landed before the box (HubSpot's own row checkbox: the next Tab comes to ours), nor on the item
 *   itself (HubSpot's draggable card comes before the box anyway, and its own keyboard use stays
 *   reachable), nor backwards (Shift+Tab goes on to the box next), nor when a script moves it.
 * The header's "select page" and the column and pipeline controls are always there: ticking one
 * boxes every item, which is how a screen reader's browse mode, which moves no focus, reaches them.
 *
 * `itemSelector` matches a card or a row; `put` adds the item's box and returns it, or null when the
 * item has one or cannot have one.
 */
export function putBoxesOnDemand(
  itemSelector: string,
  hasBox: (item: Element) => boolean,
  put: (item: Element) => HTMLInputElement | null,
  signal: AbortSignal,
): void {
  const itemOf = (target: EventTarget | null): Element | null => {
    const item = target instanceof Element ? target.closest(itemSelector) : null;
    return item && !hasBox(item) ? item : null;
  };
  const onPointer = (event: PointerEvent) => {
    if (event.type === 'pointerover' && event.pointerType === 'mouse') return;
    const item = itemOf(event.target);
    if (item) put(item);
  };
  const options = { capture: true, passive: true, signal } as const;
  document.addEventListener('pointermove', onPointer, options);
  document.addEventListener('pointerover', onPointer, options);

  let forwardTabAt = -Infinity;
  window.addEventListener(
    'keydown',
    (event) => {
      // A Shift+Tab right after a Tab (a key held down) is a backward move: not handed over.
      if (event.key === 'Tab') forwardTabAt = event.shiftKey ? -Infinity : performance.now();
    },
    options,
  );
  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      const item = itemOf(target);
      if (!item || (target as Element).hasAttribute('data-crmx-check')) return;
      const box = put(item);
      if (box && target !== item && performance.now() - forwardTabAt < SAME_KEYSTROKE_MS && passed(box, target as Node)) box.focus();
    },
    options,
  );
}
