/**
 * A record's page: /contacts/{portal}/record/{typeId}/{id}. Its properties, its associations
 * grouped by object type with their labels (Primary, Decision maker …), and its lists. An archived,
 * permanently deleted or unknown ID gets HubSpot's "This record was deleted" notice (status 404)
 * with a link to the recycle bin — what a user sees when following a link to a deleted record.
 */
import type { AssociatedRecord, SandboxStore } from '../store';
import { cls } from './class-names';
import { esc, formatDateTime } from './html';
import { renderPage } from './layout';
import { listTypeBadge } from './list-page';
import { renderNotice } from './message-page';
import { displayValue, recordTitle, uiObjectType } from './record-display';
import { listPath, recordPath, recycleBinPath } from './ui-paths';

export interface RenderedPage {
  status: number;
  html: string;
}

function deletedNotice(store: SandboxStore, typeId: string, id: string): RenderedPage {
  const archived = store.get(typeId, id, { archived: true });
  const gdpr = store.gdprDeleted.some((d) => d.objectTypeId === typeId && d.id === id);
  const message = archived
    ? `It was deleted on ${formatDateTime(archived.archivedAt)}. Deleted records can be restored from the recycle bin for 90 days.`
    : gdpr
      ? 'It was permanently deleted and cannot be restored.'
      : 'It may have been deleted, or the link is wrong. Deleted records can be restored from the recycle bin for 90 days.';
  const binType = uiObjectType(store, typeId) ? typeId : '0-1';
  const html = renderNotice(store, {
    title: 'This record was deleted',
    message,
    active: typeId,
    link: { href: recycleBinPath(store.portalId, binType), label: 'Go to the recycle bin' },
  });
  return { status: 404, html };
}

function associationGroups(store: SandboxStore, typeId: string, id: string): string {
  const byType = new Map<string, AssociatedRecord[]>();
  for (const a of store.associationsOf(typeId, id)) byType.set(a.toObjectTypeId, [...(byType.get(a.toObjectTypeId) ?? []), a]);
  const groups = store.objectTypes.all
    .filter((def) => byType.has(def.objectTypeId))
    .map((def) => {
      const items = (byType.get(def.objectTypeId) ?? []).map((a) => {
        const record = store.get(def.objectTypeId, a.toObjectId);
        const labels = a.types.map((t) => t.label).filter((l): l is string => l !== null);
        const labelText =
          labels.length > 0 ? ` <span ${cls('badge')} data-test-id="association-label">${esc(labels.join(', '))}</span>` : '';
        const title = record ? recordTitle(store, def.objectTypeId, record) : a.toObjectId;
        return `<li data-record-id="${esc(a.toObjectId)}"><a href="${esc(recordPath(store.portalId, def.objectTypeId, a.toObjectId))}">${esc(title)}</a>${labelText}</li>`;
      });
      const label = def.name.charAt(0).toUpperCase() + def.name.slice(1);
      return `<section data-test-id="association-group" data-object-type-id="${esc(def.objectTypeId)}"><h2 ${cls('section-title')}>${esc(label)} (${items.length})</h2><ul ${cls('assoc-list')}>${items.join('')}</ul></section>`;
    });
  return groups.join('') || `<p ${cls('subtle')}>No associations.</p>`;
}

export function renderRecordPage(store: SandboxStore, typeId: string, id: string): RenderedPage | undefined {
  const def = store.objectTypes.resolve(typeId);
  if (!def || def.objectTypeId !== typeId) return undefined;
  const record = store.get(typeId, id);
  if (!record) return deletedNotice(store, typeId, id);
  const title = recordTitle(store, typeId, record);
  const properties = store.properties(typeId).map((p) => {
    const value = displayValue(store, typeId, record, p.name);
    return `<dt>${esc(p.label)}</dt><dd data-property="${esc(p.name)}">${esc(value) || '--'}</dd>`;
  });
  const lists = store.lists
    .listsOf(typeId, id)
    .map(
      ({ list }) =>
        `<li data-list-id="${esc(list.listId)}"><a href="${esc(listPath(store.portalId, list.listId))}">${esc(list.name)}</a> ${listTypeBadge(list)}</li>`,
    );
  const body = `<div ${cls('record-layout')}>
<aside ${cls('panel')}>
<p ${cls('subtle')}>${esc(uiObjectType(store, typeId)?.label ?? def.name)}</p>
<h1 ${cls('h1')} data-test-id="record-title">${esc(title)}</h1>
<p ${cls('subtle')}>Record ID <span data-test-id="record-id">${esc(record.id)}</span></p>
</aside>
<section ${cls('panel')} aria-label="About this ${esc(def.singular)}"><h2 ${cls('section-title')}>About this ${esc(def.singular)}</h2>
<dl ${cls('prop-list')}>${properties.join('')}</dl></section>
<aside ${cls('panel')} aria-label="Associations and lists">
${associationGroups(store, typeId, id)}
<section data-test-id="record-lists"><h2 ${cls('section-title')}>Lists (${lists.length})</h2><ul ${cls('assoc-list')}>${lists.join('')}</ul></section>
</aside>
</div>`;
  return { status: 200, html: renderPage(store, { title, active: typeId, body }) };
}
