import '@/lib/i18n/all-catalogues';
import { render } from 'preact';
import { DbContext } from '@/components/common/db-context';
import { afterFirstPaint } from '@/lib/timing/first-paint';
import { rememberDisplayPrefs, rememberedDisplayPrefs } from '@/components/popup/display-prefs';
import { PopupApp } from '@/components/popup/PopupApp';
import { stagedIdFrom, takeFirstRead } from '@/components/popup/first-read';
import { DEFAULT_DB_NAME, openDb } from '@/lib/db/open';
import { setLanguage } from '@/lib/i18n/language';
import { request } from '@/lib/messaging/client';

/**
 * The popup's start, loaded by main.tsx once the header has painted. Nothing stands in line before
 * the first full frame but the opening read, which popup-first-read.js started with plain
 * IndexedDB while the page loaded; Dexie opens the database when the views' live queries start,
 * after that frame. It renders with the display settings the last popup received, and asks the
 * background (settings/get, never the token) only once that frame is on screen — the request may
 * wake an idle service worker, whose start-up would compete with the popup for the CPU — then
 * repaints if they changed.
 * Marks for popup_first_paint_ms: `data` (opening data in hand), `rendered` (first frame built).
 */
export async function startPopup(): Promise<void> {
  const stagedId = stagedIdFrom(location.search);
  // A failed read leaves the views to their live queries, which show the error.
  const start = await takeFirstRead(DEFAULT_DB_NAME, stagedId);
  performance.mark('crm-sweep:data');
  const db = openDb();

  const root = document.getElementById('app')!;
  const show = (prefs: { language: string; retentionDays: number }) => {
    setLanguage(prefs.language);
    render(
      <DbContext.Provider value={db}>
        <PopupApp stagedId={stagedId} retentionDays={prefs.retentionDays} start={start} />
      </DbContext.Provider>,
      root,
    );
  };
  const remembered = rememberedDisplayPrefs();
  show(remembered);
  performance.mark('crm-sweep:rendered');

  await afterFirstPaint();
  const current = await request('settings/get', {}).catch(() => null);
  if (!current) return;
  rememberDisplayPrefs(current);
  if (current.language !== remembered.language || current.retentionDays !== remembered.retentionDays) show(current);
}
