import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/lib/i18n/language';
import { formatWholeNumber, isOne } from '@/lib/i18n/whole-numbers';

const SAMPLES = [0, 1, 2, 7, 12, 999, 1000, 1234, 12_000, 100_000, 1_234_567, 200_000_000, -1, -4321];

describe('whole numbers without Intl', () => {
  it('are written exactly as Intl writes them in English, Danish and Dutch', () => {
    for (const language of LANGUAGES) {
      const intl = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
      for (const n of SAMPLES) expect(formatWholeNumber(n, language), `${language} ${n}`).toBe(intl.format(n));
    }
  });

  it('choose "one" exactly where the plural rules of Intl do, for whole counts', () => {
    for (const language of LANGUAGES) {
      const rules = new Intl.PluralRules(language);
      for (const n of SAMPLES.filter((s) => s >= 0)) expect(isOne(n), `${language} ${n}`).toBe(rules.select(n) === 'one');
    }
  });

  it('leave anything but a safe integer to Intl', () => {
    expect(formatWholeNumber(1.5, 'en')).toBeNull();
    expect(formatWholeNumber(2 ** 60, 'da')).toBeNull();
    expect(isOne(1.5)).toBeNull();
  });
});
