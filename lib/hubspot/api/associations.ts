import type { HubSpotHttp } from './http';
import type { AssociationType, BatchError, BatchErrors, BatchResponse } from './types';
import { apiPaths } from './version';

/** v4 association batch reads take up to 1,000 IDs; each record's targets page by itself. */
export const ASSOCIATION_READ_LIMIT = 1000;

export interface AssociatedRecord {
  toObjectId: string;
  associationTypes: AssociationType[];
}

interface ReadResult {
  from: { id: string };
  to: { toObjectId: string | number; associationTypes: AssociationType[] }[];
  paging?: { next?: { after: string } };
}

/** A created association (official client model `LabelsBetweenObjectPair`). */
export interface CreatedAssociation {
  fromObjectTypeId: string;
  fromObjectId: string;
  toObjectTypeId: string;
  toObjectId: string;
  labels: string[];
}

/** "Nothing associated" is how HubSpot answers a record without targets: not a failure. */
const NO_ASSOCIATIONS = 'crm.associations.NO_ASSOCIATIONS_FOUND';

export interface AssociationCreateInput {
  from: { id: string };
  to: { id: string };
  types: { associationCategory: string; associationTypeId: number }[];
}

export class AssociationsApi {
  constructor(private readonly http: HubSpotHttp) {}

  /**
   * All associations from `ids` to `toType`, following each record's own paging to the end.
   * A 207's real failures (not "no associations found") are in the map's `errors`; their records
   * are absent from the map, as records without associations are.
   */
  async readAll(
    fromType: string,
    toType: string,
    ids: string[],
    signal?: AbortSignal,
  ): Promise<Map<string, AssociatedRecord[]> & BatchErrors> {
    const errors: BatchError[] = [];
    const found = Object.assign(new Map<string, AssociatedRecord[]>(), { errors });
    let inputs: { id: string; after?: string }[] = ids.map((id) => ({ id }));
    while (inputs.length > 0) {
      const next: { id: string; after?: string }[] = [];
      for (let i = 0; i < inputs.length; i += ASSOCIATION_READ_LIMIT) {
        const { data } = await this.http.call<BatchResponse<ReadResult>>({
          method: 'POST',
          path: `${apiPaths.associations(fromType, toType)}/batch/read`,
          body: { inputs: inputs.slice(i, i + ASSOCIATION_READ_LIMIT) },
          signal,
        });
        for (const r of data.results ?? []) {
          const list = found.get(r.from.id) ?? [];
          // HubSpot's docs show toObjectId as a number; keep it a string so IDs > 2^53 survive.
          list.push(...r.to.map((t) => ({ toObjectId: String(t.toObjectId), associationTypes: t.associationTypes })));
          found.set(r.from.id, list);
          if (r.paging?.next?.after) next.push({ id: r.from.id, after: r.paging.next.after });
        }
        errors.push(...(data.errors ?? []).filter((e) => e.subCategory !== NO_ASSOCIATIONS));
      }
      inputs = next;
    }
    return found;
  }

  async batchCreate(
    fromType: string,
    toType: string,
    inputs: AssociationCreateInput[],
    signal?: AbortSignal,
  ): Promise<BatchResponse<CreatedAssociation>> {
    const { data } = await this.http.call<BatchResponse<CreatedAssociation>>({
      method: 'POST',
      path: `${apiPaths.associations(fromType, toType)}/batch/create`,
      body: { inputs },
      signal,
    });
    return data ?? { results: [] };
  }

  async labels(fromType: string, toType: string, signal?: AbortSignal): Promise<AssociationType[]> {
    const { data } = await this.http.call<{ results: AssociationType[] }>({
      method: 'GET',
      path: `${apiPaths.associations(fromType, toType)}/labels`,
      signal,
    });
    return data.results ?? [];
  }
}
