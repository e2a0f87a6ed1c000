import { storage } from 'wxt/utils/storage';
import { resolveLanguage, type Language } from '@/lib/i18n/language';

/**
 * User settings, in extension storage (`storage.local`). The HubSpot credential (service key or
 * private-app token) is NOT here: every content script can read storage.local, so the credential
 * lives in the extension's own IndexedDB (lib/background/credentials.ts). Extension pages see
 * `tokenHint` (last 4 characters) instead.
 */
export interface Settings {
  /** HubSpot's API by default; a local sandbox URL for development. */
  apiBase: string;
  /** Share of the portal's ten-second quota crm-sweep may spend (other integrations use it too). */
  ratePercent: number;
  /** Share of the daily quota left untouched; a job pauses before eating into it. */
  dailyReservePercent: number;
  retentionDays: number;
  language: 'auto' | 'en' | 'da' | 'nl';
}

export const DEFAULT_API_BASE = 'https://api.hubapi.com';

export const DEFAULT_SETTINGS: Settings = {
  apiBase: DEFAULT_API_BASE,
  ratePercent: 60,
  dailyReservePercent: 10,
  retentionDays: 90,
  language: 'auto',
};

/**
 * What storage.local holds. Versions before issue 17 kept the token here too (`token`): the
 * background moves it into the database on start and erases it (migrateLegacyToken).
 */
export type StoredSettings = Settings & { token?: string | null };

export const settingsItem = storage.defineItem<StoredSettings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The settings, never a legacy token (which only the background's migration reads). */
export async function loadSettings(): Promise<Settings> {
  const { token: _legacy, ...settings } = { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
  return settings;
}

export function tokenHint(token: string | null): string | null {
  return token ? `…${token.slice(-4)}` : null;
}

/** The language the user chose, 'auto' resolved with the browser's: for what the background words itself. */
export async function chosenLanguage(): Promise<Language> {
  return resolveLanguage((await loadSettings()).language);
}
