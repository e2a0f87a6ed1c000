import type { Batch, Job, StagedSelection } from '@/lib/db/rows';

const T0 = Date.UTC(2026, 4, 1, 12, 0, 0);

export const ids = (count: number, from = 1001) => Array.from({ length: count }, (_, i) => String(from + i));

export function stagedRow(over: Partial<StagedSelection> = {}): StagedSelection {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    createdAt: Date.now(),
    expiresAt: Date.now() + 30 * 60_000,
    portalId: '4242424',
    objectTypeId: '0-1',
    ids: ids(1234),
    source: { pageUrl: 'https://app-eu1.hubspot.com/contacts/4242424/objects/0-1/views/all/list', description: 'All contacts' },
    ...over,
  };
}

export function jobRow(over: Partial<Job> = {}): Job {
  return {
    id: '22222222-2222-4222-8222-222222222222',
    kind: 'delete',
    portalId: '4242424',
    objectTypeId: '0-1',
    state: 'running',
    total: 250,
    createdAt: T0,
    updatedAt: T0,
    startedAt: T0,
    source: { pageUrl: 'https://app-eu1.hubspot.com/contacts/4242424/objects/0-1/views/all/list', description: 'All contacts' },
    ...over,
  };
}

/** Batches of 100 (the last one shorter) in the given states, one minute apart. */
export function batchRows(jobId: string, total: number, states: Batch['state'][], startedAt = T0): Batch[] {
  const all = ids(total);
  return states.map((state, seq) => ({
    jobId,
    seq,
    ids: all.slice(seq * 100, seq * 100 + 100),
    state,
    attempts: 1,
    updatedAt: startedAt + (seq + 1) * 60_000,
  }));
}
