import { formatCount, groupingSeparator, parseTypedCount } from '@/lib/format/typed-count';
import { text, type Text } from './text';

/**
 * Why a typed confirmation count is refused, and how to type it instead; null when it matches.
 * One wording for the popup's live check and the background's re-check (job/start), so the two
 * can never disagree. Examples are written in `locale`, the one the user typed in.
 */
export function typedCountProblem(typedText: string, expected: number, locale: string): Text | null {
  const example = formatCount(expected, locale);
  const digits = String(expected);
  const parsed = parseTypedCount(typedText, locale);
  if (parsed.ok) {
    if (parsed.value === expected) return null;
    return text('typed.problem.mismatch', { typed: formatCount(parsed.value, locale), count: expected });
  }
  const typed = typedText.trim();
  const separator = groupingSeparator(locale);
  const problems: Record<typeof parsed.reason, Text> = {
    empty: text('typed.problem.empty'),
    notANumber: text('typed.problem.notANumber', { example: digits }),
    decimal: text('typed.problem.decimal', { typed, example, digits }),
    wrongSeparator: text('typed.problem.wrongSeparator', { separator, example, digits }),
    badGrouping: text('typed.problem.badGrouping', { example, digits }),
  };
  return problems[parsed.reason];
}
