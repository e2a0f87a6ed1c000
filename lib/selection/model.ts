import { batch, computed, signal } from '@preact/signals-core';
import { isRecordId } from '@/lib/hubspot/ids';

/**
 * What the user has selected on one page, keyed by record ID — never kept in the DOM, so a card or
 * row HubSpot re-renders shows its state again. Two kinds of selection mix:
 *  - picks: single records (a checkbox, a range, a page of rows);
 *  - scopes: everything of a column, a pipeline, a view or a list ("select all N"), counted by the
 *    number HubSpot displays and resolved to IDs by the background, with the records the user
 *    unticked inside a selected scope kept as exclusions.
 * Every record the page shows belongs to some scopes (`itemScopes`: a card to its pipeline and its
 * stage, a row to its view or list); a record is selected when a selected scope covers it and it
 * is not excluded, or when it is picked.
 */
export type ScopeKind = 'pipeline' | 'stage' | 'view' | 'list';

export interface SelectionScope {
  /** Unique per page: 'pipeline', 'stage:<label>', 'view', 'list'. */
  key: string;
  kind: ScopeKind;
  /** How the page names it: the stage's label, "all 1,234 records". */
  label: string;
  /** The count HubSpot displays for it. */
  shown: number;
}

/** Per record: the scopes it belongs to, remembered so a scope change can settle it. */
type Entries = ReadonlyMap<string, readonly string[]>;
const NONE: Entries = new Map();

function assertId(id: string): void {
  if (!isRecordId(id)) throw new TypeError(`Not a HubSpot record ID: ${JSON.stringify(id)}`);
}

export class SelectionModel {
  readonly picked = signal<Entries>(NONE);
  readonly excluded = signal<Entries>(NONE);
  readonly scopes = signal<readonly SelectionScope[]>([]);
  private readonly scopeKeys = computed(() => new Set(this.scopes.value.map((s) => s.key)));
  /** Records selected, as far as the page can count them before the background resolves. */
  readonly count = computed(
    () => this.scopes.value.reduce((sum, s) => sum + s.shown, 0) + this.picked.value.size - this.excluded.value.size,
  );
  readonly isEmpty = computed(() => this.scopes.value.length === 0 && this.picked.value.size === 0);
  /** Where a shift-click range starts: the record last clicked without ctrl/cmd. */
  anchor: string | null = null;

  private covered(itemScopes: readonly string[]): boolean {
    const keys = this.scopeKeys.value;
    return itemScopes.some((k) => keys.has(k));
  }

  isSelected(id: string, itemScopes: readonly string[]): boolean {
    return this.covered(itemScopes) ? !this.excluded.value.has(id) : this.picked.value.has(id);
  }

  /** How many of `records` are selected; while nothing is (browsing), none, without a read per record. */
  countSelected(records: ReadonlyArray<{ id: string; scopes: readonly string[] }>): number {
    return this.isEmpty.value ? 0 : records.filter((r) => this.isSelected(r.id, r.scopes)).length;
  }

  hasScope(key: string): boolean {
    return this.scopeKeys.value.has(key);
  }

  /** Selects or unselects records (a page of rows, a range); IDs seen twice count once. */
  set(records: ReadonlyArray<{ id: string; scopes: readonly string[] }>, selected: boolean): void {
    const picked = new Map(this.picked.value);
    const excluded = new Map(this.excluded.value);
    for (const { id, scopes } of records) {
      assertId(id);
      if (this.covered(scopes)) {
        if (selected) excluded.delete(id);
        else excluded.set(id, scopes);
      } else if (selected) picked.set(id, scopes);
      else picked.delete(id);
    }
    batch(() => {
      this.picked.value = picked;
      this.excluded.value = excluded;
    });
  }

  /** A click: flips one record. `moveAnchor: false` is ctrl/cmd-click, which keeps the range start. */
  toggle(id: string, scopes: readonly string[], opts: { moveAnchor?: boolean } = {}): boolean {
    const selected = !this.isSelected(id, scopes);
    this.set([{ id, scopes }], selected);
    if (opts.moveAnchor !== false) this.anchor = id;
    return selected;
  }

  /**
   * Shift-click: selects every record from the anchor to `targetId` in `ordered` (display order of
   * one column or one page). False, and nothing changed, when the anchor is not in `ordered`.
   */
  selectRange(ordered: ReadonlyArray<{ id: string; scopes: readonly string[] }>, targetId: string): boolean {
    const from = ordered.findIndex((r) => r.id === this.anchor);
    const to = ordered.findIndex((r) => r.id === targetId);
    if (from < 0 || to < 0) return false;
    this.set(ordered.slice(Math.min(from, to), Math.max(from, to) + 1), true);
    return true;
  }

  /**
   * Replaces the selected scopes. Picks a new scope covers are dropped (they are counted by the
   * scope now) and exclusions no scope covers any more are forgotten.
   */
  setScopes(scopes: readonly SelectionScope[]): void {
    const keys = new Set(scopes.map((s) => s.key));
    const coveredBy = (itemScopes: readonly string[]) => itemScopes.some((k) => keys.has(k));
    const picked = new Map([...this.picked.value].filter(([, s]) => !coveredBy(s)));
    const excluded = new Map([...this.excluded.value].filter(([, s]) => coveredBy(s)));
    batch(() => {
      this.scopes.value = [...scopes];
      this.picked.value = picked;
      this.excluded.value = excluded;
    });
  }

  /** Updates the displayed counts of selected scopes (HubSpot refreshed its numbers). */
  updateShown(shownByKey: ReadonlyMap<string, number>): void {
    const scopes = this.scopes.value;
    if (!scopes.some((s) => shownByKey.has(s.key) && shownByKey.get(s.key) !== s.shown)) return;
    this.scopes.value = scopes.map((s) => ({ ...s, shown: shownByKey.get(s.key) ?? s.shown }));
  }

  clear(): void {
    batch(() => {
      this.scopes.value = [];
      this.picked.value = NONE;
      this.excluded.value = NONE;
    });
    this.anchor = null;
  }

  /** Picked record IDs in the order they were picked. */
  pickedIds(): string[] {
    return [...this.picked.value.keys()];
  }

  excludedIds(): string[] {
    return [...this.excluded.value.keys()];
  }
}
