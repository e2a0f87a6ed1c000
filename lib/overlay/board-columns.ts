import { effect } from '@preact/signals-core';
import { boardColumns, COLUMN_NAME_SELECTOR, COLUMN_SELECTOR, findBoard, readColumn, type BoardColumnInfo } from '@/lib/hubspot/page/board';
import { renderText } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';
import { selectAllSupport } from '@/lib/selection/query';
import { onControlClick } from './check-clicks';
import { createCheckbox } from './checkboxes';
import type { OverlayContext } from './context';
import { matchesIn } from './mutations';
import { putPipelineControl } from './pipeline-control';
import { askApiCount } from './api-count';
import {
  boardQuery,
  buildBoardQuery,
  isWholePipeline,
  pipelineShown,
  scopesWithColumnToggled,
  shownByScope,
  stageKey,
} from './board-query';

function readColumns(): BoardColumnInfo[] {
  return boardColumns().flatMap((c) => readColumn(c) ?? []);
}

/**
 * Whole columns and the whole pipeline (HUBSPOT.md §1 "Select all at the top selects the
 * pipeline"): a checkbox in each column header, "Select column <stage>", and one above the board,
 * "Select all in pipeline". They select scopes, counted by the numbers HubSpot shows and resolved
 * by the background on Delete… — cards not yet rendered are included without scrolling. A column
 * whose count cannot be read gets no control: it could not be checked against the API. The whole
 * pipeline is still offered then, counted by the API when chosen (api-count.ts): the API alone
 * defines it.
 */
export function initBoardColumns(ctx: OverlayContext, signal: AbortSignal): void {
  const { model, bar, page } = ctx;
  const columnBoxes = new Map<string, HTMLInputElement>();
  let pipelineControl: HTMLLabelElement | null = null;
  /** The API's count behind "select all in pipeline" while some column showed no count. */
  let apiCount: number | null = null;
  let pipelineAnchor: HTMLElement | null = null;

  const refuseIfFiltered = (): boolean => {
    const support = selectAllSupport(page);
    if (!support.ok) bar.notice.value = { tone: 'error', text: renderText(support.reason) };
    return !support.ok;
  };

  const toggleColumn = (label: string) => {
    if (!refuseIfFiltered()) model.setScopes(scopesWithColumnToggled(model, readColumns(), label));
  };

  const togglePipeline = async () => {
    if (refuseIfFiltered()) return;
    const columns = readColumns();
    if (isWholePipeline(model, columns)) return model.setScopes([]);
    apiCount = null;
    let total = pipelineShown(columns);
    if (total === null) {
      const counted = await askApiCount(
        ctx,
        boardQuery(columns, () => true),
        bar.noun.value,
        signal,
      );
      if (counted === null || signal.aborted) return;
      apiCount = total = counted;
    }
    // The label goes into the English description of the staged selection (describeSelection);
    // that the count was the API's travels as `totalFrom` and the popup says it in its language.
    model.setScopes([{ key: 'pipeline', kind: 'pipeline', label: 'the whole pipeline', shown: total }]);
  };

  const pipelineSelected = () => isWholePipeline(model, readColumns());

  const decorateColumn = (column: Element) => {
    const info = readColumn(column as HTMLElement);
    if (!info || info.shown === null) return;
    const existing = columnBoxes.get(info.label);
    if (existing?.isConnected && column.contains(existing)) return;
    existing?.remove();
    const box = createCheckbox('column', t('overlay.selectColumn', { column: info.label }));
    box.title = t('overlay.selectColumnTitle', { column: info.label });
    info.nameElement.before(box);
    columnBoxes.set(info.label, box);
    sync();
  };

  const ensurePipelineControl = () => {
    const board = findBoard();
    const columns = readColumns();
    if (!board || columns.length === 0) return;
    if (pipelineControl?.isConnected) return;
    pipelineAnchor?.remove();
    ({ anchor: pipelineAnchor, control: pipelineControl } = putPipelineControl(board));
    sync();
  };

  const sync = () => {
    const whole = pipelineSelected();
    for (const [label, box] of columnBoxes) {
      if (!box.isConnected) columnBoxes.delete(label);
      else box.checked = whole || model.hasScope(stageKey(label));
    }
    const pipelineBox = pipelineControl?.querySelector('input');
    if (pipelineBox) {
      pipelineBox.checked = whole;
      pipelineBox.indeterminate = !whole && model.scopes.value.length > 0;
    }
  };

  /** HubSpot's counts change on refresh and search: the selected scopes follow them. */
  const refreshCounts = () => model.updateShown(shownByScope(readColumns()));

  onControlClick('column', signal, (box) => {
    const label = [...columnBoxes].find(([, b]) => b === box)?.[0];
    if (label !== undefined) toggleColumn(label);
    sync();
  });
  onControlClick('pipeline', signal, () => {
    void togglePipeline().then(sync);
    sync();
  });

  boardColumns().forEach(decorateColumn);
  ensurePipelineControl();
  ctx.mutations.subscribe(({ added, removedOurs }) => {
    const headers = matchesIn(added, `${COLUMN_SELECTOR}, ${COLUMN_NAME_SELECTOR}`);
    for (const node of headers) {
      const column = node.closest(COLUMN_SELECTOR);
      if (column) decorateColumn(column);
    }
    if (removedOurs.length > 0 || headers.length > 0) {
      boardColumns().forEach(decorateColumn);
      ensurePipelineControl();
    }
    refreshCounts();
  });

  ctx.buildQuery = () => {
    const support = selectAllSupport(page);
    return support.ok ? buildBoardQuery(model, readColumns(), apiCount) : { refused: support.reason };
  };

  const dispose = effect(() => {
    void model.scopes.value;
    sync();
  });
  signal.addEventListener(
    'abort',
    () => {
      dispose();
      for (const box of columnBoxes.values()) box.remove();
      pipelineControl?.remove();
      pipelineAnchor?.remove();
    },
    { once: true },
  );
}
