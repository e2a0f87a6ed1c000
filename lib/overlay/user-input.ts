import { OUR_CONTROLS } from './check-clicks';

/**
 * Only the user's own input may change what crm-sweep selects or stages. A page script (HubSpot's
 * own, or anything injected into it) can call `element.click()` or `dispatchEvent` on our
 * checkboxes and — the overlay's shadow root is open — on the action bar's buttons; the browser
 * marks such events `isTrusted: false`. happy-dom (the unit tests) has no `isTrusted` at all:
 * undefined counts as the user's.
 */
export const byUser = (event: Event): boolean => event.isTrusted !== false;

/**
 * Drops script-made clicks on our checkboxes before any feature sees them (registered first, on
 * the window in the capture phase) and undoes their toggle. Events on HubSpot's own nodes are left
 * alone: its scripts may click their own controls.
 */
export function initUserInputGuard(signal: AbortSignal): void {
  window.addEventListener(
    'click',
    (event) => {
      if (byUser(event) || !(event.target instanceof Element) || !event.target.closest(OUR_CONTROLS)) return;
      event.stopImmediatePropagation();
      event.preventDefault();
    },
    { capture: true, signal },
  );
}
