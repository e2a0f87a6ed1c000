import { describe, expect, it } from 'vitest';
import { dedupeRecordIds, EmptySelectionError, InvalidRecordIdError, MAX_BATCH_SIZE, planBatches } from '@/lib/jobs/core/plan-batches';
import { recordIds } from '../db/db-fixtures';

describe('planBatches', () => {
  it('splits 250 distinct IDs into batches of 100, 100 and 50 in the given order', () => {
    const ids = recordIds(250);
    const batches = planBatches(ids);
    expect(batches.map((b) => b.length)).toEqual([100, 100, 50]);
    expect(batches.flat()).toEqual(ids);
  });

  it('drops duplicates, keeping each ID where it was first seen', () => {
    expect(planBatches(['30', '10', '30', '20', '10'])).toEqual([['30', '10', '20']]);
  });

  it('never makes a batch larger than 100, even with a smaller size asked for', () => {
    expect(planBatches(recordIds(7), 3).map((b) => b.length)).toEqual([3, 3, 1]);
    expect(() => planBatches(recordIds(7), MAX_BATCH_SIZE + 1)).toThrow(RangeError);
  });

  it('keeps IDs beyond 2^53 exactly, digit for digit', () => {
    const huge = ['9007199254740993', '18446744073709551615', '9007199254740992'];
    expect(planBatches(huge).flat()).toEqual(huge);
    // …and does not treat two IDs that round to the same number as duplicates.
    expect(Number(huge[0])).toBe(Number(huge[2]));
    expect(dedupeRecordIds(huge)).toHaveLength(3);
  });

  it('refuses numbers and anything that is not a string of digits', () => {
    expect(() => planBatches([123 as unknown as string])).toThrow(InvalidRecordIdError);
    expect(() => planBatches(['12a'])).toThrow(InvalidRecordIdError);
    expect(() => planBatches(['12', ''])).toThrow(InvalidRecordIdError);
    expect(() => planBatches(['-5'])).toThrow(InvalidRecordIdError);
  });

  it('refuses what HubSpot never uses as a record ID: zero, leading zeros, more than 20 digits', () => {
    expect(() => planBatches(['0'])).toThrow(InvalidRecordIdError);
    expect(() => planBatches(['007'])).toThrow(InvalidRecordIdError);
    expect(() => planBatches(['1'.repeat(21)])).toThrow(InvalidRecordIdError);
  });

  it('refuses an empty selection', () => {
    expect(() => planBatches([])).toThrow(EmptySelectionError);
  });
});
