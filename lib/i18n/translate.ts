import { formatCount } from '@/lib/format/typed-count';
import { currentLanguage, localeOf, type Language } from './language';
import type { MessageKey, ParamArgs, PluralText, Text, TextParam } from './catalogue';
import { messageOf } from './catalogues';
import { formatWholeNumber, isOne } from './whole-numbers';

export type { Catalogue, MessageKey, ParamsOf, PluralText, Text, Translations } from './catalogue';

const pluralRules = new Map<Language, Intl.PluralRules>();

/** A message in `language`, with `{name}` replaced; numbers are formatted in that language. */
export function translate<K extends MessageKey>(language: Language, key: K, ...[params]: ParamArgs<K>): string {
  return translateText(language, { key, params: params as Record<string, TextParam> | undefined });
}

/** A Text in `language`; a parameter that is itself a Text is put into words in the same language. */
export function translateText(language: Language, { key, params }: Text): string {
  const message: string | PluralText | undefined = messageOf(language, key);
  const values = params ?? {};
  if (message === undefined) return key; // not loaded in this context: callers check with isText
  let text: string;
  if (typeof message === 'string') text = message;
  else text = (isOne(Number(values.count)) ?? pluralOf(language, Number(values.count)) === 'one') ? message.one : message.other;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatWholeNumber(value, language) ?? formatCount(value, localeOf(language));
    return typeof value === 'string' ? value : translateText(language, value);
  });
}

function pluralOf(language: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(localeOf(language));
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/** A message in the current language. Called during render, it re-renders on a language change. */
export function t<K extends MessageKey>(key: K, ...params: ParamArgs<K>): string {
  return translate(currentLanguage.value, key, ...params);
}

/** A number in the current language ("1,234" / "1.234"). */
export function n(value: number): string {
  return formatCount(value, localeOf(currentLanguage.value));
}
