import { describe, expect, it } from 'vitest';
import type { Batch } from '@/lib/db/rows';
import { EMAIL_IN_USE, PURGED, restoreOutcomeOf, STILL_IN_BIN, uiOriginOf } from '@/lib/jobs/job-facts';

const batch = (seq: number, state: Batch['state'], ids: string[], extra: Partial<Batch> = {}): Batch => ({
  jobId: 'j',
  seq,
  ids,
  state,
  attempts: 1,
  updatedAt: 0,
  ...extra,
});
const failed = (id: string, category: string) => ({ id, category, message: '' });

describe('restore outcome per record class', () => {
  it('derives the classes from verified batches only', () => {
    const outcome = restoreOutcomeOf([
      batch(0, 'verified', ['1', '2', '3', '4', '5'], {
        failedIds: [failed('4', STILL_IN_BIN), failed('5', EMAIL_IN_USE)],
        repaired: [failed('2', 'REPAIRED')],
      }),
      batch(1, 'verified', ['6', '7'], { failedIds: [failed('7', PURGED)] }),
      batch(2, 'archiving', ['8', '9']),
    ]);
    expect(outcome).toEqual({ restoredExactly: 3, repaired: 1, stillMissing: 2, refusedEmailInUse: 1 });
  });

  it('opens HubSpot on the UI host the records were picked on, else the main app host', () => {
    expect(uiOriginOf({ source: { pageUrl: 'https://app-eu1.hubspot.com/contacts/9/objects/0-1', description: '' } })).toBe(
      'https://app-eu1.hubspot.com',
    );
    expect(uiOriginOf({ source: { pageUrl: 'not a url', description: '' } })).toBe('https://app.hubspot.com');
    expect(uiOriginOf({})).toBe('https://app.hubspot.com');
  });
});
