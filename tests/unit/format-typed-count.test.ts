import { describe, expect, it } from 'vitest';
import { formatCount, parseTypedCount } from '@/lib/format/typed-count';

describe('parseTypedCount', () => {
  it.each([
    ['en', '1234', 1234],
    ['en', '1,234', 1234],
    ['en', '12,345,678', 12345678],
    ['en', ' 7 ', 7],
    ['da', '1234', 1234],
    ['da', '1.234', 1234],
    ['nl', '1.234.567', 1234567],
    ['nl', '250', 250],
  ])('%s accepts %j as %d', (locale, input, value) => {
    expect(parseTypedCount(input, locale)).toEqual({ ok: true, value });
  });

  it.each([
    ['en', '', 'empty'],
    ['en', 'abc', 'notANumber'],
    ['en', '1,234.5', 'wrongSeparator'],
    ['en', '1.5', 'decimal'],
    ['en', '1.234', 'decimal'], // one point two three four in English: never read as 1234
    ['da', '1,234', 'decimal'], // a decimal mark in Danish
    ['da', '1,5', 'decimal'],
    ['en', '12,34', 'badGrouping'],
    ['en', '1,2345', 'badGrouping'],
    ['en', ',123', 'badGrouping'],
    ['en', '0,123', 'badGrouping'],
    ['en', '01234', 'badGrouping'],
    ['en', '-5', 'notANumber'],
    ['en', '1e3', 'notANumber'],
    ['nl', '1.234,0', 'wrongSeparator'],
  ])('%s refuses %j (%s)', (locale, input, reason) => {
    expect(parseTypedCount(input, locale)).toEqual({ ok: false, reason });
  });

  it('formats counts with the locale grouping', () => {
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(formatCount(1234, 'da')).toBe('1.234');
    expect(formatCount(1234, 'nl')).toBe('1.234');
  });
});
