import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedStore } from '../../sandbox/crm/seed';
import { compareIds } from '../../sandbox/ids';
import { startSandbox } from '../../sandbox/server';
import { SandboxStore } from '../../sandbox/store';

/** Everything that makes up a portal, in a comparable form. */
function snapshot(store: SandboxStore) {
  return {
    records: store.objectTypes.all.map((t) => store.listRecords(t.objectTypeId).map((r) => [r.id, r.properties, r.createdAt, r.updatedAt])),
    associations: store.objectTypes.all.map((t) =>
      store
        .listRecords(t.objectTypeId)
        .slice(0, 50)
        .map((r) => store.associationsOf(t.objectTypeId, r.id).map((a) => [a.toObjectTypeId, a.toObjectId, a.types.map((x) => x.typeId)])),
    ),
    lists: store.lists.all().map((l) => [l.listId, l.name, l.processingType, store.listMembers(l.listId)]),
  };
}

const seeded = (seed: number, scale: number) => {
  const store = new SandboxStore(4242424);
  seedStore(store, { seed, scale });
  return store;
};

describe('seed', () => {
  it('gives the same portal for the same seed and scale, and a different one for another seed', () => {
    const a = snapshot(seeded(1, 300));
    expect(snapshot(seeded(1, 300))).toEqual(a);
    expect(snapshot(seeded(2, 300))).not.toEqual(a);
  });

  it('scales every object type with the number of contacts', () => {
    const counts = seeded(1, 1000).counts();
    expect(counts).toMatchObject({
      '0-1': { active: 1000 },
      '0-2': { active: 250 },
      '0-3': { active: 500 },
      '0-5': { active: 250 },
      '0-48': { active: 250 },
      '2-7357311': { active: 100 },
    });
    const small = seeded(1, 40).counts();
    expect(small['0-3']!.active).toBe(60);
    expect(small['0-5']!.active).toBe(30);
    expect(small['2-7357311']!.active).toBe(20);
  });

  it('keeps contact emails unique and custom object IDs above 2^53', () => {
    const store = seeded(3, 2000);
    const emails = store
      .listRecords('contacts')
      .map((r) => r.properties.email?.toLowerCase())
      .filter(Boolean);
    expect(new Set(emails).size).toBe(emails.length);
    for (const r of store.listRecords('machines')) expect(BigInt(r.id) > 2n ** 53n).toBe(true);
    const labels = new Set(
      store
        .listRecords('contacts')
        .flatMap((r) => store.associationsOf('contacts', r.id).flatMap((a) => a.types.map((t) => `${t.category}:${t.typeId}`))),
    );
    for (const expected of [
      'HUBSPOT_DEFINED:279',
      'HUBSPOT_DEFINED:1',
      'USER_DEFINED:101',
      'HUBSPOT_DEFINED:4',
      'HUBSPOT_DEFINED:15',
      'HUBSPOT_DEFINED:193',
    ])
      expect(labels).toContain(expected);
  });

  it('starts a default-scale sandbox in well under 2 seconds', async () => {
    const t0 = performance.now();
    const sandbox = await startSandbox();
    const elapsed = performance.now() - t0;
    await sandbox.close();
    expect(sandbox.store.counts()['0-1']!.active).toBe(200);
    expect(elapsed).toBeLessThan(2000);
  });
});

describe('save file', () => {
  it('writes the store on close and loads it back on the next start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-save-'));
    const savePath = join(dir, 'portal.json');
    try {
      const first = await startSandbox({ seed: 6, scale: 120, savePath });
      const [archived] = first.store.listRecords('contacts').map((r) => r.id);
      first.store.archive('contacts', [archived!], Date.now(), 'Private app 42');
      const created = first.store.create('contacts', { email: 'saved@keep.example' });
      const before = snapshot(first.store);
      await first.close();

      const second = await startSandbox({ seed: 99, scale: 10, savePath });
      try {
        expect(snapshot(second.store)).toEqual(before);
        // With who deleted it, for the restore page's "Deleted by".
        expect(second.store.get('contacts', archived!, { archived: true })?.archivedBy).toBe('Private app 42');
        expect(second.store.contactByEmail('saved@keep.example')?.id).toBe(created.id);
        // New IDs continue after the saved ones.
        expect(compareIds(second.store.create('contacts', {}).id, created.id)).toBeGreaterThan(0);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
