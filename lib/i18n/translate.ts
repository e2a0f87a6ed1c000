import { formatCount } from '@/lib/format/typed-count';
import { currentLanguage, localeOf, type Language } from './language';
import type { Catalogue, MessageKey, PluralText, Translations } from './catalogue';
import { da } from './messages-da';
import { en } from './messages-en';
import { nl } from './messages-nl';

export type { Catalogue, MessageKey, PluralText, Translations } from './catalogue';

type TextOf<M> = M extends string ? M : M extends { one: infer O extends string; other: infer X extends string } ? O | X : never;
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
type Names<K extends MessageKey> = Placeholders<TextOf<Catalogue[K]>> | (Catalogue[K] extends PluralText ? 'count' : never);
/** The parameters a message needs, from its English text: `{count}` must be a number. */
export type ParamsOf<K extends MessageKey> = { [P in Names<K>]: P extends 'count' ? number : string | number };
type ParamArgs<K extends MessageKey> = [Names<K>] extends [never] ? [] : [params: ParamsOf<K>];

const CATALOGUES: Record<Language, Translations> = { en, da, nl };
const pluralRules = new Map<Language, Intl.PluralRules>();

/** A message in `language`, with `{name}` replaced; numbers are formatted in that language. */
export function translate<K extends MessageKey>(language: Language, key: K, ...[params]: ParamArgs<K>): string {
  const message: string | PluralText = CATALOGUES[language][key] ?? en[key];
  const values = (params ?? {}) as Record<string, string | number>;
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    let rules = pluralRules.get(language);
    if (!rules) {
      rules = new Intl.PluralRules(localeOf(language));
      pluralRules.set(language, rules);
    }
    text = rules.select(Number(values.count)) === 'one' ? message.one : message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatCount(value, localeOf(language)) : value;
  });
}

/** A message in the current language. Called during render, it re-renders on a language change. */
export function t<K extends MessageKey>(key: K, ...params: ParamArgs<K>): string {
  return translate(currentLanguage.value, key, ...params);
}

/** A number in the current language ("1,234" / "1.234"). */
export function n(value: number): string {
  return formatCount(value, localeOf(currentLanguage.value));
}

export { CATALOGUES };
