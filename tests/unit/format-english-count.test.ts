import { describe, expect, it } from 'vitest';
import { englishCount } from '@/lib/format/english-count';

describe('englishCount', () => {
  it('groups by thousands with commas, as en-US does', () => {
    for (const n of [0, 7, 999, 1000, 12_345, 100_000, 1_234_567, 10_000_000, -4321, 12.9]) {
      expect(englishCount(n)).toBe(Math.trunc(n).toLocaleString('en-US'));
    }
  });
});
