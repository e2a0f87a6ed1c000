/**
 * The recycle bin: /recycling-bin/{portal}/restore/{typeId}. Archived records of one type, most
 * recently deleted first, at most 10,000 (HubSpot shows no more: HUBSPOT.md §3), with checkboxes
 * and "Restore". Restoring is a plain form POST to the same URL: the server calls store.restore and
 * shows a result per record — including HubSpot's refusal to restore a contact whose email another
 * active contact has taken meanwhile.
 */
import type { RestoreResult, SandboxStore } from '../store';
import { classMap, cls } from './class-names';
import { configBlock, dataTableScript, DATA_TABLE_CLASSES } from './client-scripts';
import { renderDataTable } from './data-table';
import { esc, formatCount, formatDateTime } from './html';
import { renderPage } from './layout';
import { readPaging, renderPagination } from './pagination';
import { recordTitle, uiObjectType, uiObjectTypes } from './record-display';
import { recordPath, recycleBinPath } from './ui-paths';

export const RECYCLE_BIN_LIMIT = 10_000;

const RESULT_TEXT: Record<RestoreResult['status'], string> = {
  RESTORED: 'Restored',
  EMAIL_CONFLICT: 'A contact with this email already exists',
  NOT_FOUND: 'This record no longer exists',
  NOT_ARCHIVED: 'This record is not in the recycle bin',
};

function renderResults(store: SandboxStore, typeId: string, results: readonly RestoreResult[]): string {
  const restored = results.filter((r) => r.status === 'RESTORED').length;
  const items = results.map((r) => {
    const record = store.get(typeId, r.id, { archived: 'any' });
    const name = record ? recordTitle(store, typeId, record) : r.id;
    const conflict = r.conflictingId
      ? ` (<a href="${esc(recordPath(store.portalId, typeId, r.conflictingId))}">view the contact that has it</a>)`
      : '';
    return `<li ${cls(r.status === 'RESTORED' ? 'result-ok' : 'result-error')} data-record-id="${esc(r.id)}" data-status="${r.status}">${esc(name)}: ${esc(RESULT_TEXT[r.status])}${conflict}</li>`;
  });
  const summary =
    results.length === 0 ? 'Select the records to restore.' : `${formatCount(restored)} of ${formatCount(results.length)} restored.`;
  return `<section ${cls('panel')} role="status" aria-label="Restore results" data-test-id="restore-results"><strong>${summary}</strong><ul ${cls('results')}>${items.join('')}</ul></section>`;
}

/** The page, or undefined for an object type without a bin. `results` is set after a restore. */
export function renderRecycleBin(store: SandboxStore, typeId: string, url: URL, results?: readonly RestoreResult[]): string | undefined {
  const type = uiObjectType(store, typeId);
  if (!type) return undefined;
  const portal = store.portalId;
  const bin = store.recycleBin(typeId);
  const shown = bin.slice(0, RECYCLE_BIN_LIMIT);
  const paging = readPaging(url, shown.length);
  const tabs = uiObjectTypes(store).map((t) => {
    const active = t.objectTypeId === typeId;
    return `<a ${active ? cls('tab', 'tab-active') : cls('tab')} role="tab" aria-selected="${active}" href="${esc(recycleBinPath(portal, t.objectTypeId))}">${esc(t.label)}</a>`;
  });
  const cap =
    bin.length > RECYCLE_BIN_LIMIT
      ? `<p ${cls('notice')} data-test-id="recycle-bin-cap">Showing the ${formatCount(RECYCLE_BIN_LIMIT)} most recently deleted of ${formatCount(bin.length)} ${esc(type.plural)}.</p>`
      : '';
  const table = renderDataTable({
    store,
    typeId,
    records: shown.slice(paging.offset, paging.offset + paging.pageSize),
    nameLabel: type.nameLabel,
    columns: type.columns.slice(0, 2),
    extraColumns: [{ label: 'Deleted on', value: (r) => formatDateTime(r.archivedAt) }],
    total: shown.length,
    noun: { singular: `deleted ${type.singular}`, plural: `deleted ${type.plural}` },
    bulkActions: `<button type="submit" ${cls('button', 'button-primary')} data-requires-selection>Restore</button>`,
    pagination: renderPagination(paging, (page, pageSize) => `${recycleBinPath(portal, typeId)}?page=${page}&pageSize=${pageSize}`),
    emptyText: `No deleted ${type.plural}. Deleted records stay here for 90 days.`,
    checkboxName: 'id',
    selectAllMatching: false,
  });
  const body = `<div ${cls('page-header')}><h1 ${cls('h1')}>Recycle bin</h1>
<span ${cls('subtle')}>Restore records deleted in the last 90 days.</span></div>
<div ${cls('tabs')}><div ${cls('tablist')} role="tablist" aria-label="Object types">${tabs.join('')}</div></div>
${results ? renderResults(store, typeId, results) : ''}
${cap}
<form method="post" action="${esc(url.pathname + url.search)}" data-test-id="restore-form">
${table}
</form>
${configBlock({ classes: classMap(DATA_TABLE_CLASSES), answeredPost: results !== undefined })}`;
  return renderPage(store, { title: `Recycle bin — ${type.label}`, active: 'recycle-bin', body, scripts: [dataTableScript()] });
}
