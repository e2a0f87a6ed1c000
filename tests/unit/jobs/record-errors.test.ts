import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordErrorsOf, refusedRecord } from '@/lib/jobs/core/record-errors';

describe('reading a 207 record by record', () => {
  afterEach(() => vi.restoreAllMocks());

  it('places each named record with HubSpot category and message', () => {
    const found = recordErrorsOf(
      [{ category: 'RESOURCE_LOCKED', message: 'locked', context: { ids: ['1', '2'] } }],
      ['1', '2', '3'],
      'batch archive',
    );
    expect(found.unknown).toBe(false);
    expect([...found.byId.values()]).toEqual([
      { id: '1', category: 'RESOURCE_LOCKED', message: 'locked' },
      { id: '2', category: 'RESOURCE_LOCKED', message: 'locked' },
    ]);
    expect(refusedRecord(found.byId.get('1')!, 'record.archiveRefused')).toMatchObject({
      id: '1',
      category: 'RESOURCE_LOCKED',
      detail: 'locked',
      message: 'Not deleted: HubSpot refused it (RESOURCE_LOCKED): locked',
    });
  });

  it('logs and marks unknown an error naming a record not sent, or none at all', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(recordErrorsOf([{ category: 'X', context: { ids: ['9'] } }], ['1'], 'objects.batchArchive')).toMatchObject({ unknown: true });
    expect(recordErrorsOf([{ category: 'X', message: 'no ids' }], ['1'], 'objects.batchArchive')).toMatchObject({ unknown: true });
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
