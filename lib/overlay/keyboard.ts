import { CARD_SELECTOR } from '@/lib/hubspot/page/board';
import { cardItem } from './card-item';
import type { OverlayContext } from './context';
import { byUser } from './user-input';
import { toggleToolbarFocus } from './bar-focus';

/**
 * Keyboard (DESIGN.md §3): Esc clears the selection on every page; on a board, Space toggles the
 * focused card. HubSpot's board lifts a focused card for dragging on Space; with crm-sweep on the
 * page, Space selects instead (our handler runs first, in the capture phase, and stops it).
 * Neither key is taken while the user types, nor Esc while a dialog or menu has the focus.
 * Alt+Shift+K (README "Keyboard") jumps between the page and the action bar, which otherwise sits
 * hundreds of Tab stops from a card (it is the last thing in the page); matched by `code`, not
 * `key`, so it works on every keyboard layout (on a Mac, Option+Shift+K types "", not "K").
 * Chosen because neither Chrome, Firefox nor HubSpot's own shortcuts use it.
 */
export const TOOLBAR_SHORTCUT = { code: 'KeyK', altKey: true, shiftKey: true } as const;

const isToolbarShortcut = (e: KeyboardEvent) => e.code === TOOLBAR_SHORTCUT.code && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

function inDialogOrMenu(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('[role="dialog"], [role="alertdialog"], [aria-modal="true"], [role="menu"], dialog') !== null
  );
}

export function initKeyboard(ctx: OverlayContext, signal: AbortSignal): void {
  const { model, page } = ctx;
  window.addEventListener(
    'keydown',
    (event) => {
      if (byUser(event) && isToolbarShortcut(event) && toggleToolbarFocus(ctx.root)) {
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      if (!byUser(event) || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.composedPath()[0] ?? event.target;
      if (event.key === 'Escape') {
        if (model.isEmpty.value || isTyping(target) || inDialogOrMenu(target)) return;
        model.clear();
        ctx.bar.notice.value = null;
        return;
      }
      // Space on one of our checkboxes is the checkbox's own business.
      if (
        event.key !== ' ' ||
        page.kind !== 'board' ||
        isTyping(target) ||
        !(target instanceof Element) ||
        target.matches('[data-crmx-check]')
      )
        return;
      const card = target.closest(CARD_SELECTOR);
      const item = card && cardItem(card);
      if (!item) return;
      event.preventDefault();
      event.stopPropagation();
      model.toggle(item.id, item.scopes);
    },
    { capture: true, signal },
  );
}
