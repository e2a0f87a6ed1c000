import { expect } from '@playwright/test';
import type { Sandbox } from '../sandbox/server';
import { extensionTable, type LoadedExtension } from '../support/extension';

export interface IdMapping {
  oldId: string;
  newId: string;
  how: string;
}

/**
 * What undo must bring back for one record, in terms that survive a new record ID: the given
 * properties, its associations (with their types and labels), and its static list memberships
 * (active lists re-add members by themselves).
 */
export function recordState(sandbox: Sandbox, objectTypeId: string, id: string, properties: readonly string[]) {
  const store = sandbox.store;
  const values = store.get(objectTypeId, id)!.properties;
  const associations = store
    .associationsOf(objectTypeId, id)
    .map(
      (a) =>
        `${a.toObjectTypeId}/${a.toObjectId}: ${a.types
          .map((t) => `${t.category}/${t.typeId}/${t.label ?? '-'}`)
          .sort()
          .join(' ')}`,
    )
    .sort();
  const lists = store.lists
    .listsOf(objectTypeId, id)
    .filter((l) => l.list.processingType !== 'DYNAMIC')
    .map((l) => l.list.name)
    .sort();
  return { properties: Object.fromEntries(properties.map((p) => [p, values[p]])), associations, lists };
}

/** The id mappings undo wrote, checked: each picked record re-created once, with a new ID and the state it had. */
export async function expectRecreatedAsBefore(
  extension: LoadedExtension,
  picked: readonly string[],
  before: ReadonlyMap<string, unknown>,
  stateOf: (id: string) => unknown,
): Promise<IdMapping[]> {
  const mapped = (await extensionTable(extension, 'idMap')) as IdMapping[];
  expect(mapped.map((m) => m.oldId).sort()).toEqual([...picked].sort());
  for (const { oldId, newId, how } of mapped) {
    expect(how).toBe('recreated');
    expect(newId).not.toBe(oldId);
    expect(stateOf(newId)).toEqual(before.get(oldId));
  }
  return mapped;
}
