import { effect } from '@preact/signals-core';
import { ACTION_BAR_CSS } from './action-bar-style';
import { trackPageFocus } from './bar-focus';
import { barRegion } from './bar-region';
import { barWanted, wakeWhenNeeded } from './bar-wake';
import type { OverlayContext } from './context';

/** The toolbar's UI with Preact: the overlay module's own chunk (wxt.config.ts splitOverlayModule). */
const loadToolbar = () => import('./action-bar');

/**
 * The action bar. Its named region with the live count (bar-region.ts) and the overlay's host go
 * into the page when the user first reaches one of crm-sweep's controls or the bar is first wanted
 * (bar-wake.ts); the toolbar itself (action-bar.tsx) the first time it has something to show.
 * The toolbar's code, with Preact, is a chunk of its own, imported on that first wake — not in
 * every HubSpot tab as the overlay starts, where most loads never pick anything: until then a tab
 * compiles, runs and keeps in memory only what boxes its records. If the chunk cannot be loaded,
 * the live region still counts the picks and the popup still confirms them; the console says why.
 */
export function initActionBar(ctx: OverlayContext, signal: AbortSignal): void {
  trackPageFocus(ctx.root, signal);
  wakeWhenNeeded(ctx, signal, () => showBarRegion(ctx, signal));
}

function showBarRegion(ctx: OverlayContext, signal: AbortSignal): void {
  const toolbar = loadToolbar();
  // Said once the bar is wanted (below); until then a failed import is nobody's business.
  toolbar.catch(() => undefined);
  const style = document.createElement('style');
  style.textContent = ACTION_BAR_CSS;
  const { section, slot } = barRegion(ctx, signal);
  ctx.root.append(style, section);
  ctx.showHost();
  let mounting = false;
  const dispose = effect(() => {
    if (!barWanted(ctx) || mounting) return;
    mounting = true;
    toolbar.then(
      (bar) => signal.aborted || bar.mountActionBar(ctx, slot, signal),
      (error: unknown) => console.debug('[crm-sweep] toolbar not loaded:', error),
    );
  });
  signal.addEventListener('abort', dispose, { once: true });
}
