/**
 * Index page, table view: /contacts/{portal}/objects/{typeId}/views/{all|viewId}/list
 * ?page=N&pageSize=25|50|100. Reads the store at request time, so a delete shows on the next
 * load. The bulk bar carries HubSpot's own Assign / Edit (inert here) and Delete, whose dialog
 * asks for the typed count and archives through /ui-api/ (HUBSPOT.md §1). `?variant=` picks
 * the table component and total display (variants.ts); `?render=client` leaves the rows to the
 * page's script, as HubSpot's app does (client-render.ts).
 */
import type { SandboxStore } from '../store';
import { classMap, cls } from './class-names';
import { configBlock, dataTableScript, DATA_TABLE_CLASSES } from './client-scripts';
import { clientRender } from './client-render';
import { renderDataTable, renderLoadingRegion } from './data-table';
import { esc } from './html';
import { renderPage } from './layout';
import { readPaging, renderPagination } from './pagination';
import { uiObjectType } from './record-display';
import { findView, viewRecords } from './saved-views';
import { archiveApiPath, tablePath } from './ui-paths';
import { renderViewTabs } from './view-tabs';
import { tableVariant, withVariant } from './variants';

/** The page's HTML, or undefined for an object type or view the sandbox does not have. */
export function renderTablePage(store: SandboxStore, typeId: string, viewId: string, url: URL): string | undefined {
  const type = uiObjectType(store, typeId);
  if (!type) return undefined;
  const view = findView(store, typeId, viewId, type.label);
  if (!view) return undefined;
  const records = viewRecords(store, typeId, view);
  const paging = readPaging(url, records.length);
  const portal = store.portalId;
  const variant = tableVariant(url);
  const later = clientRender(url);
  const inert = (label: string) =>
    `<button type="button" ${cls('button')} aria-disabled="true" title="Not available in the sandbox">${label}</button>`;
  const table = renderDataTable({
    store,
    typeId,
    records: records.slice(paging.offset, paging.offset + paging.pageSize),
    nameLabel: type.nameLabel,
    columns: type.columns,
    total: records.length,
    noun: { singular: 'record', plural: 'records' },
    bulkActions: `${inert('Assign')}${inert('Edit')}<button type="button" ${cls('button', 'button-danger')} data-bulk-action="delete" data-selenium-test="bulk-action-delete">Delete</button>`,
    pagination: renderPagination(paging, (page, pageSize) => withVariant(tablePath(portal, typeId, view.id, { page, pageSize }), variant)),
    emptyText: view.filterGroups.length > 0 ? 'No records match the filters of this view.' : `No ${type.plural} yet.`,
    variant,
  });
  const config = {
    classes: classMap(DATA_TABLE_CLASSES),
    archiveUrl: archiveApiPath(portal, typeId),
    // "Select all N records" deletes what the view shows: the server re-applies the view's filters.
    scope: { viewId: view.id },
    ...(later && { rowsUrl: later.rowsUrl, rowsAfterMs: later.afterMs }),
  };
  const body = `<div ${cls('page-header')}><h1 ${cls('h1')}>${esc(type.label)}</h1></div>
${renderViewTabs(store, type, view, 'list')}
${later ? renderLoadingRegion(type.plural) : table}
${configBlock(config)}`;
  return renderPage(store, { title: `${type.label} — ${view.name}`, active: typeId, body, scripts: [dataTableScript()] });
}
