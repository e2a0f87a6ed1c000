import { render } from 'preact';
import { DbContext } from '@/components/common/db-context';
import { rememberDisplayPrefs, rememberedDisplayPrefs } from '@/components/popup/display-prefs';
import { PopupApp } from '@/components/popup/PopupApp';
import { readPopupStart } from '@/components/popup/popup-start';
import { openDb } from '@/lib/db/open';
import { setLanguage } from '@/lib/i18n/language';
import { request } from '@/lib/messaging/client';
import '@/components/theme.css';

const STAGED_ID = /^[0-9a-f-]{36}$/;

/** Resolves after the next frame has been produced (a task queued from requestAnimationFrame). */
const afterNextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Thin wiring. Nothing stands in line before the first frame but the database read: it renders
 * with the display settings the last popup received, and asks the background (settings/get, never
 * the token) only once that frame is out — the request may wake an idle service worker, whose
 * start-up would compete with the popup for the CPU — then repaints if they changed.
 * Marks for popup_first_paint_ms: `db-open`, `data` (opening data read), `rendered` (first frame built).
 */
async function main() {
  const param = new URLSearchParams(location.search).get('staged');
  const stagedId = param && STAGED_ID.test(param) ? param : null;
  const db = openDb();
  await db.open().catch(() => undefined);
  performance.mark('crm-sweep:db-open');
  // A failed open or read leaves the views to their live queries, which show the error.
  const start = await readPopupStart(db, stagedId).catch(() => undefined);
  performance.mark('crm-sweep:data');

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

  await afterNextFrame();
  const current = await request('settings/get', {}).catch(() => null);
  if (!current) return;
  rememberDisplayPrefs(current);
  if (current.language !== remembered.language || current.retentionDays !== remembered.retentionDays) show(current);
}

void main();
