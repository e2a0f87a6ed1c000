/**
 * List routes the extension uses (lib/hubspot/api/lists.ts), checked against HubSpot's official
 * crm/lists models — including `MembershipsUpdateResponse`'s own spelling `recordsIdsAdded`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeIds } from '../sandbox/client';
import { expectModel, type Harness, openHarness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.sandbox.close());

const manualList = () => h.sandbox.store.lists.all().find((l) => l.processingType === 'MANUAL' && l.objectTypeId === '0-1')!;

describe('lists', () => {
  it('get: ListFetchResponse', async () => {
    const list = manualList();
    expect(await h.api.lists.get(list.listId)).toMatchObject({ listId: list.listId, processingType: 'MANUAL' });
    expectModel('crm/lists', 'ListFetchResponse', h.last(`/${list.listId}`).responseBody);
  });

  it('members: ApiCollectionResponseJoinTimeAndRecordId', async () => {
    const list = manualList();
    for await (const page of h.api.lists.members(list.listId)) expect(page.length).toBeGreaterThan(0);
    expectModel('crm/lists', 'ApiCollectionResponseJoinTimeAndRecordId', h.last('/memberships?').responseBody);
  });

  it('add / remove: MembershipsUpdateResponse (recordsIdsAdded, recordIdsRemoved, recordIdsMissing)', async () => {
    const list = manualList();
    const members = new Set(h.sandbox.store.listMembers(list.listId));
    const outsider = activeIds(h.sandbox, 'contacts').find((id) => !members.has(id))!;
    const added = await h.api.lists.addMembers(list.listId, [outsider, '1']);
    expect(added).toMatchObject({ recordsIdsAdded: [outsider], recordIdsAdded: [outsider], recordIdsMissing: ['1'] });
    expectModel('crm/lists', 'MembershipsUpdateResponse', h.last('/memberships/add').responseBody);
    expect(h.last('/memberships/add').requestBody).toEqual([outsider, '1']);
    const removed = await h.api.lists.removeMembers(list.listId, [outsider]);
    expect(removed).toMatchObject({ recordIdsRemoved: [outsider], recordIdsMissing: [] });
    expectModel('crm/lists', 'MembershipsUpdateResponse', h.last('/memberships/remove').responseBody);
  });

  it('a record’s lists: ApiCollectionResponseRecordListMembershipNoPaging; the batch read’s entries: RecordListMembership', async () => {
    const list = manualList();
    const [member] = h.sandbox.store.listMembers(list.listId);
    const one = await h.raw.get(`/crm/v3/lists/records/0-1/${member}/memberships`);
    expectModel('crm/lists', 'ApiCollectionResponseRecordListMembershipNoPaging', one.body);
    const found = await h.api.lists.recordMemberships('0-1', [member!]);
    expect(found.get(member!)?.map((m) => m.listId)).toContain(list.listId);
    const batch = h.last('/records/memberships/batch/read').responseBody as { results: { recordListMemberships: unknown[] }[] };
    for (const entry of batch.results[0]!.recordListMemberships) expectModel('crm/lists', 'RecordListMembership', entry);
  });

  it('injected failures: IDs land in recordIdsMissing, and in the batch read’s errors', async () => {
    const list = manualList();
    const [member] = h.sandbox.store.listMembers(list.listId);
    h.sandbox.faults.set({ recordErrors: { ids: [member!] } });
    try {
      expect(await h.api.lists.removeMembers(list.listId, [member!])).toMatchObject({ recordIdsRemoved: [], recordIdsMissing: [member] });
      const found = await h.api.lists.recordMemberships('0-1', [member!]);
      expect(found.has(member!)).toBe(false);
      expect(found.errors).toEqual([expect.objectContaining({ context: { ids: [member] } })]);
    } finally {
      h.sandbox.faults.set({ recordErrors: null });
    }
  });
});
