import type { HubSpotApi } from '@/lib/hubspot/api/client';
import type { SearchFilter } from '@/lib/hubspot/api/search';
import type { Pipeline } from '@/lib/hubspot/api/types';
import { objectTypeFacts } from '@/lib/hubspot/object-types';
import type { BoardColumnQuery } from './query';
import { SelectionRefused } from './refusal';
import { text, type Text } from '@/lib/i18n/text';

const sameLabel = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function orderedStages(pipeline: Pipeline) {
  return [...pipeline.stages].sort((a, b) => (a.displayOrder ?? 0) - (b.displayOrder ?? 0));
}

/**
 * The pipeline the board shows: the URL's `?pipeline=`, else the one pipeline whose stages, in
 * order, carry exactly the column names on screen. Never a guess between look-alikes.
 */
export function identifyPipeline(pipelines: Pipeline[], pipelineId: string | null, columns: readonly BoardColumnQuery[]): Pipeline {
  if (pipelineId !== null) {
    const named = pipelines.find((p) => p.id === pipelineId);
    if (!named) throw new SelectionRefused(text('selection.unknownPipeline', { pipeline: pipelineId }));
    return named;
  }
  const matching = pipelines.filter((p) => {
    const stages = orderedStages(p);
    return stages.length === columns.length && stages.every((s, i) => sameLabel(s.label, columns[i]!.label));
  });
  if (matching.length !== 1) {
    throw new SelectionRefused(text('selection.whichPipeline'));
  }
  return matching[0]!;
}

/**
 * A board's selected columns → the records in those stages, by pipeline search. Search pages stop
 * at 10,000 results; `search.all` pages past that with `hs_object_id GT lastSeen` (HUBSPOT.md §3).
 * Deals filter on `pipeline`/`dealstage`, tickets on `hs_pipeline`/`hs_pipeline_stage` (the facts' `board`).
 * A column whose count the page did not show (`shown: null`) is not checked on its own; the whole
 * is then checked against `countedTotal`, the API's own count the user was shown.
 */
export async function resolveBoard(
  api: HubSpotApi,
  board: { objectTypeId: string; pipelineId: string | null },
  columns: readonly BoardColumnQuery[],
  onProgress: (resolved: number) => void,
  signal: AbortSignal,
  countedTotal?: number,
): Promise<string[]> {
  const props = objectTypeFacts(board.objectTypeId)?.board;
  if (!props) throw new SelectionRefused(text('selection.boardsDealsTickets'));
  const pipeline = identifyPipeline(await api.metadata.pipelines(board.objectTypeId, signal), board.pipelineId, columns);
  const stages = orderedStages(pipeline);
  const selected = columns.filter((c) => c.selected);
  const stageIdOf = new Map<string, string>();
  for (const column of selected) {
    const stage = stages.filter((s) => sameLabel(s.label, column.label));
    if (stage.length !== 1) {
      throw new SelectionRefused(text('selection.unknownColumn', { column: column.label, pipeline: pipeline.label }));
    }
    stageIdOf.set(stage[0]!.id, column.label);
  }
  const wholePipeline = stageIdOf.size === stages.length;
  const filters: SearchFilter[] = [{ propertyName: props.pipeline, operator: 'EQ', value: pipeline.id }];
  if (!wholePipeline) filters.push({ propertyName: props.stage, operator: 'IN', values: [...stageIdOf.keys()] });
  const uncounted = selected.some((c) => c.shown === null);
  if (uncounted && countedTotal === undefined) throw new SelectionRefused(text('overlay.columnCountsUnreadable'));
  const expected = uncounted ? countedTotal! : selected.reduce((sum, c) => sum + c.shown!, 0);
  const where = wholePipeline
    ? text('selection.where.pipeline', { name: pipeline.label })
    : selected.length === 1
      ? text('selection.where.column', { name: selected[0]!.label })
      : text('selection.where.columns', { count: selected.length });

  const ids = new Set<string>();
  const perStage = new Map<string, number>();
  const onTotal = (total: number) => {
    // HubSpot counts the matches on the first page: a difference is known before paging through.
    if (total !== expected) throw mismatch(where, expected, total, uncounted);
  };
  for await (const page of api.search.all(board.objectTypeId, filters, { properties: [props.stage], signal, onTotal })) {
    for (const record of page) {
      ids.add(record.id);
      const stage = record.properties[props.stage] ?? '';
      perStage.set(stage, (perStage.get(stage) ?? 0) + 1);
    }
    onProgress(ids.size);
  }
  for (const column of selected) {
    if (column.shown === null) continue;
    const stageId = [...stageIdOf].find(([, label]) => label === column.label)?.[0] ?? '';
    const found = perStage.get(stageId) ?? 0;
    if (found !== column.shown) throw mismatch(text('selection.where.column', { name: column.label }), column.shown, found);
  }
  if (ids.size !== expected) throw mismatch(where, expected, ids.size, uncounted);
  return [...ids];
}

/** `byApi`: the expected number was the API's own count (the board showed none), not the board's. */
function mismatch(where: Text, shown: number, found: number, byApi = false): SelectionRefused {
  if (byApi) return new SelectionRefused(text('selection.apiCountChanged', { displayed: shown, where, found }));
  return new SelectionRefused(text('selection.boardMismatch', { shown, where, found }));
}
