/**
 * HubSpot's full-page notices: "This record was deleted", "This list doesn't exist". Served with
 * status 404 so a script (or the extension verifying a delete) can tell them from a real page.
 */
import type { SandboxStore } from '../store';
import { cls } from './class-names';
import { esc } from './html';
import { renderPage } from './layout';

export interface Notice {
  title: string;
  message: string;
  link?: { href: string; label: string };
  active?: string;
}

export function renderNotice(store: SandboxStore, notice: Notice): string {
  const link = notice.link
    ? `<p><a ${cls('button', 'button-primary')} href="${esc(notice.link.href)}">${esc(notice.link.label)}</a></p>`
    : '';
  const body = `<div ${cls('panel', 'notice-page')} data-test-id="not-found" role="alert">
<h1 ${cls('h1')}>${esc(notice.title)}</h1>
<p>${esc(notice.message)}</p>
${link}
</div>`;
  return renderPage(store, { title: notice.title, active: notice.active ?? 'home', body });
}
