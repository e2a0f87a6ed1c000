import type { SnapshotAssociation, SnapshotListMembership } from '@/lib/db/rows';
import type { SnapshotCapture } from '@/lib/db/snapshots-repo';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { HubSpotError } from '@/lib/hubspot/api/errors';
import { OBJECT_TYPE_IDS, toObjectTypeId } from '@/lib/hubspot/object-types';

/** Standard types a record can be associated with; engagements included so undo can re-link them. */
const STANDARD_ASSOCIATED_TYPES = Object.keys(OBJECT_TYPE_IDS);

/** What snapshotting needs to know about the job, read once per run and reused for every batch. */
export interface CaptureContext {
  api: HubSpotApi;
  objectTypeId: string;
  propertyNames: string[];
  associatedTypes: string[];
  /** listId → processing type; only MANUAL and SNAPSHOT memberships can be re-added by undo. */
  listTypes: Map<string, string>;
  signal?: AbortSignal;
}

export async function prepareCapture(api: HubSpotApi, objectTypeId: string, signal?: AbortSignal): Promise<CaptureContext> {
  const properties = await api.metadata.properties(objectTypeId, signal);
  const custom = objectTypeId.startsWith('2-') ? [objectTypeId] : [];
  return {
    api,
    objectTypeId,
    propertyNames: properties.map((p) => p.name),
    associatedTypes: [...STANDARD_ASSOCIATED_TYPES, ...custom],
    listTypes: new Map(),
    signal,
  };
}

/**
 * Full snapshot of up to 100 records: every property, associations to every associated type (v4,
 * paged), and manual/snapshot list memberships (one batch call, not one per record). IDs HubSpot
 * no longer has come back in `missing` and get no row.
 */
export async function captureBatch(ctx: CaptureContext, ids: string[]): Promise<{ rows: SnapshotCapture[]; missing: string[] }> {
  const { api, objectTypeId, signal } = ctx;
  const [read, associations, lists] = await Promise.all([
    api.objects.batchRead(objectTypeId, ids, ctx.propertyNames, { signal }),
    readAssociations(ctx, ids),
    readListMemberships(ctx, ids),
  ]);
  const capturedAt = Date.now();
  const rows = read.results.map((record) => ({
    recordId: record.id,
    objectTypeId,
    properties: record.properties,
    associations: associations.get(record.id) ?? [],
    lists: lists.get(record.id) ?? [],
    capturedAt,
  }));
  const found = new Set(rows.map((r) => r.recordId));
  return { rows, missing: ids.filter((id) => !found.has(id)) };
}

async function readAssociations(ctx: CaptureContext, ids: string[]): Promise<Map<string, SnapshotAssociation[]>> {
  const out = new Map<string, SnapshotAssociation[]>();
  await Promise.all(
    ctx.associatedTypes.map(async (toType) => {
      let found: Awaited<ReturnType<typeof ctx.api.associations.readAll>>;
      try {
        found = await ctx.api.associations.readAll(ctx.objectTypeId, toType, ids, ctx.signal);
      } catch (error) {
        // HubSpot answers 400 for type pairs that cannot be associated: nothing to snapshot there.
        if (error instanceof HubSpotError && error.kind === 'invalid') {
          ctx.associatedTypes = ctx.associatedTypes.filter((t) => t !== toType);
          return;
        }
        throw error;
      }
      const toObjectTypeId = typeIdOf(toType);
      for (const [id, targets] of found) {
        const list = out.get(id) ?? [];
        for (const t of targets) {
          list.push({
            toObjectTypeId,
            toObjectId: t.toObjectId,
            types: t.associationTypes.map(({ category, typeId, label }) => ({ category, typeId, label: label ?? null })),
          });
        }
        out.set(id, list);
      }
    }),
  );
  return out;
}

const typeIdOf = (nameOrId: string) => toObjectTypeId(nameOrId) ?? nameOrId;

async function readListMemberships(ctx: CaptureContext, ids: string[]): Promise<Map<string, SnapshotListMembership[]>> {
  const memberships = await ctx.api.lists.recordMemberships(ctx.objectTypeId, ids, ctx.signal);
  const out = new Map<string, SnapshotListMembership[]>();
  for (const [recordId, lists] of memberships) {
    const kept: SnapshotListMembership[] = [];
    for (const { listId } of lists) {
      const type = await listType(ctx, listId);
      // Dynamic lists re-evaluate by themselves; only manual and snapshot lists need re-adding.
      if (type === 'MANUAL' || type === 'SNAPSHOT') kept.push({ listId, processingType: type });
    }
    out.set(recordId, kept);
  }
  return out;
}

async function listType(ctx: CaptureContext, listId: string): Promise<string> {
  let type = ctx.listTypes.get(listId);
  if (type === undefined) {
    type = (await ctx.api.lists.get(listId, ctx.signal)).processingType;
    ctx.listTypes.set(listId, type);
  }
  return type;
}
