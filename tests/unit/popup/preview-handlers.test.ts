import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createConnector } from '@/lib/background/connect';
import { createPreviewHandlers } from '@/lib/background/preview-handlers';
import { recordName, spreadSample } from '@/lib/background/selection-impact';
import { deleteDb, openDb } from '@/lib/db/open';
import type { CrmSweepDb } from '@/lib/db/schema';
import { stageSelection } from '@/lib/jobs/core/stage-selection';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings/settings';
import { startSandbox, type Sandbox } from '../../sandbox/server';

const sender = {} as Runtime.MessageSender;

describe('preview helpers', () => {
  it('names contacts by name and email, companies and deals by their name', () => {
    expect(recordName('0-1', { firstname: 'Åse', lastname: 'Berg', email: 'aase@example.com' })).toBe('Åse Berg (aase@example.com)');
    expect(recordName('0-1', { firstname: null, lastname: null, email: 'x@example.com' })).toBe('x@example.com');
    expect(recordName('0-2', { name: 'Acme', domain: 'acme.example' })).toBe('Acme');
    expect(recordName('2-99', { anything: 'x' })).toBeNull();
  });

  it('spreads a sample over the whole selection', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => String(i + 1));
    const sample = spreadSample(ids, 10);
    expect(sample).toEqual(['1', '101', '201', '301', '401', '501', '601', '701', '801', '901']);
    expect(spreadSample(ids.slice(0, 3), 10)).toEqual(['1', '2', '3']);
  });
});

describe('staged/preview and staged/export-page against the sandbox', () => {
  let sandbox: Sandbox;
  let db: CrmSweepDb;
  let dbName: string;
  beforeEach(async () => {
    sandbox = await startSandbox({ port: 0, seed: 5, scale: 200, rateLimit: { max: 5000, searchPerSecond: 500 } });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBase: sandbox.url, token: sandbox.token, ratePercent: 100 });
    dbName = `crm-sweep-preview-${crypto.randomUUID()}`;
    db = openDb(dbName);
  });
  afterEach(async () => {
    await sandbox.close();
    await deleteDb(dbName);
  });
  const handlers = () => createPreviewHandlers({ db, connect: createConnector(db) });
  const active = (type: string) => sandbox.store.listRecords(type, { archived: false });
  const stage = (objectTypeId: string, ids: string[], listId?: string) =>
    stageSelection(db, {
      portalId: String(sandbox.portalId),
      objectTypeId,
      ids,
      listId,
      source: { pageUrl: `${sandbox.url}/`, description: 'test' },
    });

  it('names a sample read by ID and counts associations and lists over the whole small selection', async () => {
    const contacts = active('contacts').slice(0, 40);
    const staged = await stage(
      '0-1',
      contacts.map((c) => c.id),
    );
    const preview = await handlers()['staged/preview']({ stagedId: staged.id }, sender);
    expect(preview.sample).toHaveLength(10);
    const first = contacts[0]!.properties;
    expect(preview.sample[0]).toEqual({ id: contacts[0]!.id, name: expect.stringContaining(String(first.email)) });
    expect(preview.impact).toMatchObject({ sampleSize: 40, estimated: false });
    const companies = contacts.filter((c) => sandbox.store.associationsOf('contacts', c.id, { toType: 'companies' }).length > 0).length;
    expect(preview.impact.associations.find((a) => a.objectTypeId === '0-2')?.records ?? 0).toBe(companies);
    expect(preview.tokenPortalId).toBe(String(sandbox.portalId));
    expect(preview.gaps).toEqual([]);
  });

  it('says when HubSpot would not read the associations or list memberships of some records (207)', async () => {
    const contacts = active('contacts').slice(0, 40);
    sandbox.faults.set({
      recordErrors: [
        {
          ids: [contacts[1]!.id, contacts[2]!.id],
          routes: ['associations/{fromObjectType}/{toObjectType}/batch/read'],
          category: 'INTERNAL_ERROR',
        },
        { ids: [contacts[3]!.id], routes: ['lists/records/memberships/batch/read'], category: 'INTERNAL_ERROR' },
      ],
    });
    const staged = await stage(
      '0-1',
      contacts.map((c) => c.id),
    );
    const preview = await handlers()['staged/preview']({ stagedId: staged.id }, sender);
    expect(preview.gaps).toEqual([
      expect.objectContaining({ part: 'associations', message: '2 records could not be read (INTERNAL_ERROR)' }),
      expect.objectContaining({ part: 'lists', message: '1 record could not be read (INTERNAL_ERROR)' }),
    ]);
  });

  it('scales counts from a sample when the selection is larger, and says so', async () => {
    const staged = await stage(
      '0-1',
      active('contacts').map((c) => c.id),
    );
    const preview = await handlers()['staged/preview']({ stagedId: staged.id }, sender);
    expect(preview.impact.sampleSize).toBe(100);
    expect(preview.impact.estimated).toBe(true);
  });

  it('counts deals of a deal selection that are in open stages', async () => {
    const deals = active('deals').slice(0, 30);
    const staged = await stage(
      '0-3',
      deals.map((d) => d.id),
    );
    const preview = await handlers()['staged/preview']({ stagedId: staged.id }, sender);
    const closed = new Set(['closedwon', 'closedlost', '87654324', '87654325']);
    const open = deals.filter((d) => d.properties.dealstage && !closed.has(String(d.properties.dealstage))).length;
    expect(preview.impact.openPipeline).toContainEqual({ objectTypeId: '0-3', count: open, associated: false });
  });

  it('describes the list a list-page selection came from', async () => {
    const list = sandbox.store.lists.all().find((l) => l.processingType === 'MANUAL' && l.objectTypeId === '0-1')!;
    const staged = await stage('0-1', sandbox.store.listMembers(list.listId).slice(0, 5), list.listId);
    const preview = await handlers()['staged/preview']({ stagedId: staged.id }, sender);
    expect(preview.list).toEqual({ listId: list.listId, name: list.name, processingType: 'MANUAL' });
    expect(preview.impact.lists?.listNames).toContain(list.name);
  });

  it('refuses an expired or unknown selection with a plain message', async () => {
    await expect(handlers()['staged/preview']({ stagedId: crypto.randomUUID() }, sender)).rejects.toThrow(
      'This selection has expired or was already used. Nothing was deleted.',
    );
  });

  it('pages every selected record, with all properties, for the backup CSV', async () => {
    const ids = active('contacts')
      .slice(0, 120)
      .map((c) => c.id);
    const staged = await stage('0-1', [...ids, '999999999']);
    const page = await handlers()['staged/export-page']({ stagedId: staged.id, offset: 0 }, sender);
    expect(page.total).toBe(121);
    expect(page.nextOffset).toBeNull();
    expect(page.records.map((r) => r.id)).toEqual(ids);
    expect(page.missing).toEqual(['999999999']);
    expect(Object.keys(page.records[0]!.properties)).toEqual(expect.arrayContaining(['email', 'firstname', 'createdate']));
  });

  it('dismisses a selection so it can no longer be confirmed', async () => {
    const staged = await stage('0-1', ['1']);
    expect(await handlers()['staged/dismiss']({ stagedId: staged.id }, sender)).toEqual({ dismissed: true });
    expect(await db.staged.get(staged.id)).toBeUndefined();
  });
});
