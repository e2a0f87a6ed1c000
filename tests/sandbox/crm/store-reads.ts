/**
 * The read side of the sandbox store (see ../store.ts for the whole API): state, look-ups,
 * derived property values, search and change notifications. Writes live in SandboxStore.
 */
import { AssociationGraph } from './association-graph';
import { AssociationTypeCatalog, type AssociationTypeDef } from './association-types';
import { readProperty } from './derived-properties';
import { EmailIndex } from './email-index';
import { matchesFilterGroups, type FilterGroup } from './filters';
import { ListStore } from './lists';
import { ObjectTypeRegistry, sandboxObjectTypes, type ObjectTypeDef } from './object-types';
import { seededPipelines, type Pipeline } from './pipelines';
import { propertyDefinitions, type PropertyDef } from './property-definitions';
import { RecordTable, type CrmRecord } from './record-table';
import { runSearch, type SearchSpec } from './search-engine';

export interface StoreChange {
  kind: 'create' | 'update' | 'archive' | 'restore' | 'gdpr-delete' | 'associate' | 'list';
  objectTypeId: string;
  ids: string[];
}
export interface AssociatedRecord {
  toObjectTypeId: string;
  toObjectId: string;
  /** Same as toObjectId. */
  id: string;
  types: readonly AssociationTypeDef[];
}

export class StoreReads {
  readonly objectTypes: ObjectTypeRegistry;
  readonly associationTypes = new AssociationTypeCatalog();
  readonly associations = new AssociationGraph(this.associationTypes);
  readonly lists: ListStore;
  /** Contacts removed by GDPR delete, for tests and the UI. */
  readonly gdprDeleted: Array<{ objectTypeId: string; id: string; at: number }> = [];
  protected readonly tables = new Map<string, RecordTable>();
  protected readonly emails = new EmailIndex();
  protected readonly pipelineMap = seededPipelines();
  private readonly propertyMap: Map<string, PropertyDef[]>;
  private readonly propertyIndex = new Map<string, Map<string, PropertyDef>>();
  private readonly listeners = new Set<(change: StoreChange) => void>();

  constructor(readonly portalId: number) {
    this.objectTypes = new ObjectTypeRegistry(sandboxObjectTypes(portalId));
    for (const def of this.objectTypes.all) this.tables.set(def.objectTypeId, new RecordTable(def));
    this.propertyMap = propertyDefinitions(this.pipelineMap);
    for (const [typeId, defs] of this.propertyMap) this.propertyIndex.set(typeId, new Map(defs.map((d) => [d.name, d])));
    this.lists = new ListStore({
      isActive: (typeId, id) => this.get(typeId, id) !== undefined,
      matching: (typeId, groups) => this.search(typeId, { filterGroups: groups }).map((r) => ({ id: r.id, createdAt: r.createdAt })),
      matchOne: (typeId, id, groups) => {
        const record = this.get(typeId, id);
        return record && this.matches(typeId, record, groups) ? record.createdAt : null;
      },
    });
  }

  table(type: string): RecordTable {
    return this.tables.get(this.objectTypes.require(type).objectTypeId) as RecordTable;
  }

  get(type: string, id: string, options: { archived?: boolean | 'any' } = {}): CrmRecord | undefined {
    const record = this.table(type).get(id);
    if (!record || options.archived === 'any') return record;
    return (record.archivedAt !== null) === (options.archived ?? false) ? record : undefined;
  }

  listRecords(type: string, options: { archived?: boolean } = {}): CrmRecord[] {
    return [...this.table(type).scan(options)];
  }

  readProperty(type: string, record: CrmRecord, name: string): string | null {
    return readProperty(this.derivation, this.objectTypes.require(type), record, name);
  }

  search(type: string, spec: SearchSpec): CrmRecord[] {
    const def = this.objectTypes.require(type);
    const properties = this.propertyIndex.get(def.objectTypeId);
    return runSearch(
      {
        records: this.table(type).scan(),
        read: (r, n) => readProperty(this.derivation, def, r, n),
        typeOf: (n) => properties?.get(n)?.type,
        queryProperties: def.queryProperties,
      },
      spec,
    );
  }

  properties(type: string): readonly PropertyDef[] {
    return this.propertyMap.get(this.objectTypes.require(type).objectTypeId) ?? [];
  }

  property(type: string, name: string): PropertyDef | undefined {
    return this.propertyIndex.get(this.objectTypes.require(type).objectTypeId)?.get(name);
  }

  pipelines(type: string): readonly Pipeline[] {
    return this.pipelineMap.get(this.objectTypes.require(type).objectTypeId) ?? [];
  }

  /** The active contact holding an email, compared case-insensitively. */
  contactByEmail(email: string): CrmRecord | undefined {
    const id = this.emails.ownerOf(email);
    return id === undefined ? undefined : this.get('0-1', id);
  }

  recycleBin(type: string): CrmRecord[] {
    return this.listRecords(type, { archived: true }).sort((a, b) => (b.archivedAt ?? 0) - (a.archivedAt ?? 0));
  }

  /** Associations of a record, hiding archived records on either side unless asked. */
  associationsOf(type: string, id: string, options: { toType?: string; includeArchived?: boolean } = {}): AssociatedRecord[] {
    const def = this.objectTypes.require(type);
    const visible = (t: string, i: string) => this.get(t, i, { archived: options.includeArchived ? 'any' : false }) !== undefined;
    if (!visible(def.objectTypeId, id)) return [];
    const toTypeId = options.toType === undefined ? undefined : this.objectTypes.require(options.toType).objectTypeId;
    return this.associations
      .edgesOf(def.objectTypeId, id)
      .filter((e) => (toTypeId === undefined || e.toObjectTypeId === toTypeId) && visible(e.toObjectTypeId, e.toId))
      .map((e) => ({ toObjectTypeId: e.toObjectTypeId, toObjectId: e.toId, id: e.toId, types: e.types }));
  }

  listMembers(listId: string): string[] {
    const list = this.lists.get(listId);
    return list ? this.lists.members(list).map((m) => m.recordId) : [];
  }

  counts(): Record<string, { active: number; archived: number }> {
    const counts: Record<string, { active: number; archived: number }> = {};
    for (const [typeId, table] of this.tables) counts[typeId] = { active: table.activeCount, archived: table.archivedTotal };
    return counts;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Announces a change made directly on the lists or tables (seed, list routes). */
  changed(kind: StoreChange['kind'], def: ObjectTypeDef, ids: string[]): void {
    for (const listener of this.listeners) listener({ kind, objectTypeId: def.objectTypeId, ids });
  }

  private matches(type: string, record: CrmRecord, groups: readonly FilterGroup[]): boolean {
    return matchesFilterGroups(
      groups,
      (n) => this.readProperty(type, record, n),
      (n) => this.property(type, n)?.type,
    );
  }

  private readonly derivation = {
    countActiveAssociated: (fromTypeId: string, fromId: string, toTypeId: string) => {
      let count = 0;
      for (const toId of this.associations.targets(fromTypeId, fromId, toTypeId)?.keys() ?? []) {
        if (this.get(toTypeId, toId)) count++;
      }
      return count;
    },
    pipelines: (typeId: string) => this.pipelineMap.get(typeId) ?? [],
  };
}
