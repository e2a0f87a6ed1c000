import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Calls `onChange` when the page's URL changes. HubSpot navigates with history.pushState in its
 * own (main) world, and nothing tells our isolated world so: Chromium delivers neither `popstate`
 * nor the Navigation API's `navigate` event (so not WXT's `wxt:locationchange`, which listens for
 * it) for a main-world pushState — measured on the sandbox's pages, where only a poll saw it. So:
 * - a click anywhere (HubSpot's router pushes the new URL in its click handler, which runs after
 *   our capturing listener: the look is a task later) — a link followed by keyboard clicks too;
 * - `popstate` for back and forward;
 * - a poll, for navigations no click started (a redirect after HubSpot's data loaded, a script).
 *   Once a second, not more: the clicks catch the user's own navigations at once, and each look
 *   is a wake-up of every open HubSpot tab.
 * All stop with the content script.
 */
export function watchUrl(ctx: ContentScriptContext, onChange: () => void, pollMs = 1_000): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  // Not ctx.setTimeout: each of its calls adds a listener to the context's signal that stays until
  // the script stops — one per click of a whole working day.
  const later = () => ctx.isValid && check();
  ctx.addEventListener(window, 'click', () => void setTimeout(later, 0), { capture: true, passive: true });
  ctx.addEventListener(window, 'popstate', check);
  ctx.setInterval(check, pollMs);
}
