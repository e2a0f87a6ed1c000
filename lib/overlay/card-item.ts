import { readCardIdentity, readColumn, columnOfCard, type BoardCardIdentity } from '@/lib/hubspot/page/board';
import type { CheckedItem } from './checkboxes';

/* A board card's record and the selection scopes it belongs to (its pipeline and its stage). */

/** Scopes are shared per column label: 2,000 cards make 7 arrays, not 2,000. */
const scopesByLabel = new Map<string, readonly string[]>();

export function cardScopes(columnLabel: string): readonly string[] {
  let scopes = scopesByLabel.get(columnLabel);
  if (scopes === undefined) {
    scopes = ['pipeline', `stage:${columnLabel}`];
    scopesByLabel.set(columnLabel, scopes);
  }
  return scopes;
}

/** A column's stage name, read once per decoration pass (`labels`), not once per card. */
export function columnLabel(column: Element, labels?: Map<Element, string | null>): string | null {
  let label = labels?.get(column);
  if (label === undefined) {
    label = readColumn(column as HTMLElement)?.label ?? null;
    labels?.set(column, label);
  }
  return label;
}

/** A card's record and the scopes it belongs to, or null when either cannot be read for sure. */
export function cardItem(card: Element, labels?: Map<Element, string | null>): (CheckedItem & BoardCardIdentity) | null {
  const column = columnOfCard(card);
  const label = column && columnLabel(column, labels);
  const record = label ? readCardIdentity(card) : null;
  return record && label ? { ...record, scopes: cardScopes(label) } : null;
}
