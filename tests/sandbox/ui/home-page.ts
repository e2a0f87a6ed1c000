/**
 * `/`: where `npm start` lands and a human starts clicking — a link to every page kind: each
 * object's table and saved views, the boards per pipeline, the lists, a sample record and the
 * recycle bins, with live counts.
 */
import type { SandboxStore } from '../store';
import { cls } from './class-names';
import { countNoun, esc, formatCount } from './html';
import { renderPage } from './layout';
import { uiObjectTypes } from './record-display';
import { savedViews } from './saved-views';
import { boardPath, listPath, listsIndexPath, recordPath, recycleBinPath, tablePath } from './ui-paths';

export function renderHomePage(store: SandboxStore): string {
  const portal = store.portalId;
  const counts = store.counts();
  const a = (href: string, text: string) => `<a href="${esc(href)}">${esc(text)}</a>`;
  const sections = uiObjectTypes(store).map((type) => {
    const typeId = type.objectTypeId;
    const links = [a(tablePath(portal, typeId, 'all'), `All ${type.plural} (table)`)];
    for (const view of savedViews(store, typeId))
      links.push(a(tablePath(portal, typeId, view.id), `Saved view “${view.name}” (${view.id})`));
    for (const pipeline of store.pipelines(typeId))
      links.push(a(boardPath(portal, typeId, 'all', pipeline.id), `Board: ${pipeline.label}`));
    const first = store.listRecords(typeId)[0];
    if (first) links.push(a(recordPath(portal, typeId, first.id), `A ${type.singular} record (${first.id})`));
    const c = counts[typeId] ?? { active: 0, archived: 0 };
    links.push(a(recycleBinPath(portal, typeId), `Recycle bin (${formatCount(c.archived)})`));
    return `<section ${cls('panel')} data-object-type-id="${esc(typeId)}"><h2 ${cls('section-title')}>${esc(type.label)} <span ${cls('count')}>${esc(countNoun(c.active, 'record', 'records'))}</span> <span ${cls('subtle')}>${esc(typeId)}</span></h2>
<ul ${cls('link-list')}>${links.map((l) => `<li>${l}</li>`).join('')}</ul></section>`;
  });
  const lists = store.lists
    .all()
    .map(
      (list) =>
        `<li>${a(listPath(portal, list.listId), `${list.name} (${list.processingType.toLowerCase()}, ${formatCount(store.listMembers(list.listId).length)})`)}</li>`,
    );
  const body = `<div ${cls('page-header')}><h1 ${cls('h1')}>HubSpot sandbox</h1><span ${cls('subtle')}>Portal ${esc(portal)} · local, seeded data · pages keep HubSpot's DOM contract</span></div>
${sections.join('\n')}
<section ${cls('panel')}><h2 ${cls('section-title')}>${a(listsIndexPath(portal), 'Lists')}</h2><ul ${cls('link-list')}>${lists.join('')}</ul></section>`;
  return renderPage(store, { title: 'Sandbox', active: 'home', body });
}
