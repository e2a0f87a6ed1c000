import type { HubSpotHttp } from './http';
import type { BatchError, BatchErrors, BatchResponse, ListInfo, MembershipsUpdateResponse } from './types';
import { apiPaths } from './version';

export const MEMBERSHIP_PAGE_LIMIT = 250;
/** Records per batch memberships read (HUBSPOT.md §3 says verify; the sandbox enforces 100). */
export const RECORD_MEMBERSHIP_BATCH_LIMIT = 100;

export interface RecordListMembership {
  listId: string;
  listVersion?: number;
  firstAddedTimestamp?: string;
  lastAddedTimestamp?: string;
}

/** Add / remove answers; `recordIdsAdded` is kept as an alias of HubSpot's own `recordsIdsAdded`. */
export type MembershipsUpdate = MembershipsUpdateResponse & { recordIdsAdded: string[] };

function membershipsUpdate(data: Partial<MembershipsUpdateResponse> | null): MembershipsUpdate {
  const added = data?.recordsIdsAdded ?? [];
  return {
    recordsIdsAdded: added,
    recordIdsAdded: added,
    recordIdsRemoved: data?.recordIdsRemoved ?? [],
    recordIdsMissing: data?.recordIdsMissing ?? [],
  };
}

export class ListsApi {
  constructor(private readonly http: HubSpotHttp) {}

  async get(listId: string, signal?: AbortSignal): Promise<ListInfo> {
    const { data } = await this.http.call<{ list: ListInfo }>({
      method: 'GET',
      path: `${apiPaths.lists()}/${encodeURIComponent(listId)}`,
      signal,
    });
    return { ...data.list, listId: String(data.list.listId) };
  }

  /** Member record IDs, ascending, a page (≤250) at a time. */
  async *members(listId: string, signal?: AbortSignal): AsyncGenerator<string[]> {
    let after: string | undefined;
    do {
      const { data } = await this.http.call<{ results: { recordId: string | number }[]; paging?: { next?: { after: string } } }>({
        method: 'GET',
        path: `${apiPaths.lists()}/${encodeURIComponent(listId)}/memberships`,
        query: { limit: MEMBERSHIP_PAGE_LIMIT, after },
        signal,
      });
      yield (data.results ?? []).map((r) => String(r.recordId));
      after = data.paging?.next?.after;
    } while (after);
  }

  /** HubSpot answers `MembershipsUpdateResponse`: IDs not added are in `recordIdsMissing`. */
  addMembers(listId: string, ids: string[], signal?: AbortSignal): Promise<MembershipsUpdate> {
    return this.changeMembers(listId, ids, 'add', signal);
  }

  removeMembers(listId: string, ids: string[], signal?: AbortSignal): Promise<MembershipsUpdate> {
    return this.changeMembers(listId, ids, 'remove', signal);
  }

  private async changeMembers(listId: string, ids: string[], how: 'add' | 'remove', signal?: AbortSignal): Promise<MembershipsUpdate> {
    const { data } = await this.http.call<Partial<MembershipsUpdateResponse> | null>({
      method: 'PUT',
      path: `${apiPaths.lists()}/${encodeURIComponent(listId)}/memberships/${how}`,
      body: ids,
      signal,
    });
    return membershipsUpdate(data);
  }

  /**
   * The lists each record belongs to, ≤100 records per call (one call instead of one per record).
   * Records a 207 failed are absent from the map; its errors are in the map's `errors`.
   */
  async recordMemberships(
    objectTypeId: string,
    recordIds: string[],
    signal?: AbortSignal,
  ): Promise<Map<string, RecordListMembership[]> & BatchErrors> {
    const errors: BatchError[] = [];
    const out = Object.assign(new Map<string, RecordListMembership[]>(), { errors });
    for (let i = 0; i < recordIds.length; i += RECORD_MEMBERSHIP_BATCH_LIMIT) {
      const { data } = await this.http.call<BatchResponse<{ recordId: string; recordListMemberships: RecordListMembership[] }>>({
        method: 'POST',
        path: `${apiPaths.lists()}/records/memberships/batch/read`,
        body: { inputs: recordIds.slice(i, i + RECORD_MEMBERSHIP_BATCH_LIMIT).map((recordId) => ({ objectTypeId, recordId })) },
        signal,
      });
      for (const r of data.results ?? []) {
        out.set(
          String(r.recordId),
          (r.recordListMemberships ?? []).map((m) => ({ ...m, listId: String(m.listId) })),
        );
      }
      errors.push(...(data.errors ?? []));
    }
    return out;
  }
}
