import { formatCount, groupingSeparator, parseTypedCount } from '@/lib/format/typed-count';
import { localeOf, type Language } from '@/lib/i18n/language';
import { translate } from '@/lib/i18n/translate';

export type TypedCountCheck =
  | { state: 'blank' }
  | { state: 'match' }
  /** `message` says why, in the reader's language, and how to type it instead. */
  | { state: 'refused'; message: string };

/**
 * Live check of the confirmation field with the parser the background re-checks with
 * (lib/format/typed-count.ts), so the popup never accepts what the background would refuse.
 * A blank field is not an error yet: the user simply has not typed.
 */
export function checkTypedCount(text: string, expected: number, language: Language): TypedCountCheck {
  if (text.trim() === '') return { state: 'blank' };
  const locale = localeOf(language);
  const example = formatCount(expected, locale);
  const digits = String(expected);
  const parsed = parseTypedCount(text, locale);
  if (parsed.ok) {
    if (parsed.value === expected) return { state: 'match' };
    return {
      state: 'refused',
      message: translate(language, 'typed.problem.mismatch', { typed: formatCount(parsed.value, locale), count: expected }),
    };
  }
  const typed = text.trim();
  const separator = groupingSeparator(locale);
  const message = {
    empty: () => translate(language, 'typed.problem.empty'),
    notANumber: () => translate(language, 'typed.problem.notANumber', { example: digits }),
    decimal: () => translate(language, 'typed.problem.decimal', { typed, example, digits }),
    wrongSeparator: () => translate(language, 'typed.problem.wrongSeparator', { separator, example, digits }),
    badGrouping: () => translate(language, 'typed.problem.badGrouping', { example, digits }),
  }[parsed.reason]();
  return { state: 'refused', message };
}
