import type { HubSpotApi } from '@/lib/hubspot/api/client';
import type { SearchFilter } from '@/lib/hubspot/api/search';
import type { Pipeline } from '@/lib/hubspot/api/types';
import { objectTypeFacts } from '@/lib/hubspot/object-types';
import type { BoardColumnQuery } from './query';
import { SelectionRefused } from './refusal';
import { englishCount } from '@/lib/format/english-count';

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
    if (!named)
      throw new SelectionRefused(
        `HubSpot has no pipeline "${pipelineId}" for this object. Nothing was selected. Reload the board and try again.`,
      );
    return named;
  }
  const matching = pipelines.filter((p) => {
    const stages = orderedStages(p);
    return stages.length === columns.length && stages.every((s, i) => sameLabel(s.label, columns[i]!.label));
  });
  if (matching.length !== 1) {
    throw new SelectionRefused(
      "crm-sweep can't tell which pipeline this board shows: choose the pipeline in HubSpot's pipeline menu (so the address names it) and try again. Nothing was selected.",
    );
  }
  return matching[0]!;
}

/**
 * A board's selected columns → the records in those stages, by pipeline search. Search pages stop
 * at 10,000 results; `search.all` pages past that with `hs_object_id GT lastSeen` (HUBSPOT.md §3).
 * Deals filter on `pipeline`/`dealstage`, tickets on `hs_pipeline`/`hs_pipeline_stage` (the facts' `board`).
 */
export async function resolveBoard(
  api: HubSpotApi,
  board: { objectTypeId: string; pipelineId: string | null },
  columns: readonly BoardColumnQuery[],
  onProgress: (resolved: number) => void,
  signal: AbortSignal,
): Promise<string[]> {
  const props = objectTypeFacts(board.objectTypeId)?.board;
  if (!props) throw new SelectionRefused('Only deal and ticket boards can be selected whole. Nothing was selected.');
  const pipeline = identifyPipeline(await api.metadata.pipelines(board.objectTypeId, signal), board.pipelineId, columns);
  const stages = orderedStages(pipeline);
  const selected = columns.filter((c) => c.selected);
  const stageIdOf = new Map<string, string>();
  for (const column of selected) {
    const stage = stages.filter((s) => sameLabel(s.label, column.label));
    if (stage.length !== 1) {
      throw new SelectionRefused(
        `The column "${column.label}" is not a stage of the pipeline "${pipeline.label}" in HubSpot's API. Nothing was selected. Reload the board and try again.`,
      );
    }
    stageIdOf.set(stage[0]!.id, column.label);
  }
  const wholePipeline = stageIdOf.size === stages.length;
  const filters: SearchFilter[] = [{ propertyName: props.pipeline, operator: 'EQ', value: pipeline.id }];
  if (!wholePipeline) filters.push({ propertyName: props.stage, operator: 'IN', values: [...stageIdOf.keys()] });
  const expected = selected.reduce((sum, c) => sum + c.shown, 0);
  const where = wholePipeline
    ? `the pipeline "${pipeline.label}"`
    : selected.length === 1
      ? `the column "${selected[0]!.label}"`
      : `the ${selected.length} selected columns`;

  const ids = new Set<string>();
  const perStage = new Map<string, number>();
  const onTotal = (total: number) => {
    // HubSpot counts the matches on the first page: a difference is known before paging through.
    if (total !== expected) throw mismatch(where, expected, total);
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
    const stageId = [...stageIdOf].find(([, label]) => label === column.label)?.[0] ?? '';
    const found = perStage.get(stageId) ?? 0;
    if (found !== column.shown) throw mismatch(`the column "${column.label}"`, column.shown, found);
  }
  if (ids.size !== expected) throw mismatch(where, expected, ids.size);
  return [...ids];
}

function mismatch(where: string, shown: number, found: number): SelectionRefused {
  return new SelectionRefused(
    `The board shows ${englishCount(shown)} in ${where}, but HubSpot's API finds ${englishCount(found)}. Nothing was selected: ` +
      `records may have changed since the board loaded, or the board hides some with filters the API can't see. ` +
      `Reload the board and try again, or pick the cards you see.`,
  );
}
