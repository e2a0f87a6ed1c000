/**
 * The action bar's styles, scoped by its shadow root. `:host` resets whatever HubSpot's CSS might
 * inherit into the host (fonts, colours). The bar is fixed in the viewport at the `left`/`top`
 * bar-position.ts writes (hidden until it has: never first drawn over a control), above
 * HubSpot's UI — which is why it must find free space rather than sit on the page's controls.
 * Contrast (WCAG 2.1 AA, checked by axe-core in the e2e): text ≥ 4.5:1 — white on the Delete…
 * red #c0392b is 5.4:1 (the old #d93f3f was 4.4:1) — and focus rings ≥ 3:1 against the bar.
 */
export const ACTION_BAR_CSS = `
:host { all: initial; }
.visually-hidden { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; margin: 0; }
section, [data-slot] { display: contents; }
.bar {
  position: fixed; left: 16px; top: 16px; z-index: 2147483646; visibility: hidden;
  box-sizing: border-box; width: max-content; max-width: min(880px, calc(100vw - 32px));
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #fff;
  background: #2d3e50; border-radius: 10px; box-shadow: 0 8px 28px rgba(0, 0, 0, .28); padding: 8px 8px 8px 6px;
}
.row { display: flex; align-items: center; gap: 10px; flex-wrap: wrap; }
.brand { font-weight: 700; font-size: 12px; letter-spacing: .04em; text-transform: uppercase; color: #ff8f73; }
.count { font-weight: 600; font-variant-numeric: tabular-nums; }
.actions { display: flex; gap: 8px; margin-left: auto; padding-left: 8px; }
button {
  font: inherit; font-weight: 600; border-radius: 6px; padding: 6px 14px; cursor: pointer;
  color: #fff; background: transparent; border: 1px solid #7c98b6;
}
button:hover:not([disabled]) { background: rgba(255, 255, 255, .1); }
button:focus-visible { outline: 2px solid #7fd1de; outline-offset: 2px; }
button[disabled] { opacity: .5; cursor: default; }
button[aria-disabled="true"] { cursor: progress; }
button.danger { background: #c0392b; border-color: #c0392b; }
button.danger:hover:not([disabled]) { background: #a82828; }
button.link { border: none; padding: 4px 6px; color: #9fe3ee; text-decoration: underline; font-weight: 500; }
button.handle { border: none; padding: 6px 6px; cursor: grab; touch-action: none; color: #cbd6e2; line-height: 0; }
button.handle:active { cursor: grabbing; }
button.collapse { border: none; padding: 6px 6px; line-height: 0; color: #cbd6e2; }
.progress { display: inline-flex; align-items: center; gap: 8px; font-variant-numeric: tabular-nums; }
progress { width: 120px; accent-color: #ff8f73; }
.notice { display: flex; align-items: flex-start; gap: 8px; margin-top: 8px; padding: 8px 10px; border-radius: 6px; max-width: 760px; }
.notice.error { background: #fde7e7; color: #8a1f1f; }
.notice.info { background: #e5f8f6; color: #0b4f47; }
.notice span { flex: 1; }
.notice button.link { color: inherit; }
.notice button.link:focus-visible { outline-color: currentColor; }
`;
