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

export interface BatchError {
  status?: string;
  category?: string;
  message?: string;
  context?: { ids?: string[] } & Record<string, unknown>;
}

/** Batch answers: 200, or 207 MULTI_STATUS with `errors` beside `results`. */
export interface BatchResponse<T> {
  status?: string;
  results: T[];
  errors?: BatchError[];
  numErrors?: number;
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
