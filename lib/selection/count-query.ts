import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { objectTypeFacts } from '@/lib/hubspot/object-types';
import type { HubSpotPage } from '@/lib/hubspot/page/url';
import { text } from '@/lib/i18n/text';
import { selectAllSupport, type SelectionQuery } from './query';
import { identifyPipeline } from './resolve-board';
import { SelectionRefused } from './refusal';

/**
 * How many records HubSpot's API finds for a "select all" the page shows no total for — asked only
 * where the API alone defines the set (the unfiltered view, a list, a whole pipeline); a filtered
 * view is refused with the reason, as select-all is. The user sees this number as the API's
 * ("HubSpot shows no total here; the API counts 1,234 deals"), and `selection/resolve` then checks
 * the resolved set against it as it checks a displayed total.
 */
export async function countSelection(api: HubSpotApi, page: HubSpotPage, query: SelectionQuery, signal?: AbortSignal): Promise<number> {
  const support = selectAllSupport(page);
  if (!support.ok) throw new SelectionRefused(text('selection.refused', { reason: support.reason }));
  if (query.kind === 'view' && page.kind === 'table') {
    // Every record has an ID: the search's total is the type's count of active records.
    const found = await api.search.page(
      page.objectTypeId,
      { filters: [{ propertyName: 'hs_object_id', operator: 'HAS_PROPERTY' }], limit: 1 },
      signal,
    );
    return found.total;
  }
  if (query.kind === 'list' && page.kind === 'list') {
    const list = await api.lists.get(page.listId, signal);
    if (typeof list.size === 'number') return list.size;
    let count = 0;
    for await (const ids of api.lists.members(page.listId, signal)) count += ids.length;
    return count;
  }
  if (query.kind === 'board' && page.kind === 'board') {
    if (query.columns.some((c) => !c.selected)) throw new SelectionRefused(text('overlay.columnCountsUnreadable'));
    const props = objectTypeFacts(page.objectTypeId)?.board;
    if (!props) throw new SelectionRefused(text('selection.boardsDealsTickets'));
    const pipeline = identifyPipeline(await api.metadata.pipelines(page.objectTypeId, signal), page.pipelineId, query.columns);
    const found = await api.search.page(
      page.objectTypeId,
      { filters: [{ propertyName: props.pipeline, operator: 'EQ', value: pipeline.id }], limit: 1 },
      signal,
    );
    return found.total;
  }
  throw new SelectionRefused(text('selection.queryDoesNotFit', { query: query.kind, page: page.kind }));
}
