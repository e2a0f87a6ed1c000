/**
 * The data behind a pipeline board: one column per stage in stage order, each with its cards
 * (newest first, as HubSpot's boards sort by create date by default) and live counts. Embedded as
 * JSON in the board page and served again by /ui-api/ for the board's refresh; the page's script
 * turns it into card nodes lazily (board.js). Stored properties are read directly so a 2,000-deal
 * board is built in a few milliseconds.
 */
import type { CrmRecord, SandboxStore } from '../store';
import type { Pipeline } from '../crm/pipelines';
import { formatDate } from './html';
import { displayValue, propertyLabel, recordTitle, uiObjectType } from './record-display';
import { findView, viewRecords, type SavedView } from './saved-views';
import { recordPath } from './ui-paths';

export interface BoardCard {
  id: string;
  title: string;
  /** Values of `propertyLabels`, in order ('' when the record has none). */
  values: string[];
  /** Deals: the amount as a number, for the column's total. */
  amount?: number;
}

export interface BoardColumn {
  stageId: string;
  label: string;
  cards: BoardCard[];
}

export interface BoardData {
  objectTypeId: string;
  viewId: string;
  pipelineId: string;
  /** A card's link is recordBase + id (…/record/{typeId}/). */
  recordBase: string;
  propertyLabels: string[];
  total: number;
  columns: BoardColumn[];
}

/** The pipeline a board shows: the requested one, else the first by display order (HubSpot's default). */
export function boardPipeline(store: SandboxStore, typeId: string, pipelineId: string | null): Pipeline | undefined {
  const pipelines = [...store.pipelines(typeId)].sort((a, b) => a.displayOrder - b.displayOrder);
  return pipelineId === null || pipelineId === '' ? pipelines[0] : pipelines.find((p) => p.id === pipelineId);
}

export function boardView(store: SandboxStore, typeId: string, viewId: string): SavedView | undefined {
  const type = uiObjectType(store, typeId);
  return type?.cardProperties ? findView(store, typeId, viewId, type.label) : undefined;
}

/** Undefined for an object type without a board, an unknown view or an unknown pipeline. */
export function boardData(store: SandboxStore, typeId: string, viewId: string, pipelineId: string | null): BoardData | undefined {
  const type = uiObjectType(store, typeId);
  const view = boardView(store, typeId, viewId);
  const pipeline = boardPipeline(store, typeId, pipelineId);
  const props = store.objectTypes.require(typeId).pipelineProperties;
  if (!type?.cardProperties || !view || !pipeline || !props) return undefined;
  const cardProperties = type.cardProperties;
  const columns = [...pipeline.stages]
    .sort((a, b) => a.displayOrder - b.displayOrder)
    .map((s): BoardColumn => ({ stageId: s.id, label: s.label, cards: [] }));
  const byStage = new Map(columns.map((c) => [c.stageId, c]));
  const value = (record: CrmRecord, name: string) =>
    store.property(typeId, name)?.type === 'datetime'
      ? formatDate(store.readProperty(typeId, record, name))
      : displayValue(store, typeId, record, name);
  let total = 0;
  for (const record of viewRecords(store, typeId, view)) {
    if (record.properties[props.pipeline] !== pipeline.id) continue;
    const column = byStage.get(record.properties[props.stage] ?? '');
    if (!column) continue;
    const card: BoardCard = {
      id: record.id,
      title: recordTitle(store, typeId, record),
      values: cardProperties.map((n) => value(record, n)),
    };
    const amount = Number(record.properties.amount);
    if (record.properties.amount !== undefined && Number.isFinite(amount)) card.amount = amount;
    column.cards.push(card);
    total++;
  }
  // Records come in ascending ID order; newest first is the reverse.
  for (const column of columns) column.cards.reverse();
  return {
    objectTypeId: typeId,
    viewId: view.id,
    pipelineId: pipeline.id,
    recordBase: recordPath(store.portalId, typeId, ''),
    propertyLabels: cardProperties.map((n) => propertyLabel(store, typeId, n)),
    total,
    columns,
  };
}
