import { render } from 'preact';
import { DbContext } from '@/components/common/db-context';
import { PopupApp } from '@/components/popup/PopupApp';
import { openDb } from '@/lib/db/open';
import { setLanguage } from '@/lib/i18n/language';
import { request } from '@/lib/messaging/client';
import '@/components/theme.css';

const STAGED_ID = /^[0-9a-f-]{36}$/;

/** Thin wiring: language and retention from settings/get (never the token), then the app. */
async function main() {
  const settings = await request('settings/get', {}).catch(() => null);
  // Marks for the popup_first_paint_ms benchmark: how much of the first paint is ours.
  performance.mark('crm-sweep:settings');
  setLanguage(settings?.language ?? 'auto');
  const staged = new URLSearchParams(location.search).get('staged');
  render(
    <DbContext.Provider value={openDb()}>
      <PopupApp stagedId={staged && STAGED_ID.test(staged) ? staged : null} retentionDays={settings?.retentionDays ?? 90} />
    </DbContext.Provider>,
    document.getElementById('app')!,
  );
  performance.mark('crm-sweep:rendered');
}

void main();
