import type { HubSpotApi } from '@/lib/hubspot/api/client';
import type { HubSpotPage } from '@/lib/hubspot/page/url';
import { selectAllSupport, type ResolveRequest } from './query';
import { resolveBoard } from './resolve-board';
import { SelectionRefused } from './refusal';
import { text, type Text } from '@/lib/i18n/text';

/**
 * Resolves a query selection to record IDs through HubSpot's API, in the background, and checks
 * the result against what the page displayed: the resolved count must equal the displayed total,
 * or nothing is selected (DESIGN.md §3 — never delete a set the user did not see). Then the
 * records unticked inside the query are taken out and the ones picked beside it added.
 */
export interface ResolvedSelection {
  objectTypeId: string;
  listId?: string;
  /** The final, de-duplicated selection. */
  ids: string[];
  /** How many records the query itself resolved to. */
  resolved: number;
}

const OBJECT_PAGE = 100;

export async function resolveSelection(
  api: HubSpotApi,
  page: HubSpotPage,
  request: ResolveRequest,
  onProgress: (resolved: number) => void,
  signal: AbortSignal,
): Promise<ResolvedSelection> {
  const support = selectAllSupport(page);
  if (!support.ok) throw new SelectionRefused(text('selection.refused', { reason: support.reason }));
  const { query, displayedTotal } = request;
  let objectTypeId: string;
  let listId: string | undefined;
  let resolved: string[];

  if (query.kind === 'board' && page.kind === 'board') {
    const selected = query.columns.filter((c) => c.selected);
    const counted = request.totalFrom === 'api';
    // Without every column's count only the whole pipeline is a set the API alone defines.
    if (selected.some((c) => c.shown === null) && !(counted && selected.length === query.columns.length))
      throw new SelectionRefused(text('overlay.columnCountsUnreadable'));
    const shown = selected.reduce((sum, c) => sum + (c.shown ?? 0), 0);
    if (!counted && shown !== displayedTotal) throw new SelectionRefused(text('selection.columnsDoNotAddUp'));
    objectTypeId = page.objectTypeId;
    resolved = await resolveBoard(api, page, query.columns, onProgress, signal, counted ? displayedTotal : undefined);
  } else if (query.kind === 'view' && page.kind === 'table') {
    objectTypeId = page.objectTypeId;
    resolved = await collect(objectListing(api, objectTypeId, signal), shownBy(request), text('selection.where.view'), onProgress);
  } else if (query.kind === 'list' && page.kind === 'list') {
    const list = await api.lists.get(page.listId, signal);
    objectTypeId = list.objectTypeId;
    listId = page.listId;
    resolved = await collect(
      api.lists.members(page.listId, signal),
      shownBy(request),
      text('selection.where.list', { name: list.name }),
      onProgress,
    );
  } else {
    throw new SelectionRefused(text('selection.queryDoesNotFit', { query: query.kind, page: page.kind }));
  }

  const ids = new Set(resolved);
  for (const id of request.exclude) ids.delete(id);
  for (const id of request.include) ids.add(id);
  if (ids.size === 0) throw new SelectionRefused(text('selection.nothingLeft'));
  return { objectTypeId, listId, ids: [...ids], resolved: resolved.length };
}

/** Every active record of a type, a page of 100 at a time (the unfiltered `views/all` table). */
async function* objectListing(api: HubSpotApi, objectTypeId: string, signal: AbortSignal): AsyncGenerator<string[]> {
  let after: string | undefined;
  do {
    const page = await api.objects.page(objectTypeId, { after, limit: OBJECT_PAGE, properties: ['hs_object_id'], signal });
    yield page.results.map((r) => r.id);
    after = page.after;
  } while (after);
}

/** The number the resolved set must equal, and whether HubSpot displayed it or the API counted it. */
interface Expected {
  count: number;
  byApi: boolean;
}
const shownBy = (request: ResolveRequest): Expected => ({ count: request.displayedTotal, byApi: request.totalFrom === 'api' });

/** Drains pages of IDs; stops as soon as there are more than expected (no use paging further). */
async function collect(
  pages: AsyncIterable<string[]>,
  expected: Expected,
  where: Text,
  onProgress: (n: number) => void,
): Promise<string[]> {
  const ids = new Set<string>();
  for await (const page of pages) {
    for (const id of page) ids.add(id);
    if (ids.size > expected.count) throw countMismatch(where, expected, text('selection.moreThan', { count: expected.count }));
    onProgress(ids.size);
  }
  if (ids.size !== expected.count) throw countMismatch(where, expected, ids.size);
  return [...ids];
}

function countMismatch(where: Text, expected: Expected, found: number | Text): SelectionRefused {
  const key = expected.byApi ? 'selection.apiCountChanged' : 'selection.viewMismatch';
  return new SelectionRefused(text(key, { displayed: expected.count, where, found }));
}
