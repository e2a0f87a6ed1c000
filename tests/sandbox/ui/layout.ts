/**
 * The HubSpot-ish chrome around every page: `lang="en"`, a dark top nav with the object links and
 * the portal ID, and the page body. Inline scripts and JSON data blocks go at the end of <body>,
 * as a server-rendered React app would hydrate. No external resources of any kind.
 */
import type { SandboxStore } from '../store';
import { cls } from './class-names';
import { esc } from './html';
import { pageFurnitureScript } from './page-furniture';
import { uiObjectTypes } from './record-display';
import { stylesheet } from './styles';
import { listsIndexPath, recycleBinPath, tablePath } from './ui-paths';

export interface PageSpec {
  title: string;
  /** The nav entry to underline: an object type ID, 'lists', 'recycle-bin' or 'home'. */
  active: string;
  body: string;
  /** Inline scripts, already wrapped or plain JS (run in order after the body). */
  scripts?: string[];
}

/** HubSpot's sprocket, drawn inline (no image requests). */
const SPROCKET = `<svg viewBox="0 0 32 32" aria-hidden="true"><circle cx="19" cy="19" r="6.5" fill="none" stroke="#ff7a59" stroke-width="3.5"/><path d="M19 12.5V6M14.2 23.8 8 29M13.5 15 6 9.5" stroke="#ff7a59" stroke-width="3" stroke-linecap="round"/><circle cx="19" cy="5" r="2.6" fill="#ff7a59"/><circle cx="5.5" cy="8.5" r="2.4" fill="#ff7a59"/></svg>`;

/** The signed-in user the header shows, as HubSpot's account menu does (lib/hubspot/page/selectors.ts USER_SELECTORS). */
export const SIGNED_IN_USER = { name: 'Sandra Sandbox', email: 'sandra@sandbox.example' } as const;

export function renderPage(store: SandboxStore, spec: PageSpec): string {
  const portal = store.portalId;
  const link = (href: string, label: string, key: string) =>
    `<a ${key === spec.active ? `${cls('navlink', 'navlink-active')} aria-current="page"` : cls('navlink')} href="${esc(href)}">${esc(label)}</a>`;
  const objectLinks = uiObjectTypes(store).map((t) => link(tablePath(portal, t.objectTypeId, 'all'), t.label, t.objectTypeId));
  const scripts = [...(spec.scripts ?? []), pageFurnitureScript()].map((js) => `<script>${js}</script>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(spec.title)} | HubSpot</title>
<link rel="icon" href="data:,">
<style>${stylesheet()}</style>
</head>
<body>
<header ${cls('topnav')}>
<a ${cls('brand')} href="/" aria-label="HubSpot sandbox home">${SPROCKET}<span>HubSpot</span></a>
<nav aria-label="Main" ${cls('navlinks')}>
${objectLinks.join('\n')}
${link(listsIndexPath(portal), 'Lists', 'lists')}
${link(recycleBinPath(portal, '0-1'), 'Recycle bin', 'recycle-bin')}
</nav>
<span ${cls('portal')} data-test-id="portal-id">Portal ${esc(portal)} · sandbox</span>
<span ${cls('portal')} aria-label="Account menu"><span data-test-id="account-menu-user-name">${esc(SIGNED_IN_USER.name)}</span> · <span data-test-id="account-menu-user-email">${esc(SIGNED_IN_USER.email)}</span></span>
</header>
<main ${cls('main')} id="main">
${spec.body}
</main>
${scripts}
</body>
</html>`;
}
