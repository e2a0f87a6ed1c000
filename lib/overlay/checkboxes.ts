import { effect } from '@preact/signals-core';
import type { SelectionModel } from '@/lib/selection/model';
import { OURS } from './mutations';

/**
 * The checkboxes crm-sweep puts into HubSpot's rows and cards. Each is a real `<input
 * type="checkbox">` named "Select <record name>", tagged `data-crmx` + `data-crmx-check="<kind>"`,
 * and remembers which record it stands for. Their checked state is always derived from the
 * selection model (one effect re-applies it to every connected box), never stored in the DOM.
 */
export type CheckKind = 'row' | 'card' | 'column' | 'page' | 'pipeline';

export interface CheckedItem {
  id: string;
  scopes: readonly string[];
}

/** The record a box stands for, kept on the box itself: a property of our own element reads and
 * writes faster than a WeakMap entry, which matters at 5,000 rows. */
const ITEM = Symbol('crm-sweep item');
type BoxWithItem = Element & { [ITEM]?: CheckedItem };

export function itemOf(box: Element): CheckedItem | undefined {
  return (box as BoxWithItem)[ITEM];
}

/**
 * One tagged, unnamed box per kind, built once: every box is a clone of it plus its name. Each DOM
 * call from the content script's isolated world is a crossing that costs far more than in the page
 * (wrappers are looked up per world), so one clone and one attribute beat a createElement and four
 * writes when 5,000 rows are decorated (overlay benchmark).
 */
const templates = new Map<CheckKind, HTMLInputElement>();

export function checkboxTemplate(kind: CheckKind): HTMLInputElement {
  let box = templates.get(kind);
  if (box === undefined) {
    box = document.createElement('input');
    box.type = 'checkbox';
    box.setAttribute(OURS, '');
    box.setAttribute('data-crmx-check', kind);
    templates.set(kind, box);
  }
  return box;
}

/** A tagged checkbox named `label` (unnamed without: the caller names it, see box-names.ts). */
export function createCheckbox(kind: CheckKind, label?: string): HTMLInputElement {
  const box = checkboxTemplate(kind).cloneNode() as HTMLInputElement;
  if (label !== undefined) box.setAttribute('aria-label', label);
  return box;
}

/** Takes a box out of the page. */
export function removeBox(box: Element): void {
  box.remove();
}

/**
 * A picked board card carries this mark (RecordCheckboxes' parentMark), for its ring (hubspot.content.css): a rule on the card's own
 * attribute restyles that card's children when it changes. The ring used to be reached from the
 * box through `~`, and while a page holds such a rule every box put into a card restyles the card's
 * other children: ~8 ms of each frame that boxes the 2,000-card board after the first pick
 * (~2 ms without).
 */
export const PICKED_CARD = 'data-crmx-picked';

/** The record checkboxes of one feature, kept in step with the model; removed on abort. */
export class RecordCheckboxes {
  /** An array, not a Set: no hash per box when 5,000 are made; disconnected ones are dropped on
   * the next pass over them. */
  private boxes: HTMLInputElement[] = [];

  constructor(
    private readonly kind: CheckKind,
    private readonly model: SelectionModel,
    signal: AbortSignal,
    /** An attribute the box's parent carries while its record is selected (board cards: PICKED_CARD). */
    private readonly parentMark?: string,
  ) {
    const dispose = effect(() => this.sync());
    signal.addEventListener(
      'abort',
      () => {
        dispose();
        for (const box of this.boxes) {
          if (this.parentMark) box.parentElement?.removeAttribute(this.parentMark);
          removeBox(box);
        }
        this.boxes = [];
      },
      { once: true },
    );
  }

  create(item: CheckedItem, label?: string): HTMLInputElement {
    return this.track(createCheckbox(this.kind, label), item);
  }

  /** Takes a fresh, unchecked clone of the kind's template the caller made itself (board cards
   * clone box and anchor in one go). */
  track(box: HTMLInputElement, item: CheckedItem): HTMLInputElement {
    (box as BoxWithItem)[ITEM] = item;
    this.boxes.push(box);
    const selected = !this.model.isEmpty.peek() && this.model.isSelected(item.id, item.scopes);
    // Unchecked as cloned: only a selected box is written to (each read or write of a box is a
    // crossing from our world, two per row of every page of rows otherwise).
    if (selected) box.checked = true;
    // Also when not selected: a parent whose box React took out may still carry an old mark.
    this.markParent(box, selected);
    return box;
  }

  private show(box: HTMLInputElement, selected: boolean): void {
    if (box.checked !== selected) box.checked = selected;
    this.markParent(box, selected);
  }

  /** The parent's mark follows the model, not the box: the user's click has ticked the box already. */
  private markParent(box: HTMLInputElement, selected: boolean): void {
    const mark = this.parentMark;
    if (!mark) return;
    const parent = box.parentElement;
    if (parent && parent.hasAttribute(mark) !== selected) parent.toggleAttribute(mark, selected);
  }

  /** Records whose boxes are on the page now (the current page of rows, the rendered cards). */
  connectedItems(): CheckedItem[] {
    this.boxes = this.boxes.filter((box) => box.isConnected);
    return this.boxes.map((box) => itemOf(box)!);
  }

  /** Re-applies the model to every box; forgets boxes HubSpot threw away with their rows. */
  private sync(): void {
    // Read the signals even when there are no boxes yet, so the effect always re-runs.
    void this.model.picked.value;
    void this.model.excluded.value;
    void this.model.scopes.value;
    this.boxes = this.boxes.filter((box) => box.isConnected);
    for (const box of this.boxes) {
      const item = itemOf(box)!;
      this.show(box, this.model.isSelected(item.id, item.scopes));
    }
  }
}
