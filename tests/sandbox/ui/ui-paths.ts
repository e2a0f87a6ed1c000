/**
 * URL builders for the pages (HubSpot's shapes, HUBSPOT.md §5) and for the page-private endpoints
 * the inline scripts call. Those live under /ui-api/ — not /crm/ (the public API needs a token
 * and is rate-limited) and not /__sandbox/ (test admin): they stand in for the internal endpoints
 * HubSpot's own web app calls, so a delete made through HubSpot's own UI never shows up in the
 * API call log, just as in real life.
 */
export type PortalId = number | string;

export function tablePath(portal: PortalId, typeId: string, viewId: string, query: { page?: number; pageSize?: number } = {}): string {
  const params = new URLSearchParams();
  if (query.page !== undefined) params.set('page', String(query.page));
  if (query.pageSize !== undefined) params.set('pageSize', String(query.pageSize));
  const qs = params.toString();
  return `/contacts/${portal}/objects/${typeId}/views/${viewId}/list${qs ? `?${qs}` : ''}`;
}

export function boardPath(portal: PortalId, typeId: string, viewId: string, pipelineId?: string): string {
  const base = `/contacts/${portal}/objects/${typeId}/views/${viewId}/board`;
  return pipelineId === undefined ? base : `${base}?pipeline=${encodeURIComponent(pipelineId)}`;
}

export function listPath(portal: PortalId, listId: string): string {
  return `/contacts/${portal}/objectLists/${listId}`;
}

export function listsIndexPath(portal: PortalId): string {
  return `/contacts/${portal}/objectLists/`;
}

export function recordPath(portal: PortalId, typeId: string, id: string): string {
  return `/contacts/${portal}/record/${typeId}/${id}`;
}

export function recycleBinPath(portal: PortalId, typeId: string): string {
  return `/recycling-bin/${portal}/restore/${typeId}`;
}

/** POST {ids} | {viewId} | {listId}: archive, as the bulk bar's Delete does. */
export function archiveApiPath(portal: PortalId, typeId: string): string {
  return `/ui-api/${portal}/objects/${typeId}/archive`;
}

/** POST {ids}: remove members from a manual or snapshot list (the records stay). */
export function listRemoveApiPath(portal: PortalId, listId: string): string {
  return `/ui-api/${portal}/lists/${listId}/remove`;
}

/** GET: the board's card data as JSON, re-read by the board's refresh. */
export function boardDataApiPath(portal: PortalId, typeId: string, viewId: string, pipelineId: string): string {
  return `/ui-api/${portal}/board/${typeId}/${viewId}?pipeline=${encodeURIComponent(pipelineId)}`;
}
