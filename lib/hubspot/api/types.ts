/** Our own types for the subset of HubSpot's API we use (HUBSPOT.md §3). IDs stay strings. */
export interface CrmRecord {
  id: string;
  properties: Record<string, string | null>;
  createdAt?: string;
  updatedAt?: string;
  archived?: boolean;
  archivedAt?: string;
}

export interface Paging {
  next?: { after: string; link?: string };
}

/** One entry of a 207's `errors` (official client model `ErrorDetail`). */
export interface BatchErrorDetail {
  message: string;
  code?: string;
  in?: string;
  subCategory?: string;
  context?: Record<string, string[]>;
}

/**
 * One per-record failure in a 207 (official client model `StandardError`: HubSpot always sends
 * status, category, message, context, errors and links; optional here so older answers parse).
 * `context.ids` names the records for OBJECT_NOT_FOUND; a 2026-09 create validation failure names
 * `propertyName` and, when the input carried one, `objectWriteTraceId`.
 */
export interface BatchError {
  status?: string;
  category?: string;
  subCategory?: string;
  message?: string;
  context?: { ids?: string[] } & Record<string, string[] | undefined>;
  errors?: BatchErrorDetail[];
  links?: Record<string, string>;
}

/** Batch answers: 200/201, or 207 MULTI_STATUS with `errors` beside `results`. */
export interface BatchResponse<T> {
  status?: string;
  results: T[];
  errors?: BatchError[];
  numErrors?: number;
  startedAt?: string;
  completedAt?: string;
}

/** What a batch call's 207 said besides its results (empty for a 200 / 201 / 204). */
export interface BatchErrors {
  errors: BatchError[];
}

/** List membership add / remove (official client `MembershipsUpdateResponse`; `recordsIdsAdded` is HubSpot's spelling). */
export interface MembershipsUpdateResponse {
  recordsIdsAdded: string[];
  recordIdsRemoved: string[];
  recordIdsMissing: string[];
}

export interface AssociationType {
  category: 'HUBSPOT_DEFINED' | 'USER_DEFINED' | 'INTEGRATOR_DEFINED';
  typeId: number;
  label: string | null;
}

export interface PropertyDefinition {
  name: string;
  label?: string;
  type?: string;
  calculated?: boolean;
  hubspotDefined?: boolean;
  modificationMetadata?: { readOnlyValue?: boolean; readOnlyDefinition?: boolean; archivable?: boolean };
}

export interface Pipeline {
  id: string;
  label: string;
  displayOrder?: number;
  stages: { id: string; label: string; displayOrder?: number; metadata?: Record<string, string> }[];
}

export interface ListInfo {
  listId: string;
  name: string;
  objectTypeId: string;
  processingType: 'MANUAL' | 'SNAPSHOT' | 'DYNAMIC';
  size?: number;
  additionalProperties?: Record<string, string>;
}

export interface AccountDetails {
  portalId: number;
  uiDomain?: string;
  timeZone?: string;
  dataHostingLocation?: string;
}

/** IDs named in a 207's errors (e.g. OBJECT_NOT_FOUND). */
export function idsInErrors(errors: BatchError[] | undefined): string[] {
  return (errors ?? []).flatMap((e) => (Array.isArray(e.context?.ids) ? e.context.ids.map(String) : []));
}
