import { localeOf, type Language } from '@/lib/i18n/language';
import { translateText } from '@/lib/i18n/translate';
import { typedCountProblem } from '@/lib/i18n/typed-count-problem';

export type TypedCountCheck =
  | { state: 'blank' }
  | { state: 'match' }
  /** `message` says why, in the reader's language, and how to type it instead. */
  | { state: 'refused'; message: string };

/**
 * Live check of the confirmation field with the parser and the words the background re-checks with
 * (lib/i18n/typed-count-problem.ts), so the popup never accepts what the background would refuse.
 * A blank field is not an error yet: the user simply has not typed.
 */
export function checkTypedCount(text: string, expected: number, language: Language): TypedCountCheck {
  if (text.trim() === '') return { state: 'blank' };
  const problem = typedCountProblem(text, expected, localeOf(language));
  return problem ? { state: 'refused', message: translateText(language, problem) } : { state: 'match' };
}
