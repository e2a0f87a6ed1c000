import type { BoardColumnInfo } from '@/lib/hubspot/page/board';
import { text } from '@/lib/i18n/text';
import type { SelectionModel } from '@/lib/selection/model';
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
