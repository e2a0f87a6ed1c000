import { useCatalogues } from './catalogues';
import { daInPage } from './in-page-da';
import { enInPage } from './in-page-en';
import { nlInPage } from './in-page-nl';

/** Imported for its effect by the content script: only the words the overlay can show (catalogues.ts). */
useCatalogues({ en: enInPage, da: daInPage, nl: nlInPage });
