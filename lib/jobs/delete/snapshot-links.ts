import type { SnapshotAssociation, SnapshotGap, SnapshotListMembership } from '@/lib/db/rows';
import { HubSpotError } from '@/lib/hubspot/api/errors';
import type { BatchErrors } from '@/lib/hubspot/api/types';
import { toObjectTypeId } from '@/lib/hubspot/object-types';
import { type RecordError, recordErrorsOf } from '@/lib/jobs/core/record-errors';
import type { CaptureContext } from './capture-context';

/** A record's associations and list memberships as read, and the parts HubSpot would not read. */
export interface LinksRead {
  associations: Map<string, SnapshotAssociation[]>;
  lists: Map<string, SnapshotListMembership[]>;
  gaps: Map<string, SnapshotGap[]>;
}

export async function readLinks(ctx: CaptureContext, ids: string[]): Promise<LinksRead> {
  const out: LinksRead = { associations: new Map(), lists: new Map(), gaps: new Map() };
  const addGap = (error: RecordError, gap: Omit<SnapshotGap, 'category' | 'message'>) =>
    out.gaps.set(error.id, [...(out.gaps.get(error.id) ?? []), { ...gap, category: error.category, message: error.message }]);
  await Promise.all([
    ...ctx.associatedTypes.map(async (toType) => {
      const read = await associationsTo(ctx, toType, ids);
      if (!read) return;
      const toObjectTypeId = typeIdOf(toType);
      for (const error of read.gaps) addGap(error, { part: 'associations', toObjectTypeId });
      for (const [id, targets] of read.found) {
        const list = out.associations.get(id) ?? [];
        for (const t of targets) {
          list.push({
            toObjectTypeId,
            toObjectId: t.toObjectId,
            types: t.associationTypes.map(({ category, typeId, label }) => ({ category, typeId, label: label ?? null })),
          });
        }
        out.associations.set(id, list);
      }
    }),
    (async () => {
      const read = await withOneRetry(ids, 'lists.recordMemberships', (some) =>
        ctx.api.lists.recordMemberships(ctx.objectTypeId, some, ctx.signal),
      );
      for (const error of read.gaps) addGap(error, { part: 'lists' });
      for (const [recordId, lists] of read.found) {
        const kept: SnapshotListMembership[] = [];
        for (const { listId } of lists) {
          const type = await listType(ctx, listId);
          // Dynamic lists re-evaluate by themselves; only manual and snapshot lists need re-adding.
          if (type === 'MANUAL' || type === 'SNAPSHOT') kept.push({ listId, processingType: type });
        }
        out.lists.set(recordId, kept);
      }
    })(),
  ]);
  return out;
}

async function associationsTo(ctx: CaptureContext, toType: string, ids: string[]) {
  try {
    return await withOneRetry(ids, `associations.readAll:${toType}`, (some) =>
      ctx.api.associations.readAll(ctx.objectTypeId, toType, some, ctx.signal),
    );
  } catch (error) {
    // HubSpot answers 400 for type pairs that cannot be associated: nothing to snapshot there.
    if (error instanceof HubSpotError && error.kind === 'invalid') {
      ctx.associatedTypes = ctx.associatedTypes.filter((t) => t !== toType);
      return null;
    }
    throw error;
  }
}

/**
 * A per-record read whose 207 errors are read again once (a record locked for a moment reads the
 * second time); what still fails is a gap. A record absent from the answer means "none" (HubSpot
 * names failures) — unless an error named no record or a record we did not send: then every absent
 * record is a gap, as its "none" cannot be told from a failure.
 */
async function withOneRetry<T>(
  ids: string[],
  what: string,
  read: (ids: string[]) => Promise<Map<string, T[]> & BatchErrors>,
): Promise<{ found: Map<string, T[]>; gaps: RecordError[] }> {
  const found = new Map<string, T[]>();
  let todo = ids;
  let gaps: RecordError[] = [];
  for (let attempt = 0; attempt < 2 && todo.length > 0; attempt++) {
    const answer = await read(todo);
    const errors = recordErrorsOf(answer.errors, todo, what);
    for (const [id, value] of answer) if (todo.includes(id) && !errors.byId.has(id)) found.set(id, value);
    gaps = todo.flatMap((id): RecordError[] => {
      const error = errors.byId.get(id);
      if (error) return [error];
      return errors.unknown && !found.has(id) ? [{ id, category: 'UNKNOWN', message: '' }] : [];
    });
    todo = gaps.map((g) => g.id);
  }
  return { found, gaps };
}

const typeIdOf = (nameOrId: string) => toObjectTypeId(nameOrId) ?? nameOrId;

async function listType(ctx: CaptureContext, listId: string): Promise<string> {
  let type = ctx.listTypes.get(listId);
  if (type === undefined) {
    type = (await ctx.api.lists.get(listId, ctx.signal)).processingType;
    ctx.listTypes.set(listId, type);
  }
  return type;
}
