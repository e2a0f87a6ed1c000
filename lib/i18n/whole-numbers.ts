import type { Language } from './language';

/**
 * Counts in messages, without Intl. Its first use in a content script's world loads locale data
 * on HubSpot's main thread (tens of ms in the overlay benchmark), and a new NumberFormat per number
 * adds up over a board's labels. For whole numbers the three languages need only this: English
 * groups thousands with a comma, Danish and Dutch with a point (CLDR), and "one" is exactly 1 (CLDR
 * plural rules of en, da and nl for integers). Anything else falls back to Intl.
 */
const GROUP: Record<Language, string> = { en: ',', da: '.', nl: '.' };

export function formatWholeNumber(value: number, language: Language): string | null {
  if (!Number.isSafeInteger(value)) return null;
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, GROUP[language]);
  return value < 0 ? `-${digits}` : digits;
}

/** True / false for a whole number; null when Intl must decide (not an integer). */
export function isOne(value: number): boolean | null {
  return Number.isSafeInteger(value) ? value === 1 : null;
}
