import type { HubSpotHttp } from './http';
import type { ListInfo } from './types';
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

  async addMembers(listId: string, ids: string[], signal?: AbortSignal) {
    const { data } = await this.http.call<{ recordIdsAdded?: string[]; recordIdsMissing?: string[] }>({
      method: 'PUT',
      path: `${apiPaths.lists()}/${encodeURIComponent(listId)}/memberships/add`,
      body: ids,
      signal,
    });
    return data ?? {};
  }

  async removeMembers(listId: string, ids: string[], signal?: AbortSignal) {
    const { data } = await this.http.call<{ recordIdsRemoved?: string[]; recordIdsMissing?: string[] }>({
      method: 'PUT',
      path: `${apiPaths.lists()}/${encodeURIComponent(listId)}/memberships/remove`,
      body: ids,
      signal,
    });
    return data ?? {};
  }

  /** The lists each record belongs to, ≤100 records per call (one call instead of one per record). */
  async recordMemberships(objectTypeId: string, recordIds: string[], signal?: AbortSignal): Promise<Map<string, RecordListMembership[]>> {
    const out = new Map<string, RecordListMembership[]>();
    for (let i = 0; i < recordIds.length; i += RECORD_MEMBERSHIP_BATCH_LIMIT) {
      const { data } = await this.http.call<{ results: { recordId: string; recordListMemberships: RecordListMembership[] }[] }>({
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
    }
    return out;
  }
}
