/** The bench's distribution-free interval for a median (tests/bench/results.ts). */
import { describe, expect, it } from 'vitest';
import { medianInterval95 } from '../../bench/results';

const ranks = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('medianInterval95', () => {
  it("gives the order statistics of the binomial tables, whatever the values' order", () => {
    expect(medianInterval95(ranks(41).reverse())).toEqual([14, 28]);
    expect(medianInterval95(ranks(100))).toEqual([40, 61]);
    expect(medianInterval95(ranks(11))).toEqual([2, 10]);
  });

  it('spans everything at six values and has no answer below that', () => {
    expect(medianInterval95(ranks(6))).toEqual([1, 6]);
    expect(medianInterval95(ranks(5))).toBeNull();
    expect(medianInterval95([])).toBeNull();
  });
});
