import { LANGUAGES, type Language } from './language';
import type { MessageKey, PluralText, Translations } from './catalogue';

/**
 * The catalogues this context has loaded. crm-sweep's own pages and its background load all of
 * them (all-catalogues.ts); the content script, which runs in every HubSpot tab and whose size is
 * a benchmark goal, holds only the words the overlay can show in the chosen language, which the
 * background sends (in-page-words.ts, `useWordsOf`). A key the context has not loaded is not a
 * Text it can put into words: showText then falls back to the English message that travels with it.
 */
let loaded: Record<Language, Partial<Translations>> = { en: {}, da: {}, nl: {} };

export function useCatalogues(catalogues: Record<Language, Partial<Translations>>): void {
  loaded = catalogues;
}

/** The content script: only the chosen language's in-page words, as the background sent them. */
export function useWordsOf(language: Language, words: Partial<Translations>): void {
  loaded = { en: {}, da: {}, nl: {}, [language]: words };
}

/** The message in `language`, else in English; undefined for a key this context has not loaded. */
export function messageOf(language: Language, key: MessageKey): string | PluralText | undefined {
  return loaded[language][key] ?? loaded.en[key];
}

export function knowsKey(key: string): key is MessageKey {
  return LANGUAGES.some((language) => Object.hasOwn(loaded[language], key));
}

/** The loaded catalogues (the catalogue tests compare them). */
export function loadedCatalogues(): Readonly<Record<Language, Partial<Translations>>> {
  return loaded;
}
