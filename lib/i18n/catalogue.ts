import type { en } from './messages-en';

/**
 * The catalogue's types, apart from translate.ts so that the Danish and Dutch catalogues can name
 * them without importing the module that imports them.
 */
export interface PluralText {
  one: string;
  other: string;
}

export type Catalogue = typeof en;
export type MessageKey = keyof Catalogue;
/** What Danish and Dutch must provide: every English key, plural where English is plural. */
export type Translations = { [K in MessageKey]: Catalogue[K] extends string ? string : PluralText };
