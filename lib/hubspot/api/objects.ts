import type { HubSpotHttp } from './http';
import { idsInErrors, type BatchError, type BatchErrors, type BatchResponse, type CrmRecord, type Paging } from './types';
import { apiPaths } from './version';

/** HubSpot's batch endpoints take at most 100 inputs (HUBSPOT.md §3). */
export const BATCH_LIMIT = 100;

export interface CreateInput {
  properties: Record<string, string>;
  /** Echoed in the result: how a created record is matched to its input (results are unordered). */
  objectWriteTraceId?: string;
  associations?: { to: { id: string }; types: { associationCategory: string; associationTypeId: number }[] }[];
}

export type CreatedRecord = CrmRecord & { objectWriteTraceId?: string };
/** The created records; `errors` holds the inputs a 207 refused (2026-09 validation names each by objectWriteTraceId). */
export type CreatedRecords = CreatedRecord[] & BatchErrors;

function assertBatch(ids: readonly unknown[]): void {
  if (ids.length === 0 || ids.length > BATCH_LIMIT)
    throw new RangeError(`A HubSpot batch holds 1–${BATCH_LIMIT} records, not ${ids.length}.`);
}

export class ObjectsApi {
  constructor(private readonly http: HubSpotHttp) {}

  /**
   * Reads up to 100 records; IDs named by a 207's errors come back in `missing`, and the errors
   * themselves (typed, with their category) in `errors`. `idProperty`: look records up by a unique
   * property instead (e.g. contacts by `email`). The body is HubSpot's
   * `BatchReadInputSimplePublicObjectId`, whose `propertiesWithHistory` is required (sent empty).
   */
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
      body: { properties, propertiesWithHistory: [], idProperty: opts.idProperty, inputs: ids.map((id) => ({ id })) },
      signal: opts.signal,
    });
    return { results: data.results ?? [], missing: idsInErrors(data.errors), errors: data.errors ?? [] };
  }

  /**
   * Archives (soft-deletes) up to 100 records. HubSpot answers 204 even for unknown IDs: verify.
   * A 207 (per-record failures) returns its errors; IDs not named there were archived.
   */
  async batchArchive(type: string, ids: string[], signal?: AbortSignal): Promise<BatchErrors> {
    assertBatch(ids);
    const { data } = await this.http.call<BatchResponse<unknown> | null>({
      method: 'POST',
      path: `${apiPaths.objects(type)}/batch/archive`,
      body: { inputs: ids.map((id) => ({ id })) },
      signal,
    });
    return { errors: data?.errors ?? [] };
  }

  /**
   * Creates up to 100 records. Not retried blindly: a lost answer may still have created them.
   * Each input carries `associations` (HubSpot's `SimplePublicObjectInputForCreate`; empty when none).
   * A 207 creates some and refuses others: the refused ones are in the result's `errors`.
   */
  async batchCreate(type: string, inputs: CreateInput[], signal?: AbortSignal): Promise<CreatedRecords> {
    assertBatch(inputs);
    const { data } = await this.http.call<BatchResponse<CreatedRecord>>({
      method: 'POST',
      path: `${apiPaths.objects(type)}/batch/create`,
      body: { inputs: inputs.map((input) => ({ ...input, associations: input.associations ?? [] })) },
      idempotent: false,
      signal,
    });
    const errors: BatchError[] = data.errors ?? [];
    return Object.assign([...(data.results ?? [])], { errors });
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
