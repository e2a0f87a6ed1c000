/**
 * The strip above an index page: view tabs (the default "All …" view plus the saved views), the
 * table/board switch for pipeline objects, and the active view's filter summary. Switching views
 * changes the URL path, as in HubSpot; nothing here is known to the public API.
 */
import type { SandboxStore } from '../store';
import { cls } from './class-names';
import { esc } from './html';
import type { UiObjectType } from './record-display';
import { allView, savedViews, type SavedView } from './saved-views';
import { boardPath, tablePath } from './ui-paths';

export function renderViewTabs(
  store: SandboxStore,
  type: UiObjectType,
  view: SavedView,
  mode: 'list' | 'board',
  pipelineId?: string,
): string {
  const portal = store.portalId;
  const href = (viewId: string) =>
    mode === 'board' ? boardPath(portal, type.objectTypeId, viewId, pipelineId) : tablePath(portal, type.objectTypeId, viewId);
  const tabs = [allView(type.label), ...savedViews(store, type.objectTypeId)].map((v) => {
    const active = v.id === view.id;
    return `<a ${active ? cls('tab', 'tab-active') : cls('tab')} role="tab" aria-selected="${active}" data-view-id="${esc(v.id)}" href="${esc(href(v.id))}">${esc(v.name)}</a>`;
  });
  const hasBoard = store.pipelines(type.objectTypeId).length > 0;
  const switcher = hasBoard
    ? `<span ${cls('spacer')}></span><a ${cls('button')} ${mode === 'list' ? 'aria-current="page"' : ''} href="${esc(tablePath(portal, type.objectTypeId, view.id))}">Table</a>` +
      `<a ${cls('button')} ${mode === 'board' ? 'aria-current="page"' : ''} href="${esc(boardPath(portal, type.objectTypeId, view.id, pipelineId))}">Board</a>`
    : '';
  const filters =
    view.filterGroups.length > 0
      ? `<p ${cls('subtle')} data-test-id="view-filters">Filters (${view.filterGroups.reduce((n, g) => n + g.filters.length, 0)}): ${esc(view.description)}</p>`
      : '';
  return `<div ${cls('tabs')}><div ${cls('tablist')} role="tablist" aria-label="Views">${tabs.join('')}</div>${switcher}</div>${filters}`;
}
