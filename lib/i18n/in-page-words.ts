import type { InPageTranslations } from './catalogue';
import { daInPage } from './in-page-da';
import { enInPage } from './in-page-en';
import type { Language } from './language';
import { nlInPage } from './in-page-nl';

/**
 * The words the in-page overlay can show, per language. The background sends the chosen
 * language's with each page's context, so the content script — loaded in every HubSpot tab, its
 * size a benchmark goal — carries none of the three catalogues itself (~8 KB of gzip).
 */
export const IN_PAGE_WORDS: Readonly<Record<Language, InPageTranslations>> = { en: enInPage, da: daInPage, nl: nlInPage };
