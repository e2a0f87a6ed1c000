/**
 * A list's page: /contacts/{portal}/objectLists/{listId} (and the older …/lists/{listId}). Name,
 * type badge (Manual / Snapshot / Active), the member count ("N contacts"), and the members in the
 * same table contract as the index page. The bulk bar has HubSpot's own "Remove from list"
 * (manual and snapshot lists) and "More ▾ → Delete", which deletes the records, not the list
 * (HUBSPOT.md §1). `?variant=` picks the table component and total display (variants.ts).
 */
import type { CrmList } from '../crm/lists';
import type { CrmRecord, SandboxStore } from '../store';
import { classMap, cls } from './class-names';
import { configBlock, dataTableScript, DATA_TABLE_CLASSES } from './client-scripts';
import { renderDataTable } from './data-table';
import { esc, formatDateTime } from './html';
import { renderPage } from './layout';
import { readPaging, renderPagination } from './pagination';
import { uiObjectType } from './record-display';
import { tableVariant, withVariant } from './variants';
import { archiveApiPath, listPath, listRemoveApiPath, listsIndexPath } from './ui-paths';

/** HubSpot's names for the processing types: DYNAMIC lists are "Active" lists. */
export const LIST_TYPE_LABELS: Record<CrmList['processingType'], string> = { MANUAL: 'Manual', SNAPSHOT: 'Snapshot', DYNAMIC: 'Active' };

export function listTypeBadge(list: CrmList): string {
  const variant =
    list.processingType === 'DYNAMIC' ? 'badge-active' : list.processingType === 'SNAPSHOT' ? 'badge-snapshot' : 'badge-manual';
  return `<span ${cls('badge', variant)} data-test-id="list-type-badge" data-processing-type="${list.processingType}">${LIST_TYPE_LABELS[list.processingType]}</span>`;
}

/** The page, or undefined for a list of an object type without pages (none are seeded). */
export function renderListPage(store: SandboxStore, list: CrmList, url: URL): string | undefined {
  const type = uiObjectType(store, list.objectTypeId);
  if (!type) return undefined;
  const portal = store.portalId;
  const variant = tableVariant(url);
  const memberIds = store.listMembers(list.listId);
  const paging = readPaging(url, memberIds.length);
  const records = memberIds
    .slice(paging.offset, paging.offset + paging.pageSize)
    .map((id) => store.get(list.objectTypeId, id))
    .filter((r): r is CrmRecord => r !== undefined);
  const menuId = `list-more-menu-${list.listId}`;
  const remove =
    list.processingType === 'DYNAMIC'
      ? ''
      : `<button type="button" ${cls('button')} data-bulk-action="remove-from-list">Remove from list</button>`;
  const more = `<span ${cls('menu-wrap')}><button type="button" ${cls('button')} data-menu-toggle aria-haspopup="menu" aria-expanded="false" aria-controls="${menuId}">More <span aria-hidden="true">▾</span></button>
<div ${cls('menu')} role="menu" id="${menuId}" aria-label="More actions" hidden><button type="button" ${cls('menu-item')} role="menuitem" data-bulk-action="delete">Delete</button></div></span>`;
  const table = renderDataTable({
    store,
    typeId: list.objectTypeId,
    records,
    nameLabel: type.nameLabel,
    columns: type.columns,
    total: memberIds.length,
    noun: { singular: type.singular, plural: type.plural },
    bulkActions: remove + more,
    pagination: renderPagination(paging, (page, pageSize) =>
      withVariant(`${listPath(portal, list.listId)}?page=${page}&pageSize=${pageSize}`, variant),
    ),
    emptyText: `This list has no ${type.plural}.`,
    variant,
  });
  const filters =
    list.processingType === 'DYNAMIC'
      ? `<p ${cls('subtle')}>Active list: members join and leave automatically as records match its filters.</p>`
      : '';
  const config = {
    classes: classMap(DATA_TABLE_CLASSES),
    archiveUrl: archiveApiPath(portal, list.objectTypeId),
    removeUrl: listRemoveApiPath(portal, list.listId),
    scope: { listId: list.listId },
  };
  const body = `<p ${cls('subtle')}><a href="${esc(listsIndexPath(portal))}">‹ Lists</a></p>
<div ${cls('page-header')}><h1 ${cls('h1')} data-test-id="list-name">${esc(list.name)}</h1>${listTypeBadge(list)}
<span ${cls('subtle')}>${esc(type.label)} · List ID ${esc(list.listId)} · Updated ${esc(formatDateTime(list.updatedAt))}</span></div>
${filters}
${table}
${configBlock(config)}`;
  return renderPage(store, { title: list.name, active: 'lists', body, scripts: [dataTableScript()] });
}
