import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  deleteStagedSelection,
  dropExpiredStaged,
  getStagedSelection,
  STAGED_SELECTION_TTL_MS,
  type NewStagedSelection,
} from '@/lib/db/staged-repo';
import { EmptySelectionError, InvalidRecordIdError } from '@/lib/jobs/core/plan-batches';
import { stageSelection } from '@/lib/jobs/core/stage-selection';
import { freshDb } from './db-fixtures';

const selection = (ids: string[], ttlMs?: number): NewStagedSelection => ({
  portalId: '123',
  objectTypeId: '0-3',
  ids,
  displayedTotal: ids.length,
  ttlMs,
  source: { pageUrl: 'https://app.hubspot.com/contacts/123/objects/0-3/views/all/board', description: 'Deals board, Sales pipeline' },
});

describe('staged selections', () => {
  it('freezes distinct IDs in order and expires after the TTL', async () => {
    const db = freshDb();
    const staged = await stageSelection(db, selection(['5', '18446744073709551615', '5']), 1000);
    expect(staged).toMatchObject({ ids: ['5', '18446744073709551615'], createdAt: 1000, expiresAt: 1000 + STAGED_SELECTION_TTL_MS });
    expect(await getStagedSelection(db, staged.id, 1000 + STAGED_SELECTION_TTL_MS - 1)).toEqual(staged);
    expect(await getStagedSelection(db, staged.id, 1000 + STAGED_SELECTION_TTL_MS)).toBeUndefined();
  });

  it('drops only the expired selections', async () => {
    const db = freshDb();
    const short = await stageSelection(db, selection(['1'], 1000), 0);
    const long = await stageSelection(db, selection(['2'], 5000), 0);
    expect(await dropExpiredStaged(db, 1000)).toBe(1);
    expect(await db.staged.get(short.id)).toBeUndefined();
    expect(await getStagedSelection(db, long.id, 1000)).toEqual(long);
    await deleteStagedSelection(db, long.id);
    expect(await db.staged.count()).toBe(0);
  });

  it('refuses an empty selection or non-string IDs', async () => {
    const db = freshDb();
    await expect(stageSelection(db, selection([]))).rejects.toBeInstanceOf(EmptySelectionError);
    await expect(stageSelection(db, selection([42 as unknown as string]))).rejects.toBeInstanceOf(InvalidRecordIdError);
    expect(await db.staged.count()).toBe(0);
  });
});
