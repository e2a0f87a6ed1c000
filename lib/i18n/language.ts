import { signal } from '@preact/signals-core';
import { browser } from 'wxt/browser';

/** The languages crm-sweep speaks: those HubSpot's own help for bulk delete came to us in. */
export const LANGUAGES = ['en', 'da', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageSetting = Language | 'auto';

/**
 * The language every page renders in. Components that call `t()` during render subscribe to it,
 * so changing the setting re-renders them without a reload.
 */
export const currentLanguage = signal<Language>('en');

/** The browser's UI language ("da", "nl-BE", …); the fake browser in tests has none. */
export function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return typeof navigator === 'undefined' ? 'en' : navigator.language;
  }
}

/** `auto` follows the browser: Danish or Dutch when it speaks them (any region), else English. */
export function resolveLanguage(setting: LanguageSetting | string, uiLanguage = browserLanguage()): Language {
  if ((LANGUAGES as readonly string[]).includes(setting)) return setting as Language;
  const base = uiLanguage.toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : 'en';
}

/**
 * The locale numbers and dates are written and read in. It is the language itself, not the
 * browser's region: the typed-count parser must agree with what the label shows ("1,234" in
 * English, "1.234" in Danish and Dutch), and the background re-checks with this same locale.
 */
export function localeOf(language: Language): string {
  return language;
}

export function setLanguage(setting: LanguageSetting | string): Language {
  const language = resolveLanguage(setting);
  currentLanguage.value = language;
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return language;
}
