import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Calls `onChange` when the page's URL changes. HubSpot navigates with history.pushState in its
 * own (main) world; Chromium does not always deliver the Navigation API's `navigate` event for
 * that to our isolated world (seen on the sandbox pages), so a cheap href poll backs up WXT's
 * location watcher. Both stop with the content script.
 */
export function watchUrl(ctx: ContentScriptContext, onChange: () => void, pollMs = 400): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  ctx.addEventListener(window, 'wxt:locationchange', check);
  ctx.addEventListener(window, 'popstate', check);
  ctx.setInterval(check, pollMs);
}
