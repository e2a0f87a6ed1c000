import { useCatalogues } from './catalogues';
import { da } from './messages-da';
import { en } from './messages-en';
import { nl } from './messages-nl';

/** Imported for its effect by crm-sweep's pages, its background and the unit tests: every word. */
useCatalogues({ en, da, nl });
