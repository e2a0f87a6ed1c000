import { t } from '@/lib/i18n/translate';
import { createCheckbox } from './checkboxes';
import { OURS } from './mutations';

/**
 * The element to put the pipeline control before: the board, or the scroll container around it
 * (HubSpot's board scrolls sideways, and a scroll container clips whatever is drawn above its top
 * edge). At most three levels up: HubSpot's wrappers, never the page's main area.
 */
function outsideClipping(board: HTMLElement): HTMLElement {
  let at = board;
  for (let level = 0; level < 3; level++) {
    const parent = at.parentElement;
    if (!parent || parent === document.body) break;
    const { overflowX, overflowY } = getComputedStyle(parent);
    if (overflowX === 'visible' && overflowY === 'visible') break;
    at = parent;
  }
  return at;
}

/**
 * Puts "Select all in pipeline" above `board`: a labelled checkbox in a zero-height anchor
 * (entrypoints/hubspot.content.css), drawn over the board's top edge, so the board below does not move when it
 * appears. Board-columns.ts keeps it in step with the selection.
 */
export function putPipelineControl(board: HTMLElement): { anchor: HTMLElement; control: HTMLLabelElement } {
  const anchor = document.createElement('div');
  anchor.setAttribute(OURS, '');
  anchor.setAttribute('data-crmx-pipeline-anchor', '');
  const control = document.createElement('label');
  control.setAttribute(OURS, '');
  control.setAttribute('data-crmx-pipeline', '');
  const name = t('overlay.selectPipeline');
  control.append(createCheckbox('pipeline', name), name);
  anchor.append(control);
  outsideClipping(board).before(anchor);
  return { anchor, control };
}
