/**
 * A Content-Security-Policy as HubSpot's app pages may send one: the page's own scripts and styles
 * only (inline ones too, as the sandbox's pages have them). The overlay module crm-sweep's content
 * script imports (lib/overlay/load-overlay.ts) must load under it, in Chromium and in Firefox.
 */
export const STRICT_PAGE_POLICY =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

/** Run in the page's own world: 'refused' while such a policy is in force there. */
export const PAGE_IMPORT_PROBE = `import('data:text/javascript,export default 1').then(() => 'loaded', () => 'refused')`;
