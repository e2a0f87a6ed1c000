/**
 * Where the keyboard focus goes around the action bar (README "Keyboard"):
 * - Alt+Shift+K from the page moves the focus to the bar's first action ("Select all N …" when
 *   offered, else Clear); pressed in the bar it goes back to where the user was.
 * - Clear hides the bar: the focus returns to the page element the user last used (the checkbox
 *   they ticked, usually), else to crm-sweep's first checkbox on the page — never to <body>.
 * - Delete… keeps the focus (the button is only marked busy, never disabled, while the selection
 *   is handed over): the confirmation opens in the popup, which takes it from there.
 */
const memories = new WeakMap<ShadowRoot, { lastInPage: HTMLElement | null }>();

function memory(root: ShadowRoot) {
  let m = memories.get(root);
  if (!m) {
    m = { lastInPage: null };
    memories.set(root, m);
  }
  return m;
}

/**
 * Remembers the last page element that had the focus (not ours: the bar's host is skipped). Read as
 * the document's active element, not the event's target: a focus handler may have moved the focus
 * on while this event was still being dispatched (box-demand.ts hands a card's or row's focus to
 * its new box), and the nested event for the new element has then come first.
 */
export function trackPageFocus(root: ShadowRoot, signal: AbortSignal): void {
  document.addEventListener(
    'focusin',
    () => {
      const target = document.activeElement;
      if (target instanceof HTMLElement && target !== root.host && target !== document.body) memory(root).lastInPage = target;
    },
    { capture: true, signal },
  );
}

const usable = (e: HTMLElement | null | undefined): e is HTMLElement =>
  !!e?.isConnected && !e.hasAttribute('disabled') && e.getClientRects().length > 0;

/** Back to the page: the element the user last used, else our first visible checkbox. */
export function returnFocusToPage(root: ShadowRoot): void {
  const last = memory(root).lastInPage;
  if (usable(last)) {
    last.focus();
    return;
  }
  const ours = [...document.querySelectorAll<HTMLElement>('input[data-crmx-check]')].find(usable);
  ours?.focus();
}

export function toolbarOf(root: ShadowRoot): HTMLElement | null {
  return root.querySelector<HTMLElement>('[role="toolbar"]');
}

/** Alt+Shift+K: into the bar, or back out of it. False when there is no bar to go to. */
export function toggleToolbarFocus(root: ShadowRoot): boolean {
  const toolbar = toolbarOf(root);
  if (!toolbar) return false;
  if (toolbar.contains(root.activeElement)) {
    returnFocusToPage(root);
    return true;
  }
  const first = toolbar.querySelector<HTMLElement>('[data-bar-first]') ?? toolbar.querySelector<HTMLElement>('button');
  first?.focus();
  return first !== null;
}
