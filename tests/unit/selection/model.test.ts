import { describe, expect, it } from 'vitest';
import { SelectionModel, type SelectionScope } from '@/lib/selection/model';

const card = (id: string, stage = 'New') => ({ id, scopes: ['pipeline', `stage:${stage}`] });
const column = (stage: string, shown: number): SelectionScope => ({ key: `stage:${stage}`, kind: 'stage', label: stage, shown });
const pipeline = (shown: number): SelectionScope => ({ key: 'pipeline', kind: 'pipeline', label: 'the whole pipeline', shown });

describe('picking records', () => {
  it('toggles a record on and off and counts it once however often it is picked', () => {
    const model = new SelectionModel();
    model.set([card('1'), card('1'), card('2')], true);
    expect(model.count.value).toBe(2);
    expect(model.toggle('1', card('1').scopes)).toBe(false);
    expect(model.pickedIds()).toEqual(['2']);
    expect(model.isSelected('1', card('1').scopes)).toBe(false);
  });

  it('keeps IDs as strings, even past 2^53', () => {
    const model = new SelectionModel();
    const big = '9007199254740993';
    model.toggle(big, card(big).scopes);
    expect(model.pickedIds()).toEqual([big]);
    expect(model.isSelected('9007199254740992', card('9007199254740992').scopes)).toBe(false);
  });

  it('refuses anything that is not a decimal record ID', () => {
    const model = new SelectionModel();
    for (const bad of ['', '0', '012', '1e3', ' 12', '12.0', 'abc']) {
      expect(() => model.toggle(bad, ['pipeline'])).toThrow(TypeError);
    }
    expect(model.isEmpty.value).toBe(true);
  });

  it('clear() empties picks, scopes and the anchor', () => {
    const model = new SelectionModel();
    model.toggle('1', card('1').scopes);
    model.setScopes([column('Won', 5)]);
    model.clear();
    expect(model.isEmpty.value).toBe(true);
    expect(model.count.value).toBe(0);
    expect(model.anchor).toBeNull();
  });
});

describe('ranges and the anchor', () => {
  const ordered = ['10', '11', '12', '13', '14'].map((id) => card(id));

  it('shift-click selects from the anchor to the target, in either direction', () => {
    const model = new SelectionModel();
    model.toggle('13', card('13').scopes);
    expect(model.selectRange(ordered, '11')).toBe(true);
    expect(model.pickedIds().sort()).toEqual(['11', '12', '13']);
    expect(model.anchor).toBe('13');
  });

  it('ctrl/cmd-click toggles without moving the anchor', () => {
    const model = new SelectionModel();
    model.toggle('10', card('10').scopes);
    model.toggle('14', card('14').scopes, { moveAnchor: false });
    expect(model.anchor).toBe('10');
    model.selectRange(ordered, '12');
    expect(model.pickedIds().sort()).toEqual(['10', '11', '12', '14']);
  });

  it('a range never reaches into another column: an anchor outside the list changes nothing', () => {
    const model = new SelectionModel();
    model.toggle('99', card('99', 'Other').scopes);
    expect(model.selectRange(ordered, '12')).toBe(false);
    expect(model.pickedIds()).toEqual(['99']);
  });

  it('a range re-selects records unticked inside a selected column', () => {
    const model = new SelectionModel();
    model.setScopes([column('New', 5)]);
    model.toggle('11', card('11').scopes);
    model.toggle('12', card('12').scopes);
    expect(model.count.value).toBe(3);
    model.anchor = '10';
    model.selectRange(ordered, '14');
    expect(model.count.value).toBe(5);
    expect(model.excludedIds()).toEqual([]);
  });
});

describe('columns, pipeline and "all N"', () => {
  it('a selected column covers its cards, counted by the number HubSpot shows', () => {
    const model = new SelectionModel();
    model.setScopes([column('New', 120)]);
    expect(model.count.value).toBe(120);
    expect(model.isSelected('5', card('5', 'New').scopes)).toBe(true);
    expect(model.isSelected('6', card('6', 'Won').scopes)).toBe(false);
  });

  it('counts the selected among given records: picks, and cards a column covers but for its exclusions', () => {
    const model = new SelectionModel();
    const cards = [card('1', 'New'), card('2', 'New'), card('3', 'Won'), card('4', 'Won')];
    expect(model.countSelected(cards)).toBe(0);
    model.toggle('3', card('3', 'Won').scopes);
    expect(model.countSelected(cards)).toBe(1);
    model.setScopes([column('New', 120)]);
    model.toggle('2', card('2', 'New').scopes);
    expect(model.countSelected(cards)).toBe(2);
  });

  it('unticking a card inside a selected column excludes it; ticking it again takes the exclusion back', () => {
    const model = new SelectionModel();
    model.setScopes([column('New', 120)]);
    model.toggle('5', card('5').scopes);
    expect(model.isSelected('5', card('5').scopes)).toBe(false);
    expect(model.excludedIds()).toEqual(['5']);
    expect(model.count.value).toBe(119);
    model.toggle('5', card('5').scopes);
    expect(model.excludedIds()).toEqual([]);
  });

  it('selecting a column absorbs the picks inside it (never counted twice), keeps picks elsewhere', () => {
    const model = new SelectionModel();
    model.set([card('1', 'New'), card('2', 'New'), card('3', 'Won')], true);
    model.setScopes([column('New', 10)]);
    expect(model.pickedIds()).toEqual(['3']);
    expect(model.count.value).toBe(11);
  });

  it('unselecting a column forgets the exclusions inside it', () => {
    const model = new SelectionModel();
    model.setScopes([column('New', 10), column('Won', 4)]);
    model.toggle('1', card('1', 'New').scopes);
    model.toggle('2', card('2', 'Won').scopes);
    model.setScopes([column('Won', 4)]);
    expect(model.excludedIds()).toEqual(['2']);
    expect(model.count.value).toBe(3);
  });

  it('the pipeline covers every column', () => {
    const model = new SelectionModel();
    model.setScopes([pipeline(500)]);
    expect(model.isSelected('7', card('7', 'Any stage').scopes)).toBe(true);
    expect(model.hasScope('pipeline')).toBe(true);
  });

  it("follows HubSpot's displayed counts when they change", () => {
    const model = new SelectionModel();
    model.setScopes([column('New', 10)]);
    const before = model.scopes.value;
    model.updateShown(new Map([['stage:Other', 3]]));
    expect(model.scopes.value).toBe(before);
    model.updateShown(new Map([['stage:New', 12]]));
    expect(model.count.value).toBe(12);
  });

  it('"select all N" on a table covers every row of every page', () => {
    const model = new SelectionModel();
    const row = (id: string) => ({ id, scopes: ['view'] as const });
    model.set([row('1'), row('2')], true);
    model.setScopes([{ key: 'view', kind: 'view', label: 'all 1,234 records', shown: 1234 }]);
    expect(model.pickedIds()).toEqual([]);
    expect(model.count.value).toBe(1234);
    model.set([row('1')], false);
    expect(model.count.value).toBe(1233);
  });
});
