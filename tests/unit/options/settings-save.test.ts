import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALL_REQUIRED_SCOPES, createSettingsHandlers, parseSettingsInput, purgeExpiredSnapshots } from '@/lib/background/settings-handlers';
import { deleteDb, openDb } from '@/lib/db/open';
import type { CrmSweepDb } from '@/lib/db/schema';
import type { SettingsInput } from '@/lib/messaging/payloads/settings';
import type { Runtime } from 'webextension-polyfill';
import { DEFAULT_SETTINGS, loadSettings, settingsItem } from '@/lib/settings/settings';
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

  it('saves nothing when a field is wrong', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, token: 'kept-token-1234' });
    const reply = await handlers()['settings/save'](input({ ratePercent: '500', token: sandbox.token }), sender);
    expect(reply).toEqual({ saved: false, problems: [{ field: 'ratePercent', code: 'outOfRange', min: 1, max: 100 }] });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, token: 'kept-token-1234' });
  });

  it('tests a new token, saves it, reports portal and scopes, and never returns it', async () => {
    sandbox.addToken('pat-na1-limited-0001', ['crm.objects.contacts.read', 'crm.objects.contacts.write']);
    const reply = await handlers()['settings/save'](input({ token: 'pat-na1-limited-0001', language: 'da', retentionDays: '30' }), sender);
    expect(reply.saved).toBe(true);
    if (!reply.saved) return;
    expect(reply.connection).toMatchObject({ portalId: String(sandbox.portalId), scopesKnown: true });
    expect(reply.connection?.missing).toContain('crm.lists.read');
    expect(reply.connection?.missing).not.toContain('crm.objects.contacts.read');
    expect(reply.connection?.required).toEqual(ALL_REQUIRED_SCOPES);
    expect(reply.settings).toMatchObject({ tokenHint: '…0001', language: 'da', retentionDays: 30, apiBase: sandbox.url });
    expect(JSON.stringify(reply)).not.toContain('limited-0001');
    expect((await loadSettings()).token).toBe('pat-na1-limited-0001');
  });

  it('refuses a token HubSpot rejects and keeps the old one', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBase: sandbox.url, token: sandbox.token });
    const reply = await handlers()['settings/save'](input({ token: 'pat-na1-revoked-9999' }), sender);
    expect(reply).toMatchObject({ saved: false, problems: [{ field: 'token', code: 'tokenRejected' }] });
    expect((await loadSettings()).token).toBe(sandbox.token);
  });

  it('refuses an API base that does not answer, without saving', async () => {
    const reply = await handlers()['settings/save'](input({ apiBase: 'http://127.0.0.1:9', token: sandbox.token }), sender);
    expect(reply).toMatchObject({ saved: false, problems: [{ field: 'apiBase', code: 'unreachable' }] });
    expect((await loadSettings()).token).toBeNull();
  });

  it('keeps the saved token when the field is left empty, and removes it when asked', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBase: sandbox.url, token: sandbox.token });
    const kept = await handlers()['settings/save'](input({ ratePercent: '40' }), sender);
    expect(kept).toMatchObject({ saved: true, connection: null, settings: { ratePercent: 40 } });
    expect((await loadSettings()).token).toBe(sandbox.token);
    const removed = await handlers()['settings/save'](input({ removeToken: true }), sender);
    expect(removed).toMatchObject({ saved: true, settings: { tokenHint: null } });
    expect((await loadSettings()).token).toBeNull();
  });

  it('re-tests the saved token before sending it to a new API base', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBase: sandbox.url, token: sandbox.token });
    const reply = await handlers()['settings/save'](input({ apiBase: 'http://127.0.0.1:9' }), sender);
    expect(reply).toMatchObject({ saved: false, problems: [{ field: 'apiBase', code: 'unreachable' }] });
    expect((await loadSettings()).apiBase).toBe(sandbox.url);
  });

  it('settings/test reports the saved token’s portal, or says there is none', async () => {
    await expect(handlers()['settings/test']({}, sender)).rejects.toThrow('No access token is saved yet');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBase: sandbox.url, token: sandbox.token });
    expect(await handlers()['settings/test']({}, sender)).toMatchObject({ portalId: String(sandbox.portalId), missing: [] });
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
