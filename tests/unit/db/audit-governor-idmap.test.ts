import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { appendAudit, listAuditForJob, listRecentAudit } from '@/lib/db/audit-repo';
import { AuditRecordIdsRefusedError } from '@/lib/db/errors';
import { loadGovernorState, saveGovernorState } from '@/lib/db/governor-repo';
import { getIdMapping, listIdMappings, mapOldIds, recordIdMappings } from '@/lib/db/idmap-repo';
import { freshDb } from './db-fixtures';

describe('audit', () => {
  it('lists a job’s entries oldest first and a portal’s newest first', async () => {
    const db = freshDb();
    await appendAudit(db, { jobId: 'j1', portalId: '1', action: 'delete.finished', counts: { archived: 10 }, at: 20 });
    await appendAudit(db, { jobId: 'j1', portalId: '1', action: 'delete.started', counts: {}, at: 10 });
    await appendAudit(db, { jobId: 'j2', portalId: '2', action: 'delete.started', counts: {}, at: 15 });
    expect((await listAuditForJob(db, 'j1')).map((e) => e.action)).toEqual(['delete.started', 'delete.finished']);
    expect((await listRecentAudit(db, { portalId: '1' })).map((e) => e.at)).toEqual([20, 10]);
    expect((await listRecentAudit(db, { limit: 2 })).map((e) => e.at)).toEqual([20, 15]);
  });

  it('keeps record IDs for a GDPR delete and refuses them anywhere else', async () => {
    const db = freshDb();
    await appendAudit(db, {
      jobId: 'g',
      portalId: '1',
      action: 'gdprDelete.finished',
      counts: { deleted: 2 },
      recordIds: ['9007199254740993', '7'],
    });
    expect((await listAuditForJob(db, 'g'))[0]?.recordIds).toEqual(['9007199254740993', '7']);
    await expect(
      appendAudit(db, { jobId: 'd', portalId: '1', action: 'delete.finished', counts: {}, recordIds: ['7'] }),
    ).rejects.toBeInstanceOf(AuditRecordIdsRefusedError);
    expect(await db.audit.count()).toBe(1);
  });
});

describe('governor state', () => {
  it('remembers what it learnt per portal, each portal apart', async () => {
    const db = freshDb();
    await saveGovernorState(db, { portalId: '1', notBefore: 5000, windowMs: 10_000, max: 190, dailyRemaining: 500_000 });
    expect(await loadGovernorState(db, '1')).toEqual({
      portalId: '1',
      notBefore: 5000,
      windowMs: 10_000,
      max: 190,
      dailyRemaining: 500_000,
    });
    await saveGovernorState(db, { portalId: '2', notBefore: 700 });
    expect(await loadGovernorState(db, '2')).toEqual({ portalId: '2', notBefore: 700 });
    expect(await loadGovernorState(db, '3')).toBeUndefined();
  });
});

describe('id map', () => {
  it('maps old IDs to new ones per delete job', async () => {
    const db = freshDb();
    await recordIdMappings(
      db,
      [
        { jobId: 'j', oldId: '9007199254740993', newId: '9007199254741999', objectTypeId: '0-1', how: 'recreated' },
        { jobId: 'j', oldId: '5', newId: '5', objectTypeId: '0-1', how: 'restoredInHubSpot', at: 1 },
        { jobId: 'other', oldId: '6', newId: '60', objectTypeId: '0-1', how: 'recreated' },
      ],
      99,
    );
    expect(await getIdMapping(db, 'j', '9007199254740993')).toMatchObject({ newId: '9007199254741999', at: 99 });
    expect(await mapOldIds(db, 'j', ['5', '6', '9007199254740993'])).toEqual(
      new Map([
        ['5', '5'],
        ['9007199254740993', '9007199254741999'],
      ]),
    );
    expect((await listIdMappings(db, 'j')).map((m) => m.oldId).sort()).toEqual(['5', '9007199254740993']);
  });
});
