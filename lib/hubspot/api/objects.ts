import type { HubSpotHttp } from './http';
import { idsInErrors, type BatchResponse, type CrmRecord, type Paging } from './types';
import { apiPaths } from './version';

/** HubSpot's batch endpoints take at most 100 inputs (HUBSPOT.md §3). */
export const BATCH_LIMIT = 100;

export interface CreateInput {
  properties: Record<string, string>;
  /** Echoed in the result: how a created record is matched to its input (results are unordered). */
  objectWriteTraceId?: string;
  associations?: { to: { id: string }; types: { associationCategory: string; associationTypeId: number }[] }[];
}

function assertBatch(ids: readonly unknown[]): void {
  if (ids.length === 0 || ids.length > BATCH_LIMIT)
    throw new RangeError(`A HubSpot batch holds 1–${BATCH_LIMIT} records, not ${ids.length}.`);
}

export class ObjectsApi {
  constructor(private readonly http: HubSpotHttp) {}

  /** Reads up to 100 records; IDs HubSpot does not know come back in `missing`. */
  /** `idProperty`: look records up by a unique property instead (e.g. contacts by `email`). */
  async batchRead(
    type: string,
    ids: string[],
    properties: string[],
    opts: { archived?: boolean; idProperty?: string; signal?: AbortSignal } = {},
  ) {
    assertBatch(ids);
    const { data } = await this.http.call<BatchResponse<CrmRecord>>({
      method: 'POST',
      path: `${apiPaths.objects(type)}/batch/read`,
      query: { archived: opts.archived ? 'true' : undefined },
      body: { properties, idProperty: opts.idProperty, inputs: ids.map((id) => ({ id })) },
      signal: opts.signal,
    });
    return { results: data.results ?? [], missing: idsInErrors(data.errors) };
  }

  /** Archives (soft-deletes) up to 100 records. HubSpot answers 204 even for unknown IDs: verify. */
  async batchArchive(type: string, ids: string[], signal?: AbortSignal): Promise<void> {
    assertBatch(ids);
    await this.http.call({
      method: 'POST',
      path: `${apiPaths.objects(type)}/batch/archive`,
      body: { inputs: ids.map((id) => ({ id })) },
      signal,
    });
  }

  /** Creates up to 100 records. Not retried blindly: a lost answer may still have created them. */
  async batchCreate(type: string, inputs: CreateInput[], signal?: AbortSignal): Promise<(CrmRecord & { objectWriteTraceId?: string })[]> {
    assertBatch(inputs);
    const { data } = await this.http.call<BatchResponse<CrmRecord & { objectWriteTraceId?: string }>>({
      method: 'POST',
      path: `${apiPaths.objects(type)}/batch/create`,
      body: { inputs },
      idempotent: false,
      signal,
    });
    return data.results ?? [];
  }

  async page(type: string, opts: { after?: string; limit?: number; properties?: string[]; signal?: AbortSignal } = {}) {
    const { data } = await this.http.call<{ results: CrmRecord[]; paging?: Paging }>({
      method: 'GET',
      path: apiPaths.objects(type),
      query: { limit: opts.limit ?? 100, after: opts.after, properties: opts.properties?.join(',') },
      signal: opts.signal,
    });
    return { results: data.results ?? [], after: data.paging?.next?.after };
  }

  /** Permanently deletes one contact (privacy law). Irreversible; HubSpot keeps nothing to restore. */
  async gdprDelete(contactId: string, signal?: AbortSignal): Promise<void> {
    await this.http.call({ method: 'POST', path: `${apiPaths.objects('contacts')}/gdpr-delete`, body: { objectId: contactId }, signal });
  }
}
