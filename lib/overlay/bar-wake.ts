import { effect, untracked } from '@preact/signals-core';
import { OUR_CONTROLS } from './check-clicks';
import type { OverlayContext } from './context';

/** Whether the bar has something to show: a pick, a notice or the background's progress. */
export function barWanted(ctx: OverlayContext): boolean {
  return !ctx.model.isEmpty.value || ctx.bar.notice.value !== null || ctx.bar.progress.value !== null;
}

/**
 * Calls `wake` once: when the bar is first wanted, or earlier, when the user first reaches one of
 * crm-sweep's controls in the page (pointer down or focus, both before the pick they lead to) —
 * so that the bar's region, with the live text that announces the count, is usually in the page
 * before its first words. Until then the overlay's host stays out of the page (host.ts says why).
 */
export function wakeWhenNeeded(ctx: OverlayContext, signal: AbortSignal, wake: () => void): void {
  const asleep = new AbortController();
  signal.addEventListener('abort', () => asleep.abort(), { once: true });
  const once = () => {
    if (asleep.signal.aborted) return;
    asleep.abort();
    // Whatever wake reads belongs to the effects it makes, not to the one watching for the first pick.
    untracked(wake);
  };
  const onOurControl = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof Element && target.closest(OUR_CONTROLS)) once();
  };
  // On the window in the capture phase: check-clicks.ts keeps pointer events on our controls from
  // going further, and a listener on the same target still hears them.
  for (const type of ['pointerdown', 'focusin']) window.addEventListener(type, onOurControl, { capture: true, signal: asleep.signal });
  const dispose = effect(() => {
    if (barWanted(ctx)) once();
  });
  if (asleep.signal.aborted) dispose();
  else asleep.signal.addEventListener('abort', dispose, { once: true });
}
