import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALL_REQUIRED_SCOPES } from '@/lib/background/connection-test';
import { createSettingsHandlers, parseSettingsInput } from '@/lib/background/settings-handlers';
import { purgeExpiredSnapshots } from '@/lib/background/snapshot-retention';
import { deleteDb, openDb } from '@/lib/db/open';
import type { CrmSweepDb } from '@/lib/db/schema';
import type { SettingsInput } from '@/lib/messaging/payloads/settings';
import type { Runtime } from 'webextension-polyfill';
import { DEFAULT_SETTINGS, loadSettings, settingsItem } from '@/lib/settings/settings';
import { loadCredential, migrateLegacyToken } from '@/lib/background/credentials';
import { getCredential, putCredential } from '@/lib/db/credentials-repo';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALL_SCOPES } from '../../sandbox/http/tokens';
import { startSandbox, type Sandbox } from '../../sandbox/server';

const valid: SettingsInput = {
  apiBase: 'https://api.hubapi.com',
  ratePercent: '60',
  dailyReservePercent: '10',
  retentionDays: '90',
  language: 'auto',
};
const DAY = 24 * 60 * 60 * 1000;
const sender = {} as Runtime.MessageSender;

describe('settings validation', () => {
  it('accepts the defaults and normalises the API base', () => {
    expect(parseSettingsInput({ ...valid, apiBase: ' https://api.hubapi.com/ ' })).toMatchObject({
      ok: true,
      settings: { apiBase: 'https://api.hubapi.com', ratePercent: 60 },
    });
  });

  it('accepts plain http only on loopback (the local sandbox)', () => {
    expect(parseSettingsInput({ ...valid, apiBase: 'http://127.0.0.1:4010' }).ok).toBe(true);
    expect(parseSettingsInput({ ...valid, apiBase: 'http://localhost:4010' }).ok).toBe(true);
    expect(parseSettingsInput({ ...valid, apiBase: 'http://api.hubapi.com' })).toEqual({
      ok: false,
      problems: [{ field: 'apiBase', code: 'insecureUrl' }],
    });
  });

  it('refuses what is not a plain https address', () => {
    const problem = (apiBase: string) => (parseSettingsInput({ ...valid, apiBase }) as { problems: { code: string }[] }).problems[0]?.code;
    expect(problem('')).toBe('required');
    expect(problem('api.hubapi.com')).toBe('invalidUrl');
    expect(problem('ftp://api.hubapi.com')).toBe('invalidUrl');
    expect(problem('javascript:alert(1)')).toBe('invalidUrl');
    expect(problem('https://user:pw@api.hubapi.com')).toBe('urlHasExtras');
    expect(problem('https://api.hubapi.com/?x=1')).toBe('urlHasExtras');
  });

  it('reports every bad number at once, with the allowed range', () => {
    expect(parseSettingsInput({ ...valid, ratePercent: '0', dailyReservePercent: 'ten', retentionDays: '12.5' })).toEqual({
      ok: false,
      problems: [
        { field: 'ratePercent', code: 'outOfRange', min: 1, max: 100 },
        { field: 'dailyReservePercent', code: 'notWholeNumber' },
        { field: 'retentionDays', code: 'notWholeNumber' },
      ],
    });
    expect(parseSettingsInput({ ...valid, retentionDays: '' })).toMatchObject({ problems: [{ field: 'retentionDays', code: 'required' }] });
    expect(parseSettingsInput({ ...valid, dailyReservePercent: '91' })).toMatchObject({
      problems: [{ field: 'dailyReservePercent', code: 'outOfRange', min: 0, max: 90 }],
    });
  });

  it('refuses a token with spaces or of an implausible length', () => {
    expect(parseSettingsInput({ ...valid, token: 'pat na1 abc' })).toMatchObject({ problems: [{ field: 'token', code: 'tokenFormat' }] });
    expect(parseSettingsInput({ ...valid, token: 'short' })).toMatchObject({ problems: [{ field: 'token', code: 'tokenFormat' }] });
    expect(parseSettingsInput({ ...valid, token: '   ' })).toMatchObject({ ok: true, newToken: undefined });
  });
});

describe('settings/save and settings/test against the sandbox', () => {
  let sandbox: Sandbox;
  let db: CrmSweepDb;
  let dbName: string;
  beforeEach(async () => {
    sandbox = await startSandbox({ port: 0, seed: 3, scale: 20 });
    dbName = `crm-sweep-settings-${crypto.randomUUID()}`;
    db = openDb(dbName);
  });
  afterEach(async () => {
    await sandbox.close();
    await deleteDb(dbName);
  });
  const handlers = () => createSettingsHandlers({ db });
  const input = (over: Partial<SettingsInput> = {}): SettingsInput => ({ ...valid, apiBase: sandbox.url, ...over });

  const savedToken = async () => (await getCredential(db))?.token ?? null;
  const keep = (token: string) => putCredential(db, { token, kind: token.startsWith('pat-') ? 'privateApp' : 'serviceKey' });
  const rawLocal = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

  it('saves nothing when a field is wrong', async () => {
    await keep('kept-token-1234');
    const reply = await handlers()['settings/save'](input({ ratePercent: '500', token: sandbox.token }), sender);
    expect(reply).toEqual({ saved: false, problems: [{ field: 'ratePercent', code: 'outOfRange', min: 1, max: 100 }] });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await savedToken()).toBe('kept-token-1234');
  });

  it('tests a new private-app token, saves it in the database (not storage.local), reports portal and scopes, and never returns it', async () => {
    sandbox.addToken('pat-na1-limited-0001', ['crm.objects.contacts.read', 'crm.objects.contacts.write']);
    const reply = await handlers()['settings/save'](input({ token: 'pat-na1-limited-0001', language: 'da', retentionDays: '30' }), sender);
    expect(reply.saved).toBe(true);
    if (!reply.saved) return;
    expect(reply.connection).toMatchObject({ portalId: String(sandbox.portalId), kind: 'privateApp', scopesKnown: true });
    expect(reply.connection?.missing).toContain('crm.lists.read');
    expect(reply.connection?.missing).not.toContain('crm.objects.contacts.read');
    expect(reply.connection?.required).toEqual(ALL_REQUIRED_SCOPES);
    expect(reply.settings).toMatchObject({
      tokenHint: '…0001',
      credentialKind: 'privateApp',
      credentialPortalId: String(sandbox.portalId),
      language: 'da',
      retentionDays: 30,
      apiBase: sandbox.url,
    });
    expect(JSON.stringify(reply)).not.toContain('limited-0001');
    expect(await savedToken()).toBe('pat-na1-limited-0001');
    expect(await rawLocal()).not.toContain('limited-0001');
  });

  it('saves a service key: access-token-info does not describe it, so one read per deletable type finds its scopes', async () => {
    const reply = await handlers()['settings/save'](input({ token: sandbox.serviceKey }), sender);
    expect(reply).toMatchObject({
      saved: true,
      connection: { kind: 'serviceKey', scopesKnown: false, portalId: String(sandbox.portalId), missing: [] },
    });
    if (!reply.saved) return;
    expect(reply.connection?.probes?.map((p) => [p.objectTypeId, p.readable])).toEqual([
      ['0-1', true],
      ['0-2', true],
      ['0-3', true],
      ['0-5', true],
    ]);
    // The probes are reads with limit 1; access-token-info is never asked about a service key.
    const paths = sandbox.calls.entries().map((c) => c.path);
    expect(paths.some((p) => p.includes('access-token-info'))).toBe(false);
    expect(sandbox.calls.entries().every((c) => c.method === 'GET')).toBe(true);
    expect(reply.settings).toMatchObject({ credentialKind: 'serviceKey', tokenHint: `…${sandbox.serviceKey.slice(-4)}` });
    expect(await savedToken()).toBe(sandbox.serviceKey);
    expect(await rawLocal()).not.toContain(sandbox.serviceKey);
  });

  it('reports what each read scope a service key lacks disables, and still saves it', async () => {
    sandbox.addToken('key-contacts-only-0001', ['crm.objects.contacts.read', 'crm.objects.contacts.write'], 'serviceKey');
    const reply = await handlers()['settings/save'](input({ token: 'key-contacts-only-0001' }), sender);
    expect(reply).toMatchObject({ saved: true, connection: { kind: 'serviceKey', scopesKnown: false } });
    if (!reply.saved) return;
    expect(reply.connection?.missing).toEqual(['crm.objects.companies.read', 'crm.objects.deals.read', 'tickets']);
    expect(reply.connection?.granted).toEqual(['crm.objects.contacts.read']);
  });

  it('never refuses a service key because a private-app-only endpoint answered 4xx', async () => {
    sandbox.addToken('pat-sandbox-looks-private-0002', [...ALL_SCOPES], 'serviceKey');
    const reply = await handlers()['settings/save'](input({ token: 'pat-sandbox-looks-private-0002' }), sender);
    // access-token-info said 401 for it: the probes decide, and the key is saved.
    expect(reply).toMatchObject({ saved: true, connection: { scopesKnown: false, missing: [] } });
  });

  it('refuses a token HubSpot rejects and keeps the old one', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBase: sandbox.url });
    await keep(sandbox.token);
    const reply = await handlers()['settings/save'](input({ token: 'pat-na1-revoked-9999' }), sender);
    expect(reply).toMatchObject({ saved: false, problems: [{ field: 'token', code: 'tokenRejected' }] });
    expect(await savedToken()).toBe(sandbox.token);
  });

  it('refuses an API base that does not answer, without saving', async () => {
    const reply = await handlers()['settings/save'](input({ apiBase: 'http://127.0.0.1:9', token: sandbox.token }), sender);
    expect(reply).toMatchObject({ saved: false, problems: [{ field: 'apiBase', code: 'unreachable' }] });
    expect(await savedToken()).toBeNull();
  });

  it('keeps the saved token when the field is left empty, and removes it when asked', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBase: sandbox.url });
    await keep(sandbox.token);
    const kept = await handlers()['settings/save'](input({ ratePercent: '40' }), sender);
    expect(kept).toMatchObject({ saved: true, connection: null, settings: { ratePercent: 40 } });
    expect(await savedToken()).toBe(sandbox.token);
    const removed = await handlers()['settings/save'](input({ removeToken: true }), sender);
    expect(removed).toMatchObject({ saved: true, settings: { tokenHint: null, credentialKind: null } });
    expect(await savedToken()).toBeNull();
  });

  it('re-tests the saved token before sending it to a new API base', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBase: sandbox.url });
    await keep(sandbox.token);
    const reply = await handlers()['settings/save'](input({ apiBase: 'http://127.0.0.1:9' }), sender);
    expect(reply).toMatchObject({ saved: false, problems: [{ field: 'apiBase', code: 'unreachable' }] });
    expect((await loadSettings()).apiBase).toBe(sandbox.url);
  });

  it('settings/test reports the saved credential’s portal, or says there is none', async () => {
    await expect(handlers()['settings/test']({}, sender)).rejects.toThrow('No service key is saved yet');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBase: sandbox.url });
    await keep(sandbox.serviceKey);
    expect(await handlers()['settings/test']({}, sender)).toMatchObject({
      portalId: String(sandbox.portalId),
      kind: 'serviceKey',
      missing: [],
    });
    expect((await getCredential(db))?.portalId).toBe(String(sandbox.portalId));
  });
});

describe('a token an older version left in storage.local', () => {
  let db: CrmSweepDb;
  let dbName: string;
  beforeEach(() => {
    dbName = `crm-sweep-legacy-${crypto.randomUUID()}`;
    db = openDb(dbName);
  });
  afterEach(() => deleteDb(dbName));

  it('moves into the database on first start and the old copy is erased, other settings kept', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, ratePercent: 42, token: 'pat-na1-legacy-token-7777' });
    expect(await migrateLegacyToken(db)).toBe(true);
    expect(await getCredential(db)).toMatchObject({ token: 'pat-na1-legacy-token-7777', kind: 'privateApp' });
    const raw = await fakeBrowser.storage.local.get(null);
    expect(JSON.stringify(raw)).not.toContain('legacy-token');
    expect(raw.settings).not.toHaveProperty('token');
    expect((await loadSettings()).ratePercent).toBe(42);
    expect(await migrateLegacyToken(db)).toBe(false);
  });

  it('is found by the first read of the credential even before the start-up migration ran', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, token: 'legacy-service-key-0003' });
    expect(await loadCredential(db)).toMatchObject({ token: 'legacy-service-key-0003', kind: 'serviceKey' });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('legacy-service-key');
  });

  it('leaves storage.local alone when there was no token', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, ratePercent: 33 });
    expect(await migrateLegacyToken(db)).toBe(false);
    expect(await getCredential(db)).toBeUndefined();
    expect((await loadSettings()).ratePercent).toBe(33);
  });
});

describe('retention purge', () => {
  let db: CrmSweepDb;
  let dbName: string;
  beforeEach(async () => {
    dbName = `crm-sweep-purge-${crypto.randomUUID()}`;
    db = openDb(dbName);
    const now = Date.now();
    await db.jobs.put({
      id: 'j',
      kind: 'delete',
      portalId: '1',
      objectTypeId: '0-1',
      state: 'done',
      total: 2,
      createdAt: now,
      updatedAt: now,
    });
    await db.snapshots.bulkPut([
      { jobId: 'j', recordId: '1', seq: 0, objectTypeId: '0-1', properties: {}, associations: [], lists: [], capturedAt: now - 40 * DAY },
      { jobId: 'j', recordId: '2', seq: 0, objectTypeId: '0-1', properties: {}, associations: [], lists: [], capturedAt: now - 5 * DAY },
    ]);
  });
  afterEach(() => deleteDb(dbName));

  it('removes snapshots older than the retention setting, at most once a day', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 30 });
    const now = Date.now();
    expect(await purgeExpiredSnapshots(db, { now })).toBe(1);
    expect(await db.snapshots.count()).toBe(1);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 1 });
    expect(await purgeExpiredSnapshots(db, { now: now + 60_000 })).toBeNull();
    expect(await purgeExpiredSnapshots(db, { now: now + DAY })).toBe(1);
    expect((await db.audit.toArray()).map((a) => a.action)).toEqual(['snapshots.purged', 'snapshots.purged']);
  });

  it('forgets activity-log entries older than the retention setting with the snapshots', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 30 });
    const now = Date.now();
    await db.audit.bulkAdd([
      { jobId: 'j', portalId: '1', action: 'delete.finished', counts: {}, at: now - 31 * DAY },
      { jobId: 'j', portalId: '1', action: 'delete.started', counts: {}, at: now - 29 * DAY },
    ]);
    await purgeExpiredSnapshots(db, { now });
    expect((await db.audit.toArray()).map((a) => a.action)).toEqual(['delete.started', 'snapshots.purged']);
  });

  it('purges at once when a shorter retention is saved', async () => {
    await createSettingsHandlers({ db })['settings/save']({ ...valid, retentionDays: '30' }, sender);
    expect(await db.snapshots.count()).toBe(1);
  });
});
