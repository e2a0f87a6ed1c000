import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/lib/background/start';
import { deleteDb, openDb } from '@/lib/db/open';
import type { CrmSweepDb } from '@/lib/db/schema';
import type { JobEngine } from '@/lib/jobs/core/engine';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings/settings';
import { putCredential } from '@/lib/db/credentials-repo';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/server';

export interface Harness {
  sandbox: Sandbox;
  db: CrmSweepDb;
  engine: JobEngine;
  /** Sends a message to the background as the given sender would. */
  send(route: string, payload: unknown, sender?: object): Promise<{ ok: boolean; data?: any; error?: { code: string; message: string } }>;
  /** What the content script does on a HubSpot page: stage IDs; returns the staged selection id. */
  stage(ids: string[], pagePath: string): Promise<string>;
  popup: object;
  contentOn(pagePath: string): object;
}

const open: { sandbox: Sandbox; dbName: string; engine: JobEngine }[] = [];

afterEach(async () => {
  for (const h of open.splice(0)) {
    await h.engine.idle();
    await h.sandbox.close();
    await deleteDb(h.dbName);
  }
});

/** The real background (router, engine, connector) on fake-indexeddb, against a real sandbox over loopback. */
export async function startHarness(options: SandboxOptions = {}, settings: Partial<typeof DEFAULT_SETTINGS> = {}): Promise<Harness> {
  const sandbox = await startSandbox({
    port: 0,
    seed: 7,
    scale: 400,
    rateLimit: { max: 5000, windowMs: 10_000, searchPerSecond: 500 },
    ...options,
  });
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBase: sandbox.url, ratePercent: 100, ...settings });
  const dbName = `crm-sweep-it-${crypto.randomUUID()}`;
  // Where settings/save keeps the credential: the extension's database, not storage.local.
  await putCredential(openDb(dbName), { token: sandbox.token, kind: 'privateApp' });
  const engine = startBackground({ dbName, baseBackoffMs: 20 });
  open.push({ sandbox, dbName, engine });
  const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
  const contentOn = (pagePath: string) => {
    const url = `${sandbox.url}${pagePath}`;
    return {
      id: fakeBrowser.runtime.id,
      url,
      tab: { id: 9, index: 0, highlighted: false, active: true, pinned: false, incognito: false, url },
    };
  };
  const send: Harness['send'] = async (route, payload, sender = popup) => {
    const replies = await fakeBrowser.runtime.onMessage.trigger({ route, payload }, sender);
    return replies.find(Boolean);
  };
  const stage = async (ids: string[], pagePath: string) => {
    const reply = await send('selection/stage', { ids, description: 'test selection' }, contentOn(pagePath));
    if (!reply.ok) throw new Error(reply.error?.message);
    return reply.data.stagedId as string;
  };
  return { sandbox, db: openDb(dbName), engine, send, stage, popup, contentOn };
}

/** Stages `ids` on a page and confirms with the right count, as a user would; returns the job ID. */
export async function startJob(
  h: Harness,
  ids: string[],
  opts: { path?: string; mode?: 'delete' | 'gdprDelete' | 'removeFromList' } = {},
): Promise<string> {
  const stagedId = await h.stage(ids, opts.path ?? tablePath(h.sandbox));
  const reply = await h.send('job/start', { stagedId, typedCount: String(ids.length), locale: 'en', mode: opts.mode ?? 'delete' });
  if (!reply.ok) throw new Error(reply.error?.message);
  return reply.data.jobId as string;
}

export const tablePath = (sandbox: Sandbox, typeId = '0-1') => `/contacts/${sandbox.portalId}/objects/${typeId}/views/all/list`;

/** IDs of the first `n` active records of a type, ascending. */
export function firstIds(sandbox: Sandbox, type: string, n: number, skip = 0): string[] {
  return sandbox.store
    .listRecords(type, { archived: false })
    .slice(skip, skip + n)
    .map((r) => r.id);
}
