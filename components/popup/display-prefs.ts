import { LANGUAGES, type LanguageSetting } from '@/lib/i18n/language';

/** The two settings the popup's first frame depends on: which language, and retention (a date it shows). */
export interface DisplayPrefs {
  language: LanguageSetting;
  retentionDays: number;
}

export const DEFAULT_DISPLAY_PREFS: DisplayPrefs = { language: 'auto', retentionDays: 90 };

const KEY = 'crm-sweep:display-prefs';

/**
 * The settings the popup last received from the background (settings/get), kept in the extension
 * pages' own localStorage so the next popup can paint at once: asking the background first costs a
 * round trip, and waking an idle MV3 service worker costs several hundred milliseconds more
 * (popup_first_paint_ms, worker asleep). Neither value is secret; the token never comes here.
 * When they are stale (changed in the options page since), the popup repaints once the answer
 * arrives.
 */
export function rememberedDisplayPrefs(): DisplayPrefs {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<DisplayPrefs> | null;
    const language = [...LANGUAGES, 'auto'].includes(stored?.language as string)
      ? (stored!.language as LanguageSetting)
      : DEFAULT_DISPLAY_PREFS.language;
    const days = stored?.retentionDays;
    return { language, retentionDays: Number.isInteger(days) && days! > 0 ? days! : DEFAULT_DISPLAY_PREFS.retentionDays };
  } catch {
    // Storage unavailable or unreadable: the defaults are what a fresh install uses anyway.
    return DEFAULT_DISPLAY_PREFS;
  }
}

/** Takes settings/get's answer as it is (its language is a plain string); reading validates. */
export function rememberDisplayPrefs(prefs: { language: string; retentionDays: number }): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ language: prefs.language, retentionDays: prefs.retentionDays }));
  } catch {
    // Only the next popup's first frame depends on it; it asks the background again anyway.
  }
}
