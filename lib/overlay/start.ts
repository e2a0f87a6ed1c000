import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { request } from '@/lib/messaging/client';
import { afterFirstPaint } from '@/lib/timing/first-paint';
import { currentLanguage } from '@/lib/i18n/language';
import { useWordsOf } from '@/lib/i18n/catalogues';
import type { Text } from '@/lib/i18n/text';
import type { OverlayState } from '@/lib/messaging/payloads/in-page';
import { isSelectablePage } from './context';
import { startFeatures, waitForPageDom } from './features';
import { mountOverlayHost } from './host';
import { startRestorePage } from './restore/start-restore';
import { watchUrl } from './watch-url';

/**
 * Content-script entry. HubSpot is a single-page app: every URL change tears down everything the
 * previous page's features added (one AbortSignal per page) and asks the background what this page
 * is. The page's own URL parse is not trusted by the background; it parses again.
 * On a table, board or list whose DOM matches selectors.ts the overlay starts its features; when
 * it does not match, nothing is added and the background hears why (the popup can say so).
 */
export function startOverlay(ctx: ContentScriptContext): void {
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
      // HubSpot's restore page: crm-sweep acts there only for a restore it opened (issue 19).
      if (context.page.kind === 'recycleBin') {
        if (!(await startRestorePage(current.signal)) && !current.signal.aborted) report('unsupported');
        return;
      }
      if (!isSelectablePage(context.page)) return report('unsupported');
      const problem = await waitForPageDom(context.page, current.signal);
      if (current.signal.aborted) return;
      if (problem !== null) return report('unavailable', problem);
      // Never in the frame that first paints the page: on a freshly loaded 2,000-card board that
      // frame is HubSpot's longest; on a page shown long ago this resolves at once.
      await afterFirstPaint();
      if (current.signal.aborted) return;
      const root = mountOverlayHost(context.page.kind, current.signal);
      startFeatures(context.page, root, current.signal);
      report('ready');
    } catch (error) {
      // The extension was reloaded or the background refused: stay out of the page's way.
      console.debug('[crm-sweep] overlay unavailable:', error);
    }
  };

  watchUrl(ctx, () => void boot());
  void boot();
}

function report(state: OverlayState, reason?: Text): void {
  request('overlay/report', { state, reason }).catch(() => undefined);
}
