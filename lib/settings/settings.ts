import { storage } from 'wxt/utils/storage';
import { resolveLanguage, type Language } from '@/lib/i18n/language';

/**
 * User settings, in extension storage (`storage.local`). The token is read only by the background
 * and is sent only to `apiBase`; extension pages see `tokenHint` (last 4 characters) instead.
 */
export interface Settings {
  /** HubSpot's API by default; a local sandbox URL for development. */
  apiBase: string;
  token: string | null;
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
  token: null,
  ratePercent: 60,
  dailyReservePercent: 10,
  retentionDays: 90,
  language: 'auto',
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export function tokenHint(token: string | null): string | null {
  return token ? `…${token.slice(-4)}` : null;
}

/** The language the user chose, 'auto' resolved with the browser's: for what the background words itself. */
export async function chosenLanguage(): Promise<Language> {
  return resolveLanguage((await loadSettings()).language);
}
