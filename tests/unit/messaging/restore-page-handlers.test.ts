import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createRestorePageHandlers } from '@/lib/background/restore-page-handlers';
import type { RestoreSession } from '@/lib/db/rows';
import { restoreSessionOfJob, saveRestoreSession } from '@/lib/db/restore-sessions-repo';
import { RESTORE_BUTTON_LABEL_MAX } from '@/lib/hubspot/page/restore-page';
import { TextError } from '@/lib/i18n/text';
import { PROTOCOL } from '@/lib/messaging/protocol';
import { PayloadError } from '@/lib/validate/validators';
import { freshDb } from '../db/db-fixtures';

/**
 * restore/plan and restore/report (issue 19): the plan goes only to the tab restore/open opened,
 * while it shows the session's own recycle-bin page; reports are taken only from that tab.
 */
const PORTAL = '4242424';
const TAB = 17;
const binUrl = (portal = PORTAL, type = '0-1') => `https://app.hubspot.com/recycling-bin/${portal}/restore/${type}`;
const sender = (url = binUrl(), tabId = TAB, frameId = 0) =>
  ({ tab: { id: tabId, url }, url, frameId }) as unknown as Runtime.MessageSender;

function session(overrides: Partial<RestoreSession> = {}): RestoreSession {
  return {
    id: crypto.randomUUID(),
    jobId: crypto.randomUUID(),
    portalId: PORTAL,
    objectTypeId: '0-1',
    tabId: TAB,
    createdAt: Date.now(),
    round: 1,
    rounds: 2,
    inBin: ['101', '9007199254740993'],
    alreadyBack: ['7'],
    purged: [],
    unreadable: [],
    total: 3,
    ...overrides,
  };
}

async function setUp(overrides: Partial<RestoreSession> = {}) {
  const db = freshDb();
  const onRestored = vi.fn(async () => undefined);
  const saved = session(overrides);
  await saveRestoreSession(db, saved);
  return { db, saved, onRestored, handlers: createRestorePageHandlers({ db, onRestored }) };
}

describe('restore/plan', () => {
  it("gives the session's tab its plan on the session's recycle-bin page", async () => {
    const { saved, handlers } = await setUp();
    expect(await handlers['restore/plan']({}, sender())).toEqual({
      sessionId: saved.id,
      jobId: saved.jobId,
      portalId: PORTAL,
      objectTypeId: '0-1',
      recordIds: ['101', '9007199254740993'],
      total: 3,
      round: 1,
      rounds: 2,
    });
  });

  it('gives nothing to another tab, a frame, another portal or object type, or another page', async () => {
    const { handlers } = await setUp();
    expect(await handlers['restore/plan']({}, sender(binUrl(), TAB + 1))).toBeNull();
    expect(await handlers['restore/plan']({}, sender(binUrl(), TAB, 3))).toBeNull();
    expect(await handlers['restore/plan']({}, sender(binUrl('999')))).toBeNull();
    expect(await handlers['restore/plan']({}, sender(binUrl(PORTAL, '0-2')))).toBeNull();
    expect(await handlers['restore/plan']({}, sender(`https://app.hubspot.com/contacts/${PORTAL}/objects/0-1/views/all/list`))).toBeNull();
    expect(await handlers['restore/plan']({}, { url: binUrl() } as Runtime.MessageSender)).toBeNull();
  });

  it('gives nothing when no session is open for any tab', async () => {
    const handlers = createRestorePageHandlers({ db: freshDb() });
    expect(await handlers['restore/plan']({}, sender())).toBeNull();
  });
});

describe('restore/report', () => {
  it("stores the page's report on the session, keeping only the plan's own IDs", async () => {
    const { db, saved, handlers, onRestored } = await setUp();
    const reply = await handlers['restore/report'](
      {
        sessionId: saved.id,
        state: 'selected',
        selected: 1,
        notShown: [
          { recordId: '9007199254740993', reason: 'overCap' },
          { recordId: '555', reason: 'notOnPage' },
        ],
        buttonLabel: 'Gendan',
      },
      sender(),
    );
    expect(reply).toEqual({ recorded: true });
    const stored = await restoreSessionOfJob(db, saved.jobId);
    expect(stored?.report).toMatchObject({
      state: 'selected',
      selected: 1,
      notShown: [{ recordId: '9007199254740993', reason: 'overCap' }],
      buttonLabel: 'Gendan',
    });
    expect(onRestored).not.toHaveBeenCalled();
  });

  it("calls onRestored once the page reports HubSpot's restore done", async () => {
    const { saved, handlers, onRestored } = await setUp();
    await handlers['restore/report']({ sessionId: saved.id, state: 'restored', selected: 2, notShown: [] }, sender());
    expect(onRestored).toHaveBeenCalledWith(saved.id);
  });

  it("refuses a report from another tab, another page, or naming another tab's session", async () => {
    const { db, saved, handlers } = await setUp();
    const other = session({ tabId: TAB + 1, jobId: crypto.randomUUID() });
    await saveRestoreSession(db, other);
    const report = { sessionId: saved.id, state: 'noPermission' as const, selected: 0, notShown: [] };
    await expect(handlers['restore/report'](report, sender(binUrl(), TAB + 1))).rejects.toBeInstanceOf(TextError);
    await expect(handlers['restore/report'](report, sender(binUrl(PORTAL, '0-3')))).rejects.toBeInstanceOf(TextError);
    await expect(handlers['restore/report']({ ...report, sessionId: other.id }, sender())).rejects.toBeInstanceOf(TextError);
    await expect(handlers['restore/report']({ ...report, sessionId: crypto.randomUUID() }, sender())).rejects.toBeInstanceOf(TextError);
    expect((await restoreSessionOfJob(db, saved.jobId))?.report).toBeUndefined();
    expect((await restoreSessionOfJob(db, other.jobId))?.report).toBeUndefined();
  });
});

describe("restore/report's payload", () => {
  const validate = PROTOCOL['restore/report'].validate;
  const report = { sessionId: crypto.randomUUID(), state: 'selected', selected: 1, notShown: [] };

  it("takes HubSpot's button label as a short single line, and a report without one", () => {
    expect(validate({ ...report, buttonLabel: 'Herstellen' }, 'payload')).toMatchObject({ buttonLabel: 'Herstellen' });
    expect(validate(report, 'payload')).not.toHaveProperty('buttonLabel');
  });

  it('refuses a label that is long, empty, on several lines, with a bidi override or not text', () => {
    for (const buttonLabel of ['x'.repeat(RESTORE_BUTTON_LABEL_MAX + 1), '', 'Restore\nnow', 'Re\u0000store', '\u202eerotseR', 42])
      expect(() => validate({ ...report, buttonLabel }, 'payload')).toThrow(PayloadError);
  });
});
