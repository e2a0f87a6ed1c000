import { CARD_SELECTOR } from '@/lib/hubspot/page/board';

/** A forward Tab is the keydown the focus change belongs to only this soon after it. */
const SAME_KEYSTROKE_MS = 100;

/**
 * Until something is picked, a board card gets its checkbox when someone comes for it, not before
 * (board-cards.ts puts every card's box once anything is picked). A box in every card, even an
 * unpainted one, cost a scrolled board +7–10 % of its paint (tests/bench/README.md), paid by
 * everyone who only browses the board. Someone comes for it:
 * - a mouse moving in the card — moving, not merely over it: a column wheeled under a still
 *   pointer passes dozens of cards beneath it, and the browser sends those only `pointerover`;
 *   the box is then there before the pointer, which moved, can reach its corner;
 * - a pen or finger touching the card (no hover: `pointerover` comes with the touch, before the
 *   click is aimed);
 * - the keyboard focus entering the card. The box is the card's first child, so Tab moving forward
 *   into the card has already passed its place: the focus is handed to the box, where the same Tab
 *   reaches with boxes on every card. Not when the card itself takes the focus (HubSpot's draggable
 *   card comes before the box anyway, and its own keyboard use stays reachable), nor backwards
 *   (Shift+Tab goes on to the box next), nor when a script moves the focus.
 *
 * `put` adds the card's box and returns it, or null when the card has one or cannot have one.
 */
export function putCardBoxesOnDemand(
  hasBox: (card: Element) => boolean,
  put: (card: Element) => HTMLInputElement | null,
  signal: AbortSignal,
): void {
  const cardOf = (target: EventTarget | null): Element | null => {
    const card = target instanceof Element ? target.closest(CARD_SELECTOR) : null;
    return card && !hasBox(card) ? card : null;
  };
  const onPointer = (event: PointerEvent) => {
    if (event.type === 'pointerover' && event.pointerType === 'mouse') return;
    const card = cardOf(event.target);
    if (card) put(card);
  };
  const options = { capture: true, passive: true, signal } as const;
  document.addEventListener('pointermove', onPointer, options);
  document.addEventListener('pointerover', onPointer, options);

  let forwardTabAt = -Infinity;
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Tab' && !event.shiftKey) forwardTabAt = performance.now();
    },
    options,
  );
  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      const card = cardOf(target);
      if (!card || (target as Element).hasAttribute('data-crmx-check')) return;
      const box = put(card);
      if (box && target !== card && performance.now() - forwardTabAt < SAME_KEYSTROKE_MS) box.focus();
    },
    options,
  );
}
