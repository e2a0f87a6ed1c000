/**
 * HubSpot's restore page, /recycling-bin/{portal}/restore/{typeId} (help article "Restore deleted
 * records", HUBSPOT.md §7): the archived records of one object type, most recently deleted first,
 * at most 10,000 shown ("Showing the 10,000 most recently deleted of N"), with name (email for
 * contacts), deleted at and deleted by; search by name or email; a checkbox per row and per page;
 * a selection that holds across paging and search (HubSpot's React table keeps it in state); and
 * Restore with a confirmation dialog, then a result per record.
 *
 * Like HubSpot's, the page is client-rendered: the server sends a shell and the page script
 * (client/restore-page.js) fetches its rows from the page-private endpoint in restore-api.ts, as
 * HubSpot's UI calls its own internal APIs. crm-sweep never calls that endpoint.
 *
 * Users without the "Account access" and "Add and edit users" permissions get HubSpot's permission
 * page instead. The sandbox's UI user has both unless `store.uiUser.mayRestore` is false or the URL
 * carries `?sandboxUser=noRestore` — test switches of the sandbox's UI session, nothing HubSpot or
 * crm-sweep knows about.
 *
 * Two DOM variants (`?variant=`): `table` (default: the current component, a native table with
 * native checkboxes) and `grid` (an older ARIA grid of divs with `role="checkbox"` spans).
 * lib/hubspot/page/selectors.ts RESTORE_SELECTORS keeps the contract of both.
 */
import type { SandboxStore } from '../store';
import { classMap, cls } from './class-names';
import { configBlock, restorePageScript } from './client-scripts';
import { esc } from './html';
import { renderPage } from './layout';
import { uiObjectType, uiObjectTypes } from './record-display';
import { recycleBinPath, tablePath } from './ui-paths';

/** HubSpot shows and restores at most this many records at a time. */
export const RESTORE_PAGE_CAP = 10_000;
export const RESTORE_PAGE_SIZES = [25, 50, 100] as const;
export const RESTORE_VARIANTS = ['table', 'grid'] as const;
export type RestoreVariant = (typeof RESTORE_VARIANTS)[number];

/** The sandbox's switch for a UI user without the restore permissions (see the file comment). */
export function uiUserMayRestore(store: SandboxStore, url: URL): boolean {
  return store.uiUser.mayRestore && url.searchParams.get('sandboxUser') !== 'noRestore';
}

export function restoreVariantOf(url: URL): RestoreVariant {
  const asked = url.searchParams.get('variant');
  return (RESTORE_VARIANTS as readonly string[]).includes(asked ?? '') ? (asked as RestoreVariant) : 'table';
}

/** Hashed class names the page script puts on the nodes it builds. */
const CLIENT_CLASSES = [
  'table',
  'th',
  'td',
  'row',
  'row-selected',
  'cell-check',
  'pager',
  'pager-link',
  'pager-current',
  'toolbar',
  'bulk-count',
  'button',
  'button-primary',
  'input',
  'notice',
  'panel',
  'results',
  'result-ok',
  'result-error',
  'subtle',
  'empty',
  'dialog-backdrop',
  'dialog',
  'dialog-title',
  'dialog-body',
  'dialog-footer',
] as const;

function renderNoPermission(store: SandboxStore, typeLabel: string): string {
  const body = `<section ${cls('panel')} data-test-id="restore-no-permission" role="alert" aria-labelledby="no-permission-title">
<h1 ${cls('h1')} id="no-permission-title">You don't have permission to restore records</h1>
<p>Restoring deleted ${esc(typeLabel.toLowerCase())} requires the <strong>Account access</strong> and <strong>Add and edit users</strong> permissions. Ask a super admin in your account for access.</p>
</section>`;
  return renderPage(store, { title: 'Restore records', active: 'recycle-bin', body });
}

/** The grid variant draws its own checkboxes (spans), so it needs a few rules of its own. */
const GRID_STYLE = `<style>
[data-test-id="recycle-bin-grid"]{display:table;width:100%;border-collapse:collapse;background:#fff}
[data-test-id="recycle-bin-grid"] [role="row"]{display:table-row}
[data-test-id="recycle-bin-grid"] [role="columnheader"],[data-test-id="recycle-bin-grid"] [role="gridcell"]{display:table-cell;padding:8px 12px;border-bottom:1px solid #dfe3eb;text-align:left}
[data-test-id="recycle-bin-grid"] [role="columnheader"]{font-weight:600;background:#f5f8fa}
[data-test-id="recycle-bin-grid"] [role="checkbox"]{display:inline-block;width:14px;height:14px;border:1px solid #7c98b6;border-radius:3px;cursor:pointer;vertical-align:middle}
[data-test-id="recycle-bin-grid"] [role="checkbox"][aria-checked="true"]{background:#0091ae;border-color:#0091ae;box-shadow:inset 0 0 0 2px #fff}
[data-test-id="restore-page"] [role="toolbar"]{display:flex;gap:12px;align-items:center;margin:12px 0}
[data-test-id="restore-pagination"]{display:flex;gap:12px;align-items:center;margin:12px 0}
</style>`;

/** The page, or undefined for an object type without a bin. */
export function renderRestorePage(store: SandboxStore, typeId: string, url: URL): string | undefined {
  const type = uiObjectType(store, typeId);
  if (!type) return undefined;
  if (!uiUserMayRestore(store, url)) return renderNoPermission(store, type.plural);
  const portal = String(store.portalId);
  const variant = restoreVariantOf(url);
  const tabs = uiObjectTypes(store).map((t) => {
    const active = t.objectTypeId === typeId;
    const href = `${recycleBinPath(portal, t.objectTypeId)}${variant === 'table' ? '' : `?variant=${variant}`}`;
    return `<a ${active ? cls('tab', 'tab-active') : cls('tab')} role="tab" aria-selected="${active}" href="${esc(href)}">${esc(t.label)}</a>`;
  });
  const body = `<div ${cls('page-header')}><h1 ${cls('h1')}>Restore deleted ${esc(type.plural)}</h1>
<span ${cls('subtle')}>Deleted records stay here for 90 days. <a href="${esc(tablePath(portal, typeId, 'all'))}">Back to ${esc(type.plural)}</a></span></div>
<div ${cls('tabs')}><div ${cls('tablist')} role="tablist" aria-label="Object types">${tabs.join('')}</div></div>
${GRID_STYLE}
<div data-test-id="restore-page" data-variant="${variant}" aria-busy="true"></div>
${configBlock({
  classes: classMap(CLIENT_CLASSES),
  variant,
  typeId,
  singular: type.singular,
  plural: type.plural,
  nameLabel: typeId === '0-1' ? 'Name / email' : type.nameLabel,
  cap: RESTORE_PAGE_CAP,
  pageSizes: RESTORE_PAGE_SIZES,
  api: `/ui-api/recycling-bin/${portal}/${typeId}`,
})}`;
  return renderPage(store, { title: `Restore ${type.plural}`, active: 'recycle-bin', body, scripts: [restorePageScript()] });
}
