import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { listRecentAudit } from '@/lib/db/audit-repo';
import { countIdMappingsByHow } from '@/lib/db/idmap-repo';
import { declareMigrations, LATEST_VERSION, MIGRATIONS, UNKNOWN_PORTAL_ID } from '@/lib/db/migrations';
import { openDb } from '@/lib/db/open';
import { freshDbName, snapshotOf } from './db-fixtures';

const BIG_ID = '9007199254740993'; // 2^53 + 1: a number would round it to ...992

describe('migrations', () => {
  it('numbers versions 1, 2, … without gaps, in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('creates a new database at the latest version', async () => {
    const db = openDb(freshDbName());
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(db.audit.schema.indexes.map((i) => i.name)).toContain('[portalId+at]');
  });

  it('opens a v1 database with the current schema, keeping its rows and giving audit rows their portal', async () => {
    const name = freshDbName();
    const v1 = new Dexie(name);
    declareMigrations(v1, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    const job = {
      id: 'job-a',
      kind: 'delete',
      portalId: '4455667788',
      objectTypeId: '0-1',
      state: 'done',
      total: 1,
      createdAt: 500,
      updatedAt: 2000,
    };
    await v1.table('jobs').add(job);
    await v1.table('batches').add({ jobId: 'job-a', seq: 0, ids: [BIG_ID], state: 'verified', attempts: 1, updatedAt: 2000 });
    await v1.table('snapshots').add({ ...snapshotOf(BIG_ID, 900), jobId: 'job-a', seq: 0 });
    await v1.table('staged').add({
      id: 's1',
      createdAt: 1,
      expiresAt: 2,
      portalId: '4455667788',
      objectTypeId: '0-1',
      ids: [BIG_ID],
      source: { pageUrl: 'https://app.hubspot.com/x', description: 'x' },
    });
    // v1 audit rows have no portalId; 'job-gone' was cleared before the upgrade.
    await v1.table('audit').bulkAdd([
      { jobId: 'job-a', at: 1000, action: 'delete.started', counts: {} },
      { jobId: 'job-gone', at: 1500, action: 'delete.finished', counts: { archived: 3 } },
      { jobId: 'job-a', at: 2000, action: 'delete.finished', counts: { archived: 1 } },
    ]);
    v1.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.jobs.get('job-a')).toEqual(job);
    expect((await db.batches.get(['job-a', 0]))?.ids).toEqual([BIG_ID]);
    expect(await db.snapshots.get(['job-a', BIG_ID])).toEqual({ ...snapshotOf(BIG_ID, 900), jobId: 'job-a', seq: 0 });
    expect(await db.staged.count()).toBe(1);

    const portalHistory = await listRecentAudit(db, { portalId: '4455667788' });
    expect(portalHistory.map((e) => [e.action, e.at])).toEqual([
      ['delete.finished', 2000],
      ['delete.started', 1000],
    ]);
    const orphan = await listRecentAudit(db, { portalId: UNKNOWN_PORTAL_ID });
    expect(orphan.map((e) => e.jobId)).toEqual(['job-gone']);
    expect(orphan[0]?.counts).toEqual({ archived: 3 });
  });

  it('opens a v2 database with idMap indexed by how each record came back, its rows counted', async () => {
    const name = freshDbName();
    const v2 = new Dexie(name);
    declareMigrations(v2, 2);
    await v2.open();
    await v2.table('idMap').bulkAdd([
      { jobId: 'j', oldId: '1', newId: '11', objectTypeId: '0-1', how: 'recreated', at: 1 },
      { jobId: 'j', oldId: '2', newId: '2', objectTypeId: '0-1', how: 'restoredInHubSpot', at: 1 },
      { jobId: 'j', oldId: BIG_ID, newId: '13', objectTypeId: '0-1', how: 'recreated', at: 1 },
      { jobId: 'other', oldId: '4', newId: '14', objectTypeId: '0-1', how: 'recreated', at: 1 },
    ]);
    v2.close();

    const db = openDb(name);
    await db.open();
    expect(db.idMap.schema.indexes.map((i) => i.name)).toContain('[jobId+how]');
    expect(await countIdMappingsByHow(db, 'j')).toEqual({ recreated: 2, restored: 1 });
    expect(await countIdMappingsByHow(db, 'none')).toEqual({ recreated: 0, restored: 0 });
    expect((await db.idMap.get(['j', BIG_ID]))?.newId).toBe('13');
  });

  it('opens a v3 database with a credentials table and jobs indexed by their staged selection, its rows kept', async () => {
    const name = freshDbName();
    const v3 = new Dexie(name);
    declareMigrations(v3, 3);
    await v3.open();
    const job = {
      id: 'job-v3',
      kind: 'delete',
      portalId: '4242424',
      objectTypeId: '0-3',
      state: 'done',
      total: 2,
      createdAt: 1,
      updatedAt: 2,
    };
    await v3.table('jobs').add(job);
    await v3.table('staged').add({
      id: 's3',
      createdAt: 1,
      expiresAt: 2,
      portalId: '4242424',
      objectTypeId: '0-3',
      ids: [BIG_ID],
      source: { pageUrl: 'https://app.hubspot.com/x', description: 'x' },
    });
    expect(v3.tables.map((t) => t.name)).not.toContain('credentials');
    v3.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.jobs.get('job-v3')).toEqual(job);
    expect((await db.staged.get('s3'))?.ids).toEqual([BIG_ID]);
    expect(db.jobs.schema.indexes.map((i) => i.name)).toContain('stagedId');
    // A job from before v4 has no stagedId: the index just leaves it out.
    expect(await db.jobs.where('stagedId').equals('s3').count()).toBe(0);
    expect(await db.credentials.count()).toBe(0);
    await db.credentials.put({ id: 'hubspot', token: 'sk-x-0001', kind: 'serviceKey', savedAt: 3 });
    expect((await db.credentials.get('hubspot'))?.kind).toBe('serviceKey');
  });
});
