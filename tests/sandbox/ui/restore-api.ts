/**
 * The restore page's page-private endpoints (restore-page.ts), under /ui-api/ like the other pages'
 * own calls: HubSpot's UI talks to internal APIs that are not the public API, so crm-sweep never
 * calls these (it has no public restore API to call: HUBSPOT.md §7).
 *
 *   GET  /ui-api/recycling-bin/{portal}/{typeId}/records?offset&limit&q
 *        → { total, shown, matched, results: [{ id, name, email, deletedAt, deletedBy }] }
 *        `total` is every record in the bin, `shown` what the page may show (≤ 10,000, the most
 *        recently deleted), `matched` those of `shown` the search `q` (name or email) finds.
 *   POST /ui-api/recycling-bin/{portal}/{typeId}/restore   { ids: [...] }
 *        → { results: [{ id, status, name, conflictingId? }] } — store.restore's per-record results;
 *        IDs outside the shown 10,000 are refused as HubSpot's tool cannot reach them.
 * Both refuse (403) a UI user without the restore permissions (`sandboxUser=noRestore`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxStore } from '../store';
import { sendJson } from './html';
import { recordTitle, uiObjectType } from './record-display';
import { RESTORE_PAGE_CAP, uiUserMayRestore } from './restore-page';

const MAX_LIMIT = 100;

async function readIds(req: IncomingMessage): Promise<string[] | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 2_000_000) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    const { ids } = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { ids?: unknown };
    return Array.isArray(ids) && ids.every((id) => typeof id === 'string' && /^\d{1,30}$/.test(id)) ? (ids as string[]) : undefined;
  } catch {
    return undefined;
  }
}

/** The records the page may show: the most recently deleted, at most 10,000. */
function shownRecords(store: SandboxStore, typeId: string) {
  const bin = store.recycleBin(typeId);
  return { total: bin.length, shown: bin.slice(0, RESTORE_PAGE_CAP) };
}

function records(store: SandboxStore, typeId: string, url: URL) {
  const { total, shown } = shownRecords(store, typeId);
  const q = (url.searchParams.get('q') ?? '').trim().toLowerCase();
  const rows = shown.map((r) => ({ record: r, name: recordTitle(store, typeId, r), email: r.properties.email ?? '' }));
  const matched = q === '' ? rows : rows.filter((r) => r.name.toLowerCase().includes(q) || r.email.toLowerCase().includes(q));
  const offset = Math.max(0, Number.parseInt(url.searchParams.get('offset') ?? '0', 10) || 0);
  const limit = Math.min(MAX_LIMIT, Math.max(1, Number.parseInt(url.searchParams.get('limit') ?? '25', 10) || 25));
  return {
    total,
    shown: shown.length,
    matched: matched.length,
    results: matched.slice(offset, offset + limit).map((r) => ({
      id: r.record.id,
      name: r.name,
      email: r.email,
      deletedAt: r.record.archivedAt,
      deletedBy: r.record.archivedBy ?? 'Unknown',
    })),
  };
}

/** Answers /ui-api/recycling-bin/…; false for any other path (the caller answers 404). */
export function handleRestoreApi(req: IncomingMessage, res: ServerResponse, url: URL, store: SandboxStore): boolean {
  const m = url.pathname.match(/^\/ui-api\/recycling-bin\/(\d+)\/([02]-\d+)\/(records|restore)$/);
  if (!m || m[1] !== String(store.portalId) || !uiObjectType(store, m[2] as string)) return false;
  const typeId = m[2] as string;
  if (!uiUserMayRestore(store, url)) {
    sendJson(res, 403, { status: 'error', message: 'You need the Account access and Add and edit users permissions.' });
    return true;
  }
  if (m[3] === 'records' && req.method === 'GET') {
    sendJson(res, 200, records(store, typeId, url));
    return true;
  }
  if (m[3] !== 'restore' || req.method !== 'POST') return false;
  void readIds(req).then((ids) => {
    if (ids === undefined) return sendJson(res, 400, { status: 'error', message: 'Send { ids: [record ID strings] }.' });
    const reachable = new Set(shownRecords(store, typeId).shown.map((r) => r.id));
    const outOfReach = (id: string) => store.get(typeId, id, { archived: true }) !== undefined && !reachable.has(id);
    const restored = new Map(
      store
        .restore(
          typeId,
          ids.filter((id) => !outOfReach(id)),
        )
        .map((r) => [r.id, r]),
    );
    const results = ids.map((id) => {
      const record = store.get(typeId, id, { archived: 'any' });
      const name = record ? recordTitle(store, typeId, record) : id;
      return { ...(restored.get(id) ?? { id, status: 'NOT_SHOWN' }), name };
    });
    sendJson(res, 200, { results });
  });
  return true;
}
