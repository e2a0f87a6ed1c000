import { renderText, text, type Text } from '@/lib/i18n/text';
import type { NotShownReason } from '@/lib/messaging/payloads/restore';
import { RESTORE_PANEL_CSS } from './panel-style';

/**
 * crm-sweep's panel on HubSpot's restore page, in the overlay's shadow root (host.ts): what it
 * selected, what the page could not show and why, and what the user does next (press HubSpot's
 * own Restore). Plain DOM: a handful of lines, redrawn whole on every change.
 */

/** At most this many not-shown records are listed by ID; the rest are counted. */
const LISTED = 20;

export interface PanelContent {
  main: Text;
  notes?: Array<{ text: Text; warn?: boolean }>;
  notShown?: { recordId: string; reason: NotShownReason }[];
}

export interface RestorePanel {
  show(content: PanelContent): void;
}

export function mountRestorePanel(root: ShadowRoot): RestorePanel {
  const style = document.createElement('style');
  style.textContent = RESTORE_PANEL_CSS;
  const section = document.createElement('section');
  section.setAttribute('role', 'status');
  section.setAttribute('aria-live', 'polite');
  section.setAttribute('data-crmx-restore-panel', '');
  root.append(style, section);
  const line = (words: string, attrs: Record<string, string> = {}) => {
    const p = document.createElement('p');
    p.textContent = words;
    for (const [k, v] of Object.entries(attrs)) p.setAttribute(k, v);
    return p;
  };
  return {
    show(content) {
      const title = document.createElement('h2');
      title.textContent = renderText(text('restore.panelTitle'));
      section.setAttribute('aria-label', title.textContent);
      const parts: Node[] = [title, line(renderText(content.main), { 'data-crmx-restore-main': '' })];
      for (const note of content.notes ?? []) parts.push(line(renderText(note.text), note.warn ? { 'data-tone': 'warn' } : {}));
      const notShown = content.notShown ?? [];
      if (notShown.length > 0) {
        parts.push(line(renderText(text('restore.notShown', { count: notShown.length }))));
        const list = document.createElement('ul');
        list.setAttribute('data-crmx-restore-not-shown', '');
        for (const n of notShown.slice(0, LISTED)) {
          const item = document.createElement('li');
          item.setAttribute('data-record-id', n.recordId);
          item.setAttribute('data-reason', n.reason);
          item.textContent = `${n.recordId}: ${renderText(text(n.reason === 'overCap' ? 'restore.reason.overCap' : 'restore.reason.notOnPage'))}`;
          list.append(item);
        }
        if (notShown.length > LISTED) list.append(line(renderText(text('restore.more', { count: notShown.length - LISTED }))));
        parts.push(list);
      }
      section.replaceChildren(...parts);
    },
  };
}
