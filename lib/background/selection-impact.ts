import type { StagedSelection } from '@/lib/db/rows';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import { type BatchError, idsInErrors } from '@/lib/hubspot/api/types';
import { STANDARD_OBJECT_TYPE_IDS, objectTypeFacts } from '@/lib/hubspot/object-types';
import { englishOf, isText, text, type Text } from '@/lib/i18n/text';
import type { AssociationImpact, StagedPreview } from '@/lib/messaging/payloads/preview';
import { countOpen, readAssociations, readLists } from './impact-reads';

/**
 * What the confirmation shows about a staged selection before anything is deleted: a few records
 * by name, and the impact of deleting all of them (associations, list memberships, deals and
 * tickets in open stages), estimated from a sample spread over the selection.
 */

/** Records shown by name in the confirmation. */
export const NAME_SAMPLE_SIZE = 10;
/** Records examined for associations and lists: one batch read, one association read per type. */
export const IMPACT_SAMPLE_SIZE = 100;

/** Types whose records sit in pipeline stages (deals, tickets): the preview counts open ones. */
const BOARD_TYPES = STANDARD_OBJECT_TYPE_IDS.filter((id) => objectTypeFacts(id)!.board);

/** A record by name, per its type's nameProperties and nameStyle; null when there is none (custom objects). */
export function recordName(objectTypeId: string, properties: Record<string, string | null>): string | null {
  const p = (name: string) => properties[name]?.trim() || '';
  const facts = objectTypeFacts(objectTypeId);
  if (facts?.nameStyle === 'person') {
    const [first, last, email] = facts.nameProperties.map(p);
    const person = `${first} ${last}`.trim();
    return person && email ? `${person} (${email})` : person || email || null;
  }
  return (facts?.nameProperties ?? []).map(p).find(Boolean) ?? null;
}

/** `size` IDs spread evenly over the selection, so a sample is not just the first page picked. */
export function spreadSample(ids: readonly string[], size: number): string[] {
  if (ids.length <= size) return [...ids];
  return Array.from({ length: size }, (_, i) => ids[Math.floor((i * ids.length) / size)]!);
}

/** Why a part could not be read: English for logs, and the error's Text when it carries one. */
const problem = (error: unknown): { message: string; text?: Text } => {
  const carried = typeof error === 'object' && error !== null ? (error as { text?: unknown }).text : undefined;
  return { message: error instanceof Error ? error.message : String(error), ...(isText(carried) ? { text: carried } : {}) };
};

/**
 * A part read only in part: HubSpot answered 207 with errors for some records (other than "not
 * found", which the preview counts as missing). The preview says so instead of under-counting quietly.
 */
function partialGap(gaps: StagedPreview['gaps'], part: StagedPreview['gaps'][number]['part'], errors: readonly BatchError[]) {
  const failed = errors.filter((e) => e.category !== 'OBJECT_NOT_FOUND');
  if (failed.length === 0) return;
  const count = new Set(idsInErrors(failed)).size || failed.length;
  const said = text('preview.partial', { count, category: failed[0]!.category ?? 'UNKNOWN' });
  gaps.push({ part, message: englishOf(said), text: said });
}

/**
 * Names of a few records and the impact of deleting the selection, from a sample. Which token and
 * portal is a hard error (nothing else can be read); every other part degrades to a named gap.
 */
export async function previewSelection(api: HubSpotApi, staged: StagedSelection): Promise<StagedPreview> {
  const type = staged.objectTypeId;
  const account = await api.metadata.account();
  const gaps: StagedPreview['gaps'] = [];
  const impactIds = spreadSample(staged.ids, IMPACT_SAMPLE_SIZE);
  const nameIds = spreadSample(staged.ids, NAME_SAMPLE_SIZE);
  const scale = staged.ids.length / impactIds.length;
  const scaled = (n: number) => Math.round(n * scale);
  const facts = objectTypeFacts(type);
  const stage = facts?.board;

  const [sampleRead, associations, lists, list] = await Promise.all([
    api.objects
      .batchRead(type, impactIds, [...(facts?.nameProperties ?? []), ...(stage ? [stage.pipeline, stage.stage] : [])])
      .catch((error: unknown) => {
        gaps.push({ part: 'sample', ...problem(error) });
        return null;
      }),
    readAssociations(api, type, impactIds).catch((error: unknown) => {
      gaps.push({ part: 'associations', ...problem(error) });
      return Object.assign(new Map<string, Map<string, string[]>>(), { errors: [] as BatchError[] });
    }),
    readLists(api, type, impactIds).catch((error: unknown) => {
      gaps.push({ part: 'lists', ...problem(error) });
      return null;
    }),
    staged.listId
      ? api.lists.get(staged.listId).catch((error: unknown) => {
          gaps.push({ part: 'lists', ...problem(error) });
          return undefined;
        })
      : undefined,
  ]);

  if (sampleRead) partialGap(gaps, 'sample', sampleRead.errors);
  partialGap(gaps, 'associations', associations.errors);
  if (lists) partialGap(gaps, 'lists', lists.errors);
  const byId = new Map((sampleRead?.results ?? []).map((r) => [r.id, r]));
  const sample = nameIds.filter((id) => byId.has(id)).map((id) => ({ id, name: recordName(type, byId.get(id)!.properties) }));
  const associationImpact: AssociationImpact[] = [];
  for (const [toType, perRecord] of associations) {
    const links = [...perRecord.values()].reduce((sum, targets) => sum + targets.length, 0);
    if (links > 0) associationImpact.push({ objectTypeId: toType, records: scaled(perRecord.size), links: scaled(links) });
  }
  associationImpact.sort((a, b) => b.links - a.links);

  const openPipeline: StagedPreview['impact']['openPipeline'] = [];
  try {
    if (stage && sampleRead)
      openPipeline.push({ objectTypeId: type, count: scaled(await countOpen(api, type, sampleRead.results)), associated: false });
    for (const toType of BOARD_TYPES) {
      if (toType === type) continue;
      const linked = [...new Set([...(associations.get(toType)?.values() ?? [])].flat())].slice(0, 100);
      if (linked.length === 0) continue;
      const board = objectTypeFacts(toType)!.board!;
      const read = await api.objects.batchRead(toType, linked, [board.pipeline, board.stage]);
      openPipeline.push({ objectTypeId: toType, count: scaled(await countOpen(api, toType, read.results)), associated: true });
    }
  } catch (error) {
    gaps.push({ part: 'pipelines', ...problem(error) });
  }

  return {
    stagedId: staged.id,
    sample,
    sampleMissing: sampleRead ? nameIds.filter((id) => !byId.has(id)).length : 0,
    impact: {
      sampleSize: impactIds.length,
      estimated: impactIds.length < staged.ids.length,
      associations: associationImpact,
      lists: lists && { memberships: scaled(lists.memberships), listCount: lists.listIds.length, listNames: lists.listNames },
      openPipeline,
    },
    list: list && { listId: list.listId, name: list.name, processingType: list.processingType },
    tokenPortalId: String(account.portalId),
    gaps,
  };
}
