import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { isCustomObjectTypeId, OBJECT_TYPE_IDS } from '@/lib/hubspot/object-types';

/** Standard types a record can be associated with; engagements included so undo can re-link them. */
const STANDARD_ASSOCIATED_TYPES = Object.keys(OBJECT_TYPE_IDS);

/** What snapshotting needs to know about the job, read once per run and reused for every batch. */
export interface CaptureContext {
  api: HubSpotApi;
  objectTypeId: string;
  propertyNames: string[];
  associatedTypes: string[];
  /** listId → processing type; only MANUAL and SNAPSHOT memberships can be re-added by undo. */
  listTypes: Map<string, string>;
  signal?: AbortSignal;
}

export async function prepareCapture(api: HubSpotApi, objectTypeId: string, signal?: AbortSignal): Promise<CaptureContext> {
  const properties = await api.metadata.properties(objectTypeId, signal);
  const custom = isCustomObjectTypeId(objectTypeId) ? [objectTypeId] : [];
  return {
    api,
    objectTypeId,
    propertyNames: properties.map((p) => p.name),
    associatedTypes: [...STANDARD_ASSOCIATED_TYPES, ...custom],
    listTypes: new Map(),
    signal,
  };
}
