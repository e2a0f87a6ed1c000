import { describe, expect, it } from 'vitest';
import { checkTypedCount } from '@/components/confirm/typed-count-check';

const refusal = (text: string, expected: number, language: 'en' | 'da' | 'nl') => {
  const check = checkTypedCount(text, expected, language);
  return check.state === 'refused' ? check.message : check.state;
};

describe('typed-count check, English (1,234 selected)', () => {
  it('accepts the count with or without the grouping comma, and ignores surrounding spaces', () => {
    for (const text of ['1234', '1,234', ' 1,234 ']) expect(checkTypedCount(text, 1234, 'en')).toEqual({ state: 'match' });
  });

  it('is not an error while the field is blank', () => {
    expect(checkTypedCount('  ', 1234, 'en')).toEqual({ state: 'blank' });
  });

  it('refuses a number that differs by one, saying both numbers', () => {
    expect(refusal('1233', 1234, 'en')).toBe('You typed 1,233, but 1,234 records are selected.');
  });

  it('refuses "1.234": in English it reads as a decimal, not a count', () => {
    expect(refusal('1.234', 1234, 'en')).toBe('“1.234” reads as a decimal number here. Type the whole count: 1,234 or 1234.');
  });

  it('refuses a decimal number even when its whole part matches', () => {
    expect(refusal('1234.0', 1234, 'en')).toContain('decimal');
  });

  it('refuses a space or apostrophe as the thousands separator', () => {
    expect(refusal('1 234', 1234, 'en')).toBe('Use “,” between thousands, or no separator: type 1,234 or 1234.');
    expect(refusal("1'234", 1234, 'en')).toContain('Use “,” between thousands');
  });

  it('refuses misplaced separators and leading zeros', () => {
    expect(refusal('12,34', 1234, 'en')).toBe('Thousands separators go every three digits: type 1,234 or 1234.');
    expect(refusal('01234', 1234, 'en')).toContain('every three digits');
  });

  it('refuses words and signs', () => {
    expect(refusal('all', 1234, 'en')).toBe('Type digits only, like 1234.');
    expect(refusal('-1234', 1234, 'en')).toBe('Type digits only, like 1234.');
  });
});

describe('typed-count check, Danish (1.234 valgt)', () => {
  it('accepts "1.234" and "1234"', () => {
    expect(checkTypedCount('1.234', 1234, 'da')).toEqual({ state: 'match' });
    expect(checkTypedCount('1234', 1234, 'da')).toEqual({ state: 'match' });
  });

  it('refuses "1,234": in Danish the comma is the decimal mark', () => {
    expect(refusal('1,234', 1234, 'da')).toBe('“1,234” læses her som et decimaltal. Skriv hele antallet: 1.234 eller 1234.');
  });

  it('refuses another number, written the Danish way', () => {
    expect(refusal('1.233', 1234, 'da')).toBe('Du skrev 1.233, men 1.234 poster er valgt.');
  });

  it('refuses a space as separator', () => {
    expect(refusal('1 234', 1234, 'da')).toBe('Brug “.” mellem tusinderne eller ingen skilletegn: skriv 1.234 eller 1234.');
  });
});

describe('typed-count check, Dutch (1.234 geselecteerd)', () => {
  it('accepts "1.234" and "1234"', () => {
    expect(checkTypedCount('1.234', 1234, 'nl')).toEqual({ state: 'match' });
    expect(checkTypedCount('1234', 1234, 'nl')).toEqual({ state: 'match' });
  });

  it('refuses "1,234" as a decimal number', () => {
    expect(refusal('1,234', 1234, 'nl')).toBe('“1,234” wordt hier gelezen als een decimaal getal. Typ het hele aantal: 1.234 of 1234.');
  });

  it('refuses another number and large counts keep their grouping', () => {
    expect(refusal('100.001', 100_000, 'nl')).toBe('U typte 100.001, maar er zijn 100.000 records geselecteerd.');
    expect(checkTypedCount('100.000', 100_000, 'nl')).toEqual({ state: 'match' });
  });
});
