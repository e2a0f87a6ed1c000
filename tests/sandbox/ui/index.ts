import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxStore } from '../store';
import { renderBoardPage } from './board-page';
import { redirect, sendHtml } from './html';
import { renderHomePage } from './home-page';
import { renderListPage } from './list-page';
import { renderListsIndex } from './lists-index-page';
import { renderNotice } from './message-page';
import { uiObjectType } from './record-display';
import { renderRecordPage } from './record-page';
import { handleRestoreApi } from './restore-api';
import { renderRestorePage } from './restore-page';
import { renderTablePage } from './table-page';
import { handleUiAction } from './ui-actions';
import { listsIndexPath } from './ui-paths';

/**
 * HubSpot-shaped UI pages (table, board, list, record, recycle bin) served by the sandbox, at
 * HubSpot's URL shapes (HUBSPOT.md §5) for this store's portal only. Returns true when it answered
 * the request (possibly finishing the answer asynchronously, for POSTs); false lets the server
 * answer 404. Pages read the live store on every request, so a delete shows on the next load.
 */
export function handleUiRequest(req: IncomingMessage, res: ServerResponse, url: URL, store: SandboxStore): boolean {
  if (url.pathname.startsWith('/ui-api/recycling-bin/')) return handleRestoreApi(req, res, url, store);
  if (url.pathname.startsWith('/ui-api/')) return handleUiAction(req, res, url, store);
  const method = req.method ?? 'GET';
  const path = url.pathname;
  const portal = String(store.portalId);
  const page = (html: string | undefined, status = 200): boolean => {
    if (html === undefined) return false;
    sendHtml(res, status, html);
    return true;
  };
  let m: RegExpMatchArray | null;

  if ((m = path.match(/^\/recycling-bin\/(\d+)\/restore\/([02]-\d+)\/?$/)) && m[1] === portal) {
    const typeId = m[2] as string;
    if (!uiObjectType(store, typeId)) return false;
    return method === 'GET' && page(renderRestorePage(store, typeId, url));
  }
  if (method !== 'GET') return false;
  if (path === '/' || path === '/index.html') return page(renderHomePage(store));

  if ((m = path.match(/^\/contacts\/(\d+)\/objects\/([02]-\d+)\/views\/(all|\d+)\/(list|board)\/?$/)) && m[1] === portal) {
    const [, , typeId, viewId, mode] = m as unknown as [string, string, string, string, string];
    return page(mode === 'list' ? renderTablePage(store, typeId, viewId, url) : renderBoardPage(store, typeId, viewId, url));
  }
  if ((m = path.match(/^\/contacts\/(\d+)\/(?:objectLists|lists)\/?$/)) && m[1] === portal) {
    return page(renderListsIndex(store));
  }
  // HubSpot appends tabs such as /filters or /details to a list's URL; they show the same list here.
  if ((m = path.match(/^\/contacts\/(\d+)\/(?:objectLists|lists)\/(\d+)(?:\/[a-z-]+)?\/?$/)) && m[1] === portal) {
    const list = store.lists.get(m[2] as string);
    if (list) return page(renderListPage(store, list, url));
    return page(
      renderNotice(store, {
        title: "This list doesn't exist",
        message: `There is no list with ID ${m[2]}. It may have been deleted.`,
        active: 'lists',
        link: { href: listsIndexPath(portal), label: 'Go to lists' },
      }),
      404,
    );
  }
  if ((m = path.match(/^\/contacts\/(\d+)\/record\/([02]-\d+)\/(\d+)\/?$/)) && m[1] === portal) {
    const rendered = renderRecordPage(store, m[2] as string, m[3] as string);
    return rendered ? page(rendered.html, rendered.status) : false;
  }
  // The older index shape /contacts/{portal}/{objectName}/list/view/all/ (HUBSPOT.md §5) redirects, as HubSpot does.
  if ((m = path.match(/^\/contacts\/(\d+)\/(contacts|companies|deals|tickets)\/list\/view\/all\/?$/)) && m[1] === portal) {
    redirect(res, `/contacts/${portal}/objects/${store.objectTypes.require(m[2] as string).objectTypeId}/views/all/list`);
    return true;
  }
  return false;
}
