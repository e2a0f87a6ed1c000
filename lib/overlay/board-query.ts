import type { BoardColumnInfo } from '@/lib/hubspot/page/board';
import { text } from '@/lib/i18n/text';
import type { SelectionModel, SelectionScope } from '@/lib/selection/model';
import type { SelectionQuery } from '@/lib/selection/query';
import type { QueryBuilder } from './context';

/**
 * The board's selected scopes as the query the background resolves: every column with its label
 * and displayed count (so the background can tell the pipeline), the selected ones marked. When a
 * column shows no count only the whole pipeline can be sent, with the API's count (`apiCount`)
 * standing in for the board's total; a part of such a board is refused.
 */
export const stageKey = (label: string) => `stage:${label}`;

export function boardQuery(
  columns: readonly BoardColumnInfo[],
  isSelected: (label: string) => boolean,
): SelectionQuery & { kind: 'board' } {
  return { kind: 'board', columns: columns.map((c) => ({ label: c.label, shown: c.shown, selected: isSelected(c.label) })) };
}

export function buildBoardQuery(
  model: SelectionModel,
  columns: readonly BoardColumnInfo[],
  apiCount: number | null,
): ReturnType<QueryBuilder> {
  const whole = model.hasScope('pipeline');
  if (columns.some((c) => c.shown === null)) {
    if (!whole || apiCount === null) return { refused: text('overlay.columnCountsUnreadable') };
    return { query: boardQuery(columns, () => true), displayedTotal: apiCount, totalFrom: 'api' };
  }
  const query = boardQuery(columns, (label) => whole || model.hasScope(stageKey(label)));
  return { query, displayedTotal: query.columns.reduce((sum, c) => sum + (c.selected ? c.shown! : 0), 0) };
}

/** A column's scope, or null when its count cannot be read (it gets no control, see board-columns.ts). */
function stageScope(column: BoardColumnInfo): SelectionScope | null {
  return column.shown === null ? null : { key: stageKey(column.label), kind: 'stage', label: column.label, shown: column.shown };
}

/** The scopes once the column `label` is toggled: the whole pipeline, if picked, becomes its columns. */
export function scopesWithColumnToggled(model: SelectionModel, columns: readonly BoardColumnInfo[], label: string): SelectionScope[] {
  const scopes = columns.flatMap((c) => stageScope(c) ?? []);
  const selected = new Set(model.hasScope('pipeline') ? scopes.map((s) => s.key) : model.scopes.value.map((s) => s.key));
  if (selected.has(stageKey(label))) selected.delete(stageKey(label));
  else selected.add(stageKey(label));
  return scopes.filter((s) => selected.has(s.key));
}

/** The pipeline picked as such, or every one of its columns. */
export function isWholePipeline(model: SelectionModel, columns: readonly BoardColumnInfo[]): boolean {
  if (model.hasScope('pipeline')) return true;
  return columns.length > 0 && columns.every((c) => model.hasScope(stageKey(c.label)));
}

/** The pipeline's total as the board shows it: its columns' counts, null if one shows none. */
export function pipelineShown(columns: readonly BoardColumnInfo[]): number | null {
  return columns.some((c) => c.shown === null) ? null : columns.reduce((sum, c) => sum + c.shown!, 0);
}

/** The counts HubSpot shows now, by scope; the pipeline's only when every column shows one. */
export function shownByScope(columns: readonly BoardColumnInfo[]): Map<string, number> {
  const shown = new Map(columns.flatMap((c) => (c.shown === null ? [] : [[stageKey(c.label), c.shown] as const])));
  const pipeline = pipelineShown(columns);
  if (pipeline !== null) shown.set('pipeline', pipeline);
  return shown;
}
