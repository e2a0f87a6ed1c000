/**
 * Index page, board view: /contacts/{portal}/objects/{0-3|0-5}/views/{all|viewId}/board?pipeline=
 * (the default pipeline when missing). The server renders the column shells — stage name, live
 * count, empty scrollable body — and embeds the cards as JSON; board.js renders them lazily and
 * re-renders them like React (see its header). `?autorefresh=0` turns the timed refresh off,
 * `?refreshMs=N` (≥ 250) changes its period (default 5 s). `?variant=` picks how a column shows
 * its count (variants.ts).
 */
import type { SandboxStore } from '../store';
import { boardData, boardPipeline, boardView } from './board-data';
import { classMap, cls } from './class-names';
import { boardScript, configBlock } from './client-scripts';
import { countNoun, esc, formatAmount } from './html';
import { renderPage } from './layout';
import { uiObjectType } from './record-display';
import { boardDataApiPath, boardPath } from './ui-paths';
import { renderViewTabs } from './view-tabs';
import { boardVariant, type BoardVariant, withVariant } from './variants';

/** Cards a column renders at first and per scroll step. */
export const BOARD_BATCH_SIZE = 20;
export const DEFAULT_REFRESH_MS = 5_000;

const CARD_CLASSES = ['card-item', 'card', 'card-inner', 'card-title', 'card-prop', 'card-prop-value'] as const;

function refreshPeriod(url: URL): number {
  if (url.searchParams.get('autorefresh') === '0') return 0;
  const ms = Number(url.searchParams.get('refreshMs'));
  return Number.isFinite(ms) && ms >= 250 ? ms : DEFAULT_REFRESH_MS;
}

/** A column's header and its own attributes, per variant: where its count shows, if anywhere. */
function columnHeader(variant: BoardVariant, label: string, count: number, plural: string): { label: string; header: string } {
  const name = esc(label);
  const n = count.toLocaleString('en-US');
  switch (variant) {
    case 'count-in-name':
      return { label: name, header: `<span data-test-id="cdb-column-name">${name} <span ${cls('column-count')}>${n}</span></span>` };
    case 'aria-label':
      return { label: `${name}, ${n} ${esc(plural)}`, header: `<span data-test-id="cdb-column-name">${name}</span>` };
    case 'no-count':
      return { label: name, header: `<span data-test-id="cdb-column-name">${name}</span>` };
    default:
      return {
        label: name,
        header: `<span data-test-id="cdb-column-name">${name}</span><span ${cls('column-count')} data-test-id="cdb-column-count">${n}</span>`,
      };
  }
}

export function renderBoardPage(store: SandboxStore, typeId: string, viewId: string, url: URL): string | undefined {
  const type = uiObjectType(store, typeId);
  const view = boardView(store, typeId, viewId);
  const pipeline = boardPipeline(store, typeId, url.searchParams.get('pipeline'));
  const data = pipeline && boardData(store, typeId, viewId, pipeline.id);
  if (!type || !view || !pipeline || !data) return undefined;
  const portal = store.portalId;
  const refreshMs = refreshPeriod(url);
  const isDeals = typeId === '0-3';
  const variant = boardVariant(url);
  const options = store
    .pipelines(typeId)
    .map(
      (p) =>
        `<option value="${esc(p.id)}" data-href="${esc(withVariant(boardPath(portal, typeId, view.id, p.id), variant))}"${p.id === pipeline.id ? ' selected' : ''}>${esc(p.label)}</option>`,
    )
    .join('');
  const columns = data.columns.map((column) => {
    const footer = isDeals
      ? `<div ${cls('column-footer')} data-test-id="cdb-column-footer">Total amount: ${esc(formatAmount(String(column.cards.reduce((s, c) => s + (c.amount ?? 0), 0))))}</div>`
      : '';
    const head = columnHeader(variant, column.label, column.cards.length, type.plural);
    return `<section ${cls('column')} data-test-id="cdb-column" data-stage-id="${esc(column.stageId)}" aria-label="${head.label}">
<div ${cls('column-header')}>${head.header}</div>
<div ${cls('column-body')} data-test-id="cdb-column-body" tabindex="0" aria-label="${esc(column.label)} ${esc(type.plural)}"></div>
${footer}</section>`;
  });
  const refreshNote =
    refreshMs > 0
      ? `Refreshes every ${refreshMs / 1000} s · <a href="${esc(`${boardPath(portal, typeId, view.id, pipeline.id)}&autorefresh=0`)}">turn off</a>`
      : `Automatic refresh is off · <a href="${esc(boardPath(portal, typeId, view.id, pipeline.id))}">turn on</a>`;
  const config = {
    classes: classMap(CARD_CLASSES),
    data,
    dataUrl: boardDataApiPath(portal, typeId, view.id, pipeline.id),
    batchSize: BOARD_BATCH_SIZE,
    refreshMs,
    variant,
    plural: type.plural,
  };
  const body = `<div ${cls('page-header')}><h1 ${cls('h1')}>${esc(type.label)}</h1></div>
${renderViewTabs(store, type, view, 'board', pipeline.id)}
<div ${cls('toolbar', 'toolbar-solo')}>
<label ${cls('subtle')}>Pipeline <select ${cls('select')} aria-label="Pipeline" data-pipeline-select>${options}</select></label>
<input type="search" ${cls('input')} aria-label="Search ${esc(type.plural)}" placeholder="Search ${esc(type.plural)}" data-board-search>
<button type="button" ${cls('button')} data-board-refresh>Refresh</button>
<span ${cls('subtle')}>${refreshNote}</span>
<span ${cls('spacer')}></span>
<span ${cls('count')} data-test-id="record-count">${esc(countNoun(data.total, 'record', 'records'))}</span>
</div>
<div ${cls('board-wrap')}><div ${cls('board')}${variant === 'flat-cards' ? '' : ' data-test-id="cdb-board"'}>
${columns.join('\n')}
</div></div>
${configBlock(config)}`;
  return renderPage(store, { title: `${type.label} — ${pipeline.label}`, active: typeId, body, scripts: [boardScript()] });
}
