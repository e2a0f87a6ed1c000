/**
 * /contacts/{portal}/objectLists/ — every list with its type, object, live size and a link, so a
 * human (and the e2e tests) can find the manual, snapshot and active lists the seed creates.
 */
import type { SandboxStore } from '../store';
import { cls } from './class-names';
import { esc, formatCount, formatDateTime } from './html';
import { renderPage } from './layout';
import { listTypeBadge } from './list-page';
import { uiObjectType } from './record-display';
import { listPath } from './ui-paths';

export function renderListsIndex(store: SandboxStore): string {
  const rows = store.lists.all().map((list) => {
    const type = uiObjectType(store, list.objectTypeId);
    return `<tr ${cls('row')} data-list-id="${esc(list.listId)}">
<td ${cls('td')}><a ${cls('name-link')} href="${esc(listPath(store.portalId, list.listId))}">${esc(list.name)}</a></td>
<td ${cls('td')}>${listTypeBadge(list)}</td>
<td ${cls('td')}>${esc(type?.label ?? list.objectTypeId)}</td>
<td ${cls('td')} data-test-id="list-size">${formatCount(store.listMembers(list.listId).length)}</td>
<td ${cls('td')}>${esc(formatDateTime(list.updatedAt))}</td>
</tr>`;
  });
  const headers = ['Name', 'Type', 'Object', 'List size', 'Last updated'].map((h) => `<th ${cls('th')} scope="col">${h}</th>`).join('');
  const body = `<div ${cls('page-header')}><h1 ${cls('h1')}>Lists</h1><span ${cls('count')}>${formatCount(rows.length)} lists</span></div>
<div ${cls('table-wrap')}><table ${cls('table')} aria-label="Lists"><thead><tr>${headers}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table></div>`;
  return renderPage(store, { title: 'Lists', active: 'lists', body });
}
