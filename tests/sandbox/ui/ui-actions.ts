/**
 * The page-private endpoints under /ui-api/ (see ui-paths.ts for why they are not the public API):
 * archive from a bulk bar, remove list members, and the board's data for its refresh. They act on
 * the live store directly, so the API's rate limits and call log never see HubSpot's "own" UI.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxStore } from '../store';
import { boardData } from './board-data';
import { sendJson } from './html';
import { SIGNED_IN_USER } from './layout';
import { uiObjectType } from './record-display';
import { findView, viewRecords } from './saved-views';

type Json = Record<string, unknown>;
type Reply = { status: number; body: Json };

const bad = (message: string): Reply => ({ status: 400, body: { status: 'error', message } });
const notFound = (message: string): Reply => ({ status: 404, body: { status: 'error', message } });

async function readJson(req: IncomingMessage): Promise<Json | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 5_000_000) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
}

const idList = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === 'string' && /^\d{1,30}$/.test(v)) ? (value as string[]) : undefined;

/** The IDs a bulk action names: explicit {ids}, every record of a saved view, or every list member. */
function resolveTarget(store: SandboxStore, typeId: string, body: Json): string[] | Reply {
  if (body.ids !== undefined) return idList(body.ids) ?? bad('ids must be an array of record ID strings.');
  if (typeof body.viewId === 'string') {
    const type = uiObjectType(store, typeId);
    const view = type && findView(store, typeId, body.viewId, type.label);
    return view ? viewRecords(store, typeId, view).map((r) => r.id) : notFound(`No view ${body.viewId}.`);
  }
  if (typeof body.listId === 'string') {
    const list = store.lists.get(body.listId);
    if (!list || list.objectTypeId !== typeId) return notFound(`No list ${body.listId} of this object type.`);
    return store.listMembers(list.listId);
  }
  return bad('Send { ids }, { viewId } or { listId }.');
}

function archive(store: SandboxStore, typeId: string, body: Json): Reply {
  if (!uiObjectType(store, typeId)) return notFound(`No object type ${typeId}.`);
  const ids = resolveTarget(store, typeId, body);
  if (!Array.isArray(ids)) return ids;
  // Deleted in HubSpot's own UI: the restore page shows the signed-in user as who deleted them.
  const archived = store.archive(typeId, ids, Date.now(), SIGNED_IN_USER.name);
  return { status: 200, body: { archived: archived.length, ids: archived } };
}

function removeMembers(store: SandboxStore, listId: string, body: Json): Reply {
  const list = store.lists.get(listId);
  if (!list) return notFound(`No list ${listId}.`);
  if (list.processingType === 'DYNAMIC') return bad('Active lists update themselves; members cannot be removed by hand.');
  const ids = resolveTarget(store, list.objectTypeId, body.ids !== undefined ? body : { listId });
  if (!Array.isArray(ids)) return ids;
  const { removed } = store.lists.remove(list, ids, Date.now());
  if (removed.length > 0) store.changed('list', store.objectTypes.require(list.objectTypeId), removed);
  return { status: 200, body: { removed: removed.length, ids: removed } };
}

/** Answers a /ui-api/ request; false when the path is not one of ours. */
export function handleUiAction(req: IncomingMessage, res: ServerResponse, url: URL, store: SandboxStore): boolean {
  const path = url.pathname.replace(/\/+$/, '');
  const prefix = `/ui-api/${store.portalId}/`;
  if (!path.startsWith(prefix)) return false;
  const rest = path.slice(prefix.length);
  let m: RegExpMatchArray | null;
  if (req.method === 'GET' && (m = rest.match(/^board\/([02]-\d+)\/(all|\d+)$/))) {
    const data = boardData(store, m[1] as string, m[2] as string, url.searchParams.get('pipeline'));
    sendJson(res, data ? 200 : 404, data ?? { status: 'error', message: 'No such board.' });
    return true;
  }
  const archiveMatch = rest.match(/^objects\/([02]-\d+)\/archive$/);
  const removeMatch = rest.match(/^lists\/(\d+)\/remove$/);
  if (req.method !== 'POST' || (!archiveMatch && !removeMatch)) return false;
  readJson(req)
    .then((body) => {
      const reply =
        body === undefined
          ? bad('Send a JSON object.')
          : archiveMatch
            ? archive(store, archiveMatch[1] as string, body)
            : removeMembers(store, (removeMatch as RegExpMatchArray)[1] as string, body);
      sendJson(res, reply.status, reply.body);
    })
    .catch((error: unknown) => sendJson(res, 500, { status: 'error', message: (error as Error).message }));
  return true;
}
