import { describe, expect, it } from 'vitest';
import type { BoardColumnInfo } from '@/lib/hubspot/page/board';
import { buildBoardQuery, isWholePipeline, scopesWithColumnToggled, shownByScope, stageKey } from '@/lib/overlay/board-query';
import { SelectionModel } from '@/lib/selection/model';

// The board's scope math is pure: the columns as read from the page (element fields unused).
const column = (label: string, shown: number | null) => ({ label, shown }) as BoardColumnInfo;
const COLUMNS = [column('Appointment scheduled', 37), column('Closed won', 5), column('Closed lost', 2)];
const stage = (c: BoardColumnInfo) => ({ key: stageKey(c.label), kind: 'stage' as const, label: c.label, shown: c.shown! });

describe('board scopes', () => {
  it('toggles one column on and off, leaving the others as they were', () => {
    const model = new SelectionModel();
    model.setScopes(scopesWithColumnToggled(model, COLUMNS, 'Closed won'));
    expect(model.scopes.value.map((s) => s.label)).toEqual(['Closed won']);
    model.setScopes(scopesWithColumnToggled(model, COLUMNS, 'Closed lost'));
    expect(model.scopes.value.map((s) => s.label)).toEqual(['Closed won', 'Closed lost']);
    model.setScopes(scopesWithColumnToggled(model, COLUMNS, 'Closed won'));
    expect(model.scopes.value.map((s) => s.label)).toEqual(['Closed lost']);
  });

  it('turns the whole pipeline into its other columns when one is unticked', () => {
    const model = new SelectionModel();
    model.setScopes([{ key: 'pipeline', kind: 'pipeline', label: 'the whole pipeline', shown: 44 }]);
    const scopes = scopesWithColumnToggled(model, COLUMNS, 'Closed won');
    expect(scopes).toEqual([stage(COLUMNS[0]!), stage(COLUMNS[2]!)]);
  });

  it('never offers a column whose count it cannot read', () => {
    const model = new SelectionModel();
    const columns = [column('Appointment scheduled', 37), column('Q3 2026', null)];
    expect(scopesWithColumnToggled(model, columns, 'Q3 2026')).toEqual([]);
  });

  it('calls the pipeline whole when picked as such or column by column, never when empty', () => {
    const model = new SelectionModel();
    expect(isWholePipeline(model, [])).toBe(false);
    expect(isWholePipeline(model, COLUMNS)).toBe(false);
    model.setScopes(COLUMNS.map(stage));
    expect(isWholePipeline(model, COLUMNS)).toBe(true);
    model.setScopes([{ key: 'pipeline', kind: 'pipeline', label: 'the whole pipeline', shown: 44 }]);
    expect(isWholePipeline(model, COLUMNS)).toBe(true);
  });

  it('counts the pipeline only when every column shows its count', () => {
    expect(shownByScope(COLUMNS)).toEqual(
      new Map([
        [stageKey('Appointment scheduled'), 37],
        [stageKey('Closed won'), 5],
        [stageKey('Closed lost'), 2],
        ['pipeline', 44],
      ]),
    );
    expect(shownByScope([column('Open', 3), column('Done', null)])).toEqual(new Map([[stageKey('Open'), 3]]));
  });

  it('sends a part of a board with an unreadable count as a refusal, the whole of it with the API count', () => {
    const model = new SelectionModel();
    const columns = [column('Open', 3), column('Done', null)];
    model.setScopes([stage(columns[0]!)]);
    expect(buildBoardQuery(model, columns, null)).toHaveProperty('refused');
    model.setScopes([{ key: 'pipeline', kind: 'pipeline', label: 'the whole pipeline', shown: 9 }]);
    expect(buildBoardQuery(model, columns, 9)).toMatchObject({ displayedTotal: 9, totalFrom: 'api' });
  });
});
