import type { MessageKey, ParamArgs, Text, TextParam } from './catalogue';
import { currentLanguage, type Language } from './language';
import { knowsKey } from './catalogues';
import { translateText } from './translate';

export type { Text, TextParam } from './catalogue';

/** A reference to a catalogue message, checked against its English placeholders: `text('pause.user')`. */
export function text<K extends MessageKey>(key: K, ...[params]: ParamArgs<K>): Text {
  return params ? { key, params: params as Record<string, TextParam> } : { key };
}

/**
 * True for a Text this version can put into words. Texts arrive from stored rows written by older
 * versions and from other contexts by message, so the key is checked against the catalogue.
 */
export function isText(value: unknown): value is Text {
  if (typeof value !== 'object' || value === null) return false;
  const { key, params } = value as { key?: unknown; params?: unknown };
  if (typeof key !== 'string' || !knowsKey(key)) return false;
  if (params === undefined) return true;
  if (typeof params !== 'object' || params === null) return false;
  return Object.values(params).every((p) => typeof p === 'string' || typeof p === 'number' || isText(p));
}

/** The English wording: error messages for logs and for tests that read English. */
export function englishOf(value: Text): string {
  return translateText('en', value);
}

/** A Text in words, in the page's language unless another is given. */
export function renderText(value: Text, language: Language = currentLanguage.value): string {
  return translateText(language, value);
}

/**
 * What a person reads for something that may carry a Text (new errors and rows) or only an English
 * `message` (rows stored before texts existed, errors from code not yet converted).
 */
export function showText(
  source: { text?: unknown; message?: string } | null | undefined,
  language: Language = currentLanguage.value,
): string {
  if (source && isText(source.text)) return translateText(language, source.text);
  return source?.message ?? '';
}

/** `showText` for anything caught: an Error with or without a Text, or a thrown value. */
export function showError(error: unknown, language: Language = currentLanguage.value): string {
  if (typeof error === 'object' && error !== null) return showText(error as { text?: unknown; message?: string }, language);
  return String(error);
}

/**
 * An error a person reads: it carries its Text for the page that shows it, and its English wording
 * as `message` for logs. Background, API and storage errors extend it.
 */
export class TextError extends Error {
  constructor(readonly text: Text) {
    super(englishOf(text));
    this.name = new.target.name;
  }
}
