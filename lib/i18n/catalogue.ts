import type { enInPage } from './in-page-en';
import type { en } from './messages-en';

/**
 * The catalogue's types, apart from translate.ts so that the Danish and Dutch catalogues — and any
 * layer that only names a message — can use them without importing the module that translates.
 */
export interface PluralText {
  one: string;
  other: string;
}

export type Catalogue = typeof en;
export type MessageKey = keyof Catalogue;
/** What Danish and Dutch must provide: every English key, plural where English is plural. */
export type Translations = { [K in MessageKey]: Catalogue[K] extends string ? string : PluralText };
/** The part of a catalogue the in-page overlay can show (in-page-*.ts). */
export type InPageTranslations = { [K in keyof typeof enInPage]: (typeof enInPage)[K] extends string ? string : PluralText };

/**
 * A message not yet put into words: a catalogue key and its parameters. Any layer can make one
 * (background, API client, storage); only the page that shows it picks the language. A parameter
 * may itself be a Text ("{problem} Nothing was deleted."); strings are shown as they are, so
 * HubSpot's own words and names stay untranslated.
 */
export interface Text {
  key: MessageKey;
  params?: Record<string, TextParam>;
}
export type TextParam = string | number | Text;

type TextOf<M> = M extends string ? M : M extends { one: infer O extends string; other: infer X extends string } ? O | X : never;
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
type Names<K extends MessageKey> = Placeholders<TextOf<Catalogue[K]>> | (Catalogue[K] extends PluralText ? 'count' : never);
/** The parameters a message needs, from its English text: `{count}` must be a number. */
export type ParamsOf<K extends MessageKey> = { [P in Names<K>]: P extends 'count' ? number : TextParam };
/** No argument for a message without placeholders, else exactly its parameters. */
export type ParamArgs<K extends MessageKey> = [Names<K>] extends [never] ? [] : [params: ParamsOf<K>];
