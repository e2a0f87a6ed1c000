/**
 * Association types ("labels") between object types, with HubSpot's default type IDs
 * (associations v4): contact→company 279 unlabeled / 1 Primary, deal→contact 3, deal→company
 * 341 / 5 Primary, ticket→contact 16, call→contact 194, and so on. Types are one-directional;
 * each is defined together with its inverse so the graph can store both directions. One
 * USER_DEFINED label ("Decision maker") and the custom object's USER_DEFINED types exercise
 * clients that must key on (category, typeId), never on the label.
 */
import { MACHINES_TYPE_ID } from './object-types';

export type AssociationCategory = 'HUBSPOT_DEFINED' | 'USER_DEFINED' | 'INTEGRATOR_DEFINED';

export interface AssociationTypeDef {
  fromObjectTypeId: string;
  toObjectTypeId: string;
  category: AssociationCategory;
  typeId: number;
  /** null for the unlabeled (default) type, as HubSpot returns it. */
  label: string | null;
}

type PairSpec = [from: string, to: string, typeId: number, inverseTypeId: number, label: string | null, category?: AssociationCategory];

const PAIRS: PairSpec[] = [
  ['0-1', '0-2', 279, 280, null],
  ['0-1', '0-2', 1, 2, 'Primary'],
  ['0-1', '0-2', 101, 102, 'Decision maker', 'USER_DEFINED'],
  ['0-3', '0-1', 3, 4, null],
  ['0-3', '0-2', 341, 342, null],
  ['0-3', '0-2', 5, 6, 'Primary'],
  ['0-5', '0-1', 16, 15, null],
  ['0-5', '0-2', 339, 340, null],
  ['0-5', '0-2', 26, 25, 'Primary'],
  ['0-3', '0-5', 27, 28, null],
  ['0-48', '0-1', 194, 193, null],
  ['0-48', '0-2', 182, 181, null],
  ['0-48', '0-3', 206, 205, null],
  ['0-48', '0-5', 220, 219, null],
  ['0-46', '0-1', 202, 201, null],
  ['0-46', '0-2', 190, 189, null],
  ['0-46', '0-3', 214, 213, null],
  ['0-46', '0-5', 228, 227, null],
  // Associations a portal defines for its custom object are USER_DEFINED with portal-specific IDs.
  [MACHINES_TYPE_ID, '0-2', 70, 71, null, 'USER_DEFINED'],
  [MACHINES_TYPE_ID, '0-1', 72, 73, null, 'USER_DEFINED'],
];

export class AssociationTypeCatalog {
  private readonly byDirection = new Map<string, AssociationTypeDef[]>();
  private readonly inverses = new Map<AssociationTypeDef, AssociationTypeDef>();

  constructor() {
    for (const [from, to, typeId, inverseTypeId, label, category = 'HUBSPOT_DEFINED'] of PAIRS) {
      const forward = this.add({ fromObjectTypeId: from, toObjectTypeId: to, category, typeId, label });
      const backward = this.add({ fromObjectTypeId: to, toObjectTypeId: from, category, typeId: inverseTypeId, label });
      this.inverses.set(forward, backward);
      this.inverses.set(backward, forward);
    }
  }

  /** All types from one object type to another (what `GET …/labels` returns). */
  between(fromTypeId: string, toTypeId: string): readonly AssociationTypeDef[] {
    return this.byDirection.get(`${fromTypeId}>${toTypeId}`) ?? [];
  }

  /** A type by category and ID, starting from `fromTypeId` (the target type follows from it). */
  find(fromTypeId: string, category: string, typeId: number, toTypeId?: string): AssociationTypeDef | undefined {
    for (const [key, defs] of this.byDirection) {
      if (!key.startsWith(`${fromTypeId}>`)) continue;
      const hit = defs.find(
        (d) => d.category === category && d.typeId === typeId && (toTypeId === undefined || d.toObjectTypeId === toTypeId),
      );
      if (hit) return hit;
    }
    return undefined;
  }

  inverse(def: AssociationTypeDef): AssociationTypeDef {
    const inv = this.inverses.get(def);
    if (!inv) throw new Error('association type without inverse');
    return inv;
  }

  /** The unlabeled type between two object types; a labeled association always carries it too. */
  unlabeled(fromTypeId: string, toTypeId: string): AssociationTypeDef | undefined {
    return this.between(fromTypeId, toTypeId).find((d) => d.label === null);
  }

  private add(def: AssociationTypeDef): AssociationTypeDef {
    const key = `${def.fromObjectTypeId}>${def.toObjectTypeId}`;
    const list = this.byDirection.get(key) ?? [];
    list.push(def);
    this.byDirection.set(key, list);
    return def;
  }
}
