import {
  CARD_SELECTOR,
  boardColumns,
  cardName,
  columnOfCard,
  readCardIdentity,
  visibleCardsOf,
  type BoardCardIdentity,
} from '@/lib/hubspot/page/board';
import { effect } from '@preact/signals-core';
import { BOARD_SELECTORS, queryList } from '@/lib/hubspot/page/selectors';
import { nameAsText, nameOrId } from './box-names';
import { putBoxesOnDemand } from './box-demand';
import { cardItem, cardScopes, columnLabel } from './card-item';
import { onCheckClick } from './check-clicks';
import { checkboxTemplate, PICKED_CARD, RecordCheckboxes } from './checkboxes';
import type { OverlayContext } from './context';
import { DecorationQueue } from './decoration-queue';
import { matchesIn } from './mutations';

/**
 * Board cards (HUBSPOT.md §1, §6): a checkbox per card, revealed on hover and shown on every card
 * once something is selected. Until then a card gets its box when the pointer or the focus comes
 * to it (box-demand.ts); while anything is picked, every card has one. Click toggles;
 * shift-click selects the range from the anchor within one column in display order; ctrl/cmd-click
 * toggles without moving the anchor.
 *
 * The board renders cards lazily and replaces them on refresh; React also drops nodes others put
 * into its cards. New cards are decorated as they arrive (batched per frame); a card whose box was
 * taken out gets it back on a later frame — and if that keeps happening to the same card, only
 * after a growing pause, so we never fight React in a loop.
 */

/**
 * The box is the card's first child, floated to its top-right corner with a margin box of zero
 * height and width (entrypoints/hubspot.content.css): no wrapper, not positioned, no layer of its own, so the card's
 * layout and the page's stacking stay as they were. It is cloned from one template (one DOM call,
 * see checkboxes.ts).
 */
const cloneBox = (): HTMLInputElement => checkboxTemplate('card').cloneNode() as HTMLInputElement;

/**
 * Script time per frame for the board's cards, not a count of cards. Each frame that adds boxes
 * has a fixed cost of pre-paint and paint of the whole board (~12 ms on the 2,000-card board on a
 * slow host) besides what it adds, so fewer, fuller frames cost less; but a frame's length grows
 * with its cards. With a count, the right one depended on the host: 240 a frame (tests/bench/
 * README.md) kept every frame under 50 ms where the decoration's script took ~27 µs a card (400
 * made 59–64 ms frames there), but on a host twice as fast the same 240 made nine short frames
 * whose fixed costs came to 0.53 of the page's own rendering. The script time a slice takes
 * follows the host's speed as its frame's rendering does, so a script budget keeps the frame's
 * length about the same on any host: 6.5 ms is ~240 cards where 240 was measured, ~430 on the
 * faster host (0.34, no frame over 50 ms).
 */
const BOARD_BUDGET_MS = 6.5;
const BACKOFF_AFTER = 3;
/** A card left alone this long starts over without a pause. */
const QUIET_MS = 10_000;
const MAX_BACKOFF_MS = 8_000;

export function initBoardCards(ctx: OverlayContext, signal: AbortSignal): void {
  const { model } = ctx;
  const boxes = new RecordCheckboxes('card', model, signal, PICKED_CARD);
  /** Card → its box, as a property of the card's wrapper in our own world (cheaper than a WeakMap). */
  const BOX = Symbol('crm-sweep card box');
  type Decorated = Element & { [BOX]?: HTMLInputElement };
  const removals = new WeakMap<Element, { count: number; last: number }>();
  // Column labels are read once per pass, not once per card.
  let labels = new Map<Element, string | null>();

  /**
   * Named "Select <title>" as text. Not by reference like table rows (box-names.ts): with
   * `ariaLabelledByElements` on 120 cards a frame, the frames that add them went over 50 ms on the
   * 2,000-card board in 10 of 15 loads here; named as text, in 0 and 4 of 15 in two runs (the
   * card-by-card pass before: 4 and 5), for about the same script time.
   */
  const putBox = (card: Decorated, record: BoardCardIdentity, scopes: readonly string[]) => {
    const box = cloneBox();
    nameAsText(box, nameOrId(cardName(record), record.id));
    card.prepend(box);
    card[BOX] = box;
    boxes.track(box, { id: record.id, scopes }); // in the card: a picked card's mark goes on it
  };

  /** A card HubSpot added or re-rendered, or whose box React took out. */
  const decorateCard = (card: Decorated) => {
    const existing = card[BOX];
    if (existing?.isConnected && existing.parentElement === card) return;
    existing?.remove(); // a box React moved elsewhere
    const item = cardItem(card, labels);
    if (item) putBox(card, item, item.scopes);
  };

  /** The first pass, a column at a time: the column (and so the stage) is known, not looked up. */
  const decorateColumn = (column: Element) => (cards: readonly Decorated[]) => {
    const label = columnLabel(column, labels);
    if (label === null) return;
    const scopes = cardScopes(label);
    for (const card of cards) {
      if (card[BOX] !== undefined) continue; // decorated as an added card meanwhile
      const record = readCardIdentity(card);
      if (record) putBox(card, record, scopes);
    }
  };
  const queue = new DecorationQueue(
    'board',
    decorateCard,
    signal,
    () => (labels = new Map()),
    (slice) => ctx.mutations.quietly(slice),
    BOARD_BUDGET_MS,
  );

  /** Puts a box React removed back: at once the first times, then after a growing pause. */
  const restore = (card: Element) => {
    const now = performance.now();
    const seen = removals.get(card);
    const count = seen && now - seen.last < QUIET_MS ? seen.count + 1 : 1;
    removals.set(card, { count, last: now });
    if (count <= BACKOFF_AFTER) return queue.add([card]);
    const delay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** (count - BACKOFF_AFTER));
    const timer = setTimeout(() => card.isConnected && queue.add([card]), delay);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  };

  const hasBox = (card: Decorated) => card[BOX]?.parentElement === card;
  /** Cards whose record cannot be read: not read again on every move of the pointer. */
  const unreadable = new WeakSet<Element>();
  putBoxesOnDemand(
    CARD_SELECTOR,
    (card) => hasBox(card) || unreadable.has(card),
    (card: Decorated) => {
      ctx.mutations.quietly(() => decorateCard(card));
      if (hasBox(card)) return card[BOX]!;
      unreadable.add(card);
      return null;
    },
    signal,
  );
  // Every card while anything is picked: the first pick boxes the board a frame at a time.
  let everyCard = false;
  const dispose = effect(() => {
    const picking = !model.isEmpty.value;
    if (picking && !everyCard) {
      for (const column of boardColumns()) queue.addFrom(() => queryList(column, BOARD_SELECTORS.card), decorateColumn(column));
    }
    everyCard = picking;
  });
  signal.addEventListener('abort', dispose, { once: true });
  ctx.mutations.subscribe(({ added, removedOurs }) => {
    if (everyCard) queue.add(matchesIn(added, CARD_SELECTOR), true);
    for (const { node, from } of removedOurs) {
      if (!node.hasAttribute('data-crmx-check') || !(from instanceof Element)) continue;
      const card = from.closest(CARD_SELECTOR);
      if (card?.isConnected) restore(card);
    }
  });

  onCheckClick('card', signal, ({ box, item, range, keepAnchor }) => {
    if (range && model.anchor !== null) {
      const column = columnOfCard(box);
      const labelsNow = new Map<Element, string | null>();
      const ordered = column ? visibleCardsOf(column).flatMap((card) => cardItem(card, labelsNow) ?? []) : [];
      if (model.selectRange(ordered, item.id)) return;
    }
    model.toggle(item.id, item.scopes, { moveAnchor: !keepAnchor });
  });
}
