import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { useWordsOf } from '@/lib/i18n/catalogues';
import { currentLanguage } from '@/lib/i18n/language';
import type { Text } from '@/lib/i18n/text';
import { request } from '@/lib/messaging/client';
import type { OverlayState, PageContext } from '@/lib/messaging/payloads/in-page';
import { watchUrl } from './watch-url';

export type RecognisedPage = PageContext & { page: NonNullable<PageContext['page']> };

/**
 * What both content scripts do per page. HubSpot is a single-page app: every URL change tears
 * down everything the previous page's work added (one AbortSignal per page) and asks the
 * background what this page is — the page's own URL parse is not trusted; the background parses
 * again — and in which language to speak (its words come with the answer: the script carries none).
 */
export function onEachPage(ctx: ContentScriptContext, run: (context: RecognisedPage, signal: AbortSignal) => Promise<void>): void {
  let page: AbortController | null = null;

  const boot = async () => {
    page?.abort();
    const current = new AbortController();
    page = current;
    ctx.signal.addEventListener('abort', () => current.abort(), { once: true });
    try {
      const context = await request('page/context', { url: location.href });
      if (current.signal.aborted || !context.page) return;
      // The user's chosen language, as the background resolved it: the content script cannot read
      // the settings (they hold the token). Not setLanguage(): that would set HubSpot's <html lang>.
      useWordsOf(context.language, context.words);
      currentLanguage.value = context.language;
      await run(context as RecognisedPage, current.signal);
    } catch (error) {
      // The extension was reloaded or the background refused: stay out of the page's way.
      console.debug('[crm-sweep] overlay unavailable:', error);
    }
  };

  watchUrl(ctx, () => void boot());
  void boot();
}

/** Tells the background how the overlay fared on this page (the popup says why nothing shows). */
export function reportOverlay(state: OverlayState, reason?: Text): void {
  request('overlay/report', { state, reason }).catch(() => undefined);
}
