/**
 * The one element crm-sweep adds to the page body: a host whose open shadow root will hold the
 * action bar, so HubSpot's CSS and ours never mix. Tagged `data-crmx-*` so it can be found and is
 * removed when the page's signal aborts (navigation or extension reload).
 */
export function mountOverlayHost(pageKind: string, signal: AbortSignal): ShadowRoot {
  const host = document.createElement('crm-sweep-overlay');
  host.setAttribute('data-crmx-overlay', '');
  host.setAttribute('data-crmx-page', pageKind);
  const root = host.attachShadow({ mode: 'open' });
  document.body.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return root;
}
