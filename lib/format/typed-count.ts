/**
 * The typed-count confirmation ("type 1,234 to delete"). The user may type the number with or
 * without the locale's grouping separator; anything else is refused with a reason, never guessed:
 * "1.234" means one thousand two hundred thirty-four in Danish and Dutch but one point two in
 * English, so a separator that is not the locale's grouping mark is an error, not a hint.
 * The popup and the background use this same parser; the background's answer is the one that counts.
 */
export type TypedCount = { ok: true; value: number } | { ok: false; reason: TypedCountProblem };
export type TypedCountProblem = 'empty' | 'notANumber' | 'decimal' | 'wrongSeparator' | 'badGrouping';

export function groupingSeparator(locale: string): string {
  const part = new Intl.NumberFormat(locale).formatToParts(1234567).find((p) => p.type === 'group');
  return part?.value ?? ',';
}

export function decimalSeparator(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
}

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** Separators some locales use for grouping: a plain or no-break space is taken as the same. */
const SPACES = /[\u0020\u00a0\u202f]/g;

export function parseTypedCount(input: string, locale: string): TypedCount {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const group = groupingSeparator(locale).replace(SPACES, ' ');
  const decimal = decimalSeparator(locale);
  const normalised = text.replace(SPACES, ' ');
  if (/^\d+$/.test(normalised)) return checked(normalised);
  if (!/^[\d.,' ]+$/.test(normalised)) return { ok: false, reason: 'notANumber' };
  const separators = new Set(normalised.replace(/\d/g, ''));
  if (separators.size !== 1 || !separators.has(group)) {
    // A lone locale decimal mark followed by digits reads as a decimal number: not a count.
    if (separators.size === 1 && separators.has(decimal) && normalised.split(decimal).length === 2) return { ok: false, reason: 'decimal' };
    return { ok: false, reason: 'wrongSeparator' };
  }
  const groups = normalised.split(group);
  const [head, ...rest] = groups;
  if (!head || head.length > 3 || head.startsWith('0') || rest.some((g) => g.length !== 3)) return { ok: false, reason: 'badGrouping' };
  return checked(groups.join(''));
}

function checked(digits: string): TypedCount {
  if (digits.length > 1 && digits.startsWith('0')) return { ok: false, reason: 'badGrouping' };
  const value = Number(digits);
  return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false, reason: 'notANumber' };
}
