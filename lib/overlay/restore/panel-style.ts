/** The restore panel's styles, scoped by its shadow root; it floats bottom right, above HubSpot's UI. */
export const RESTORE_PANEL_CSS = `
:host { all: initial; }
section { position: fixed; right: 16px; bottom: 16px; z-index: 2147483600; max-width: 420px; max-height: 60vh; overflow: auto;
  font: 14px/1.45 system-ui, sans-serif; color: #213343; background: #fff; border: 2px solid #ff7a59; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 12px 16px; }
h2 { font-size: 13px; margin: 0 0 6px; color: #516f90; font-weight: 600; }
p { margin: 4px 0; }
p[data-crmx-restore-main] { font-weight: 600; font-size: 15px; }
p[data-tone="warn"] { color: #b3361a; }
ul { margin: 4px 0; padding-left: 18px; font-size: 13px; }
`;
