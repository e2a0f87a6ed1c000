/**
 * Record-to-record associations, stored in both directions (a type and its inverse), so reads from
 * either side are direct look-ups. Archiving a record does not touch its associations: readers hide
 * those of archived records, which is how they come back when a record is restored from the
 * recycle bin. GDPR delete removes them for good (`removeRecord`).
 */
import type { AssociationTypeCatalog, AssociationTypeDef } from './association-types';

export type AssociationTargets = ReadonlyMap<string, readonly AssociationTypeDef[]>;

export interface AssociationEdge {
  fromObjectTypeId: string;
  fromId: string;
  toObjectTypeId: string;
  toId: string;
  types: readonly AssociationTypeDef[];
}

export class AssociationGraph {
  /** `from>to` type pair → from record ID → to record ID → types. */
  private readonly pairs = new Map<string, Map<string, Map<string, AssociationTypeDef[]>>>();

  constructor(private readonly catalog: AssociationTypeCatalog) {}

  /** Associates two records with a type (and, for a labeled type, the unlabeled one as HubSpot does). */
  link(fromId: string, toId: string, def: AssociationTypeDef): void {
    const unlabeled = def.label === null ? undefined : this.catalog.unlabeled(def.fromObjectTypeId, def.toObjectTypeId);
    for (const d of unlabeled ? [unlabeled, def] : [def]) {
      this.addDirected(fromId, toId, d);
      this.addDirected(toId, fromId, this.catalog.inverse(d));
    }
  }

  /** Removes every association between two records, in both directions. */
  unlinkAll(fromTypeId: string, fromId: string, toTypeId: string, toId: string): boolean {
    const forward = this.pairs.get(`${fromTypeId}>${toTypeId}`)?.get(fromId);
    const removed = forward?.delete(toId) ?? false;
    this.pairs.get(`${toTypeId}>${fromTypeId}`)?.get(toId)?.delete(fromId);
    return removed;
  }

  /** The records of `toTypeId` associated with a record, with their types (archived ones included). */
  targets(fromTypeId: string, fromId: string, toTypeId: string): AssociationTargets | undefined {
    return this.pairs.get(`${fromTypeId}>${toTypeId}`)?.get(fromId);
  }

  /** Every association of a record, whatever the target type. */
  edgesOf(typeId: string, id: string): AssociationEdge[] {
    const edges: AssociationEdge[] = [];
    for (const [key, byFrom] of this.pairs) {
      const [from, to] = key.split('>') as [string, string];
      if (from !== typeId) continue;
      for (const [toId, types] of byFrom.get(id) ?? []) {
        edges.push({ fromObjectTypeId: from, fromId: id, toObjectTypeId: to, toId, types });
      }
    }
    return edges;
  }

  /** GDPR delete: the record's associations disappear from both sides. */
  removeRecord(typeId: string, id: string): void {
    for (const edge of this.edgesOf(typeId, id)) {
      this.pairs.get(`${edge.toObjectTypeId}>${typeId}`)?.get(edge.toId)?.delete(id);
    }
    for (const [key, byFrom] of this.pairs) if (key.startsWith(`${typeId}>`)) byFrom.delete(id);
  }

  /** Every directed edge (both directions appear), for saving to disk. */
  *allEdges(): Generator<AssociationEdge> {
    for (const [key, byFrom] of this.pairs) {
      const [from, to] = key.split('>') as [string, string];
      for (const [fromId, targets] of byFrom) {
        for (const [toId, types] of targets) yield { fromObjectTypeId: from, fromId, toObjectTypeId: to, toId, types };
      }
    }
  }

  /** Adds one direction only: loading a save restores both directions edge by edge. */
  addDirected(fromId: string, toId: string, def: AssociationTypeDef): void {
    const key = `${def.fromObjectTypeId}>${def.toObjectTypeId}`;
    let byFrom = this.pairs.get(key);
    if (!byFrom) this.pairs.set(key, (byFrom = new Map()));
    let targets = byFrom.get(fromId);
    if (!targets) byFrom.set(fromId, (targets = new Map()));
    const types = targets.get(toId);
    if (!types) targets.set(toId, [def]);
    else if (!types.includes(def)) types.push(def);
  }
}
