import { OURS } from './mutations';

/** The overlay's host element and the shadow root it holds. */
export interface OverlayHost {
  root: ShadowRoot;
  /** Puts the host into the page (once; never after the page's signal aborted). */
  attach: () => void;
}

/**
 * The one element crm-sweep adds to the page body: a host whose open shadow root holds the action
 * bar, so HubSpot's CSS and ours never mix. Tagged `data-crmx-*` so it can be found and is
 * removed when the page's signal aborts (navigation or extension reload).
 *
 * Made when the features start, put into the page only when the overlay first has something to
 * show or the user first reaches one of its controls (bar-wake.ts): until the user comes to the
 * boxes, nothing else of crm-sweep's is in HubSpot's page. (What that saves the page's rendering
 * did not show above a benchmark run's error: tests/bench/README.md, seventeenth pass.)
 */
export function createOverlayHost(pageKind: string, signal: AbortSignal): OverlayHost {
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

/** A host put into the page at once (the restore page's panel shows from the start). */
export function mountOverlayHost(pageKind: string, signal: AbortSignal): ShadowRoot {
  const { root, attach } = createOverlayHost(pageKind, signal);
  attach();
  return root;
}
