/**
 * The action bar's styles, scoped by its shadow root. `:host` resets whatever HubSpot's CSS might
 * inherit into the host (fonts, colours); the bar floats at the bottom centre, above HubSpot's UI.
 */
export const ACTION_BAR_CSS = `
:host { all: initial; }
.visually-hidden { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; margin: 0; }
.bar {
  position: fixed; left: 0; right: 0; bottom: 24px; margin: 0 auto; z-index: 2147483646;
  box-sizing: border-box; width: fit-content; max-width: min(880px, calc(100vw - 32px));
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #fff;
  background: #2d3e50; border-radius: 10px; box-shadow: 0 8px 28px rgba(0, 0, 0, .28); padding: 10px 12px 10px 16px;
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
button.danger { background: #d93f3f; border-color: #d93f3f; }
button.danger:hover:not([disabled]) { background: #bf2f2f; }
button.link { border: none; padding: 4px 6px; color: #9fe3ee; text-decoration: underline; font-weight: 500; }
.progress { display: inline-flex; align-items: center; gap: 8px; font-variant-numeric: tabular-nums; }
progress { width: 120px; accent-color: #ff8f73; }
.notice { display: flex; align-items: flex-start; gap: 8px; margin-top: 8px; padding: 8px 10px; border-radius: 6px; max-width: 760px; }
.notice.error { background: #fde7e7; color: #8a1f1f; }
.notice.info { background: #e5f8f6; color: #0b4f47; }
.notice span { flex: 1; }
.notice button.link { color: inherit; }
`;
