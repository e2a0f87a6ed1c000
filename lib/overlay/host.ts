import { OURS } from './mutations';

/**
 * The one element crm-sweep adds to the page body: a host whose open shadow root will hold the
 * action bar, so HubSpot's CSS and ours never mix. Tagged `data-crmx-*` so it can be found and is
 * removed when the page's signal aborts (navigation or extension reload).
 *
 * `attach` puts it into the page: a table page's features set up before HubSpot's table is there
 * (start.ts) attach it only once the table comes — put in earlier, the host alone would make the
 * browser render a frame of the waiting page that it would not otherwise render.
 */
export function createOverlayHost(pageKind: string, signal: AbortSignal): { root: ShadowRoot; attach: () => void } {
  const host = document.createElement('crm-sweep-overlay');
  // Ours to the mutation feed (mutations.ts OURS): attached after the features started, it is
  // not a page change for them to look through.
  host.setAttribute(OURS, '');
  host.setAttribute('data-crmx-overlay', '');
  host.setAttribute('data-crmx-page', pageKind);
  const root = host.attachShadow({ mode: 'open' });
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { root, attach: () => signal.aborted || host.isConnected || document.body.append(host) };
}

/** A host put into the page at once. */
export function mountOverlayHost(pageKind: string, signal: AbortSignal): ShadowRoot {
  const { root, attach } = createOverlayHost(pageKind, signal);
  attach();
  return root;
}
