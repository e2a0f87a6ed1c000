import { effect } from '@preact/signals';
import { t } from '@/lib/i18n/translate';
import type { OverlayContext } from './context';

/**
 * The action bar's named region, made with plain DOM when the overlay starts: the landmark the
 * toolbar sits in, its help text, and a visually hidden live region, always present, that announces
 * the count as it changes (a region that appears together with its text is not reliably announced).
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
  const disposers = [
    effect(() => {
      section.setAttribute('aria-label', t('overlay.region'));
      help.textContent = t('overlay.toolbarHelp');
    }),
    effect(() => {
      const empty = ctx.model.isEmpty.value;
      const said = empty ? (hadSelection ? t('overlay.cleared') : '') : t('overlay.selected', { count: ctx.model.count.value });
      hadSelection = !empty;
      if (live.textContent !== said) live.textContent = said;
    }),
  ];
  signal.addEventListener(
    'abort',
    () => {
      for (const dispose of disposers) dispose();
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
