import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { request } from '@/lib/messaging/client';
import { mountOverlayHost } from './host';
import { watchUrl } from './watch-url';

/**
 * Content-script entry. HubSpot is a single-page app: every URL change tears down everything the
 * previous page's features added (one AbortSignal per page) and asks the background what this page
 * is. The page's own URL parse is not trusted by the background; it parses again.
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
      mountOverlayHost(context.page.kind, current.signal);
    } catch (error) {
      // The extension was reloaded or the background refused: stay out of the page's way.
      console.debug('[crm-sweep] overlay unavailable:', error);
    }
  };

  watchUrl(ctx, () => void boot());
  void boot();
}
