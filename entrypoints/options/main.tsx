import { render } from 'preact';
import '@/lib/i18n/all-catalogues';
import { OptionsPage } from '@/components/options/OptionsPage';
import { setLanguage } from '@/lib/i18n/language';
import { request } from '@/lib/messaging/client';
import '@/components/theme.css';

async function main() {
  const settings = await request('settings/get', {}).catch(() => null);
  setLanguage(settings?.language ?? 'auto');
  render(<OptionsPage />, document.getElementById('app')!);
}

void main();
