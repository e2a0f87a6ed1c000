import { effect } from '@preact/signals-core';
import { t } from '@/lib/i18n/translate';
import type { OverlayContext } from './context';

/** How long a new live region keeps quiet: words said as it appears are not reliably announced. */
export const LIVE_SETTLE_MS = 250;

/**
 * The action bar's named region, made with plain DOM when the overlay first needs it (bar-wake.ts):
 * the landmark the toolbar sits in, its help text, and a visually hidden live region, present from
 * then on, that announces the count as it changes. A region that appears together with its text is
 * not reliably announced, so what it has to say in its first moments waits until they are over (the
 * region usually comes with the user's first pointer or focus on our controls, before any count).
 * The toolbar itself (action-bar.tsx) goes into `slot` the first time it has something to show,
 * so a page where nothing is picked never pays for its first render (~2–4 ms of every table or
 * board load, most of it compiling the bar's code).
 */
export function barRegion(ctx: OverlayContext, signal: AbortSignal): { section: HTMLElement; slot: HTMLElement } {
  const section = document.createElement('section');
  const live = hidden('p');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  const help = hidden('p');
  help.id = 'crmx-bar-help';
  const slot = document.createElement('div');
  slot.setAttribute('data-slot', '');
  section.append(live, help, slot);

  let hadSelection = false;
  const settledAt = performance.now() + LIVE_SETTLE_MS;
  let held = 0;
  const say = (words: string) => {
    clearTimeout(held);
    const wait = settledAt - performance.now();
    if (wait > 0) held = window.setTimeout(() => say(words), wait);
    else if (live.textContent !== words) live.textContent = words;
  };
  const disposers = [
    effect(() => {
      section.setAttribute('aria-label', t('overlay.region'));
      help.textContent = t('overlay.toolbarHelp');
    }),
    effect(() => {
      const empty = ctx.model.isEmpty.value;
      const said = empty ? (hadSelection ? t('overlay.cleared') : '') : t('overlay.selected', { count: ctx.model.count.value });
      hadSelection = !empty;
      say(said);
    }),
  ];
  signal.addEventListener(
    'abort',
    () => {
      for (const dispose of disposers) dispose();
      clearTimeout(held);
    },
    { once: true },
  );
  return { section, slot };
}

function hidden(tag: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = 'visually-hidden';
  return element;
}
