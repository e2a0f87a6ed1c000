/**
 * Optional on-disk save of the whole store as JSON (`savePath`): loaded at start when the file
 * exists, written on close and on `POST /__sandbox/save`. Written to a temporary file first and
 * renamed, so a crash mid-write never leaves a half file behind.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { compareIds } from '../ids';
import { SandboxStore, type CrmRecord } from '../store';
import type { AssociationCategory } from './association-types';
import type { CrmList } from './lists';

const FORMAT = 'crm-sweep-sandbox/1';

type SavedRecord = [
  id: string,
  properties: Record<string, string>,
  createdAt: number,
  updatedAt: number,
  archivedAt: number | null,
  /** Absent in saves made before "Deleted by" was kept. */
  archivedBy?: string,
];
type SavedEdge = [fromTypeId: string, fromId: string, toTypeId: string, toId: string, types: Array<[AssociationCategory, number]>];
/** A list as saved: its members as tuples instead of a Map. */
interface SavedList extends Omit<CrmList, 'members'> {
  members: Array<[id: string, firstAddedAt: number, lastAddedAt: number]>;
}
interface SaveFile {
  format: typeof FORMAT;
  portalId: number;
  savedAt: string;
  tables: Record<string, { nextId: string; records: SavedRecord[] }>;
  associations: SavedEdge[];
  lists: SavedList[];
  gdprDeleted: SandboxStore['gdprDeleted'];
}

export function saveStore(store: SandboxStore, path: string): void {
  const file: SaveFile = {
    format: FORMAT,
    portalId: store.portalId,
    savedAt: new Date().toISOString(),
    tables: {},
    associations: [],
    lists: [],
    gdprDeleted: store.gdprDeleted,
  };
  for (const def of store.objectTypes.all) {
    const table = store.table(def.objectTypeId);
    file.tables[def.objectTypeId] = {
      nextId: table.nextId.toString(),
      records: [...table.all()].map(
        (r): SavedRecord =>
          r.archivedBy === undefined
            ? [r.id, r.properties, r.createdAt, r.updatedAt, r.archivedAt]
            : [r.id, r.properties, r.createdAt, r.updatedAt, r.archivedAt, r.archivedBy],
      ),
    };
  }
  for (const edge of store.associations.allEdges()) {
    file.associations.push([
      edge.fromObjectTypeId,
      edge.fromId,
      edge.toObjectTypeId,
      edge.toId,
      edge.types.map((t) => [t.category, t.typeId]),
    ]);
  }
  for (const list of store.lists.all()) {
    const { members, ...rest } = list;
    file.lists.push({ ...rest, members: [...members].map(([id, m]) => [id, m.firstAddedAt, m.lastAddedAt]) });
  }
  writeFileSync(`${path}.tmp`, JSON.stringify(file));
  renameSync(`${path}.tmp`, path);
}

/** The saved store, or undefined when there is no save file yet. */
export function loadStore(path: string): SandboxStore | undefined {
  if (!existsSync(path)) return undefined;
  const file = JSON.parse(readFileSync(path, 'utf8')) as SaveFile;
  if (file.format !== FORMAT) throw new Error(`${path}: not a sandbox save (format ${String(file.format)})`);
  const store = new SandboxStore(file.portalId);
  for (const [typeId, saved] of Object.entries(file.tables)) {
    // Ascending order keeps every insert an append.
    saved.records.sort((a, b) => compareIds(a[0], b[0]));
    for (const [id, properties, createdAt, updatedAt, archivedAt, archivedBy] of saved.records) {
      const record: CrmRecord = { id, properties, createdAt, updatedAt, archivedAt, ...(archivedBy === undefined ? {} : { archivedBy }) };
      store.insertRecord(typeId, record);
    }
    store.table(typeId).nextId = BigInt(saved.nextId);
  }
  for (const [fromTypeId, fromId, toTypeId, toId, types] of file.associations) {
    for (const [category, typeId] of types) {
      const def = store.associationTypes.find(fromTypeId, category, typeId, toTypeId);
      if (def) store.associations.addDirected(fromId, toId, def);
    }
  }
  for (const saved of file.lists) {
    const { members, listVersion, ...spec } = saved;
    const list = store.lists.create(spec);
    list.listVersion = listVersion;
    for (const [id, firstAddedAt, lastAddedAt] of members) list.members.set(id, { firstAddedAt, lastAddedAt });
  }
  store.gdprDeleted.push(...file.gdprDeleted);
  return store;
}
