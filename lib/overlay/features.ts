import { objectTypeFacts } from '@/lib/hubspot/object-types';
import { t } from '@/lib/i18n/translate';
import { initActionBar } from './action-bar-start';
import { initBoardCards } from './board-cards';
import { initBoardColumns } from './board-columns';
import { createOverlayHost } from './host';
import { isolateOurControls } from './check-clicks';
import { createContext, type OverlayContext, type OverlayFeature, type SelectablePage } from './context';
import { initKeyboard } from './keyboard';
import { initListActions } from './list-actions';
import { MutationFeed, OURS } from './mutations';
import { initPageStyle } from './page-style';
import { initRecordIdentityGuard } from './record-identity';
import { initTableRows } from './table-rows';
import { initUserInputGuard } from './user-input';

/**
 * Which features run on which page (page-dom.ts checks the page's DOM is what selectors.ts
 * expects). One feature per module, each `init(ctx, signal)`; everything
 * they add goes away when the page's signal aborts.
 */
const FEATURES: Record<SelectablePage['kind'], OverlayFeature[]> = {
  table: [initPageStyle, initTableRows, initKeyboard, initActionBar],
  list: [initPageStyle, initTableRows, initListActions, initKeyboard, initActionBar],
  board: [initPageStyle, initBoardCards, initBoardColumns, initKeyboard, initActionBar],
};

/** `inFrame`: see OverlayContext.inFrame. The features' host goes into the page when they first
 * need it (host.ts), and out with `signal`. */
export function startFeatures(page: SelectablePage, signal: AbortSignal, inFrame = false): OverlayContext {
  const ctx = createContext(page, createOverlayHost(page.kind, signal), new MutationFeed(document.body, signal), inFrame);
  if (page.kind === 'board') {
    // The plural form ("deals", "handler"), as the board's records are counted (boards: deals, tickets).
    const labelKey = (objectTypeFacts(page.objectTypeId)?.labelKey ?? 'object.0-3') as 'object.0-3' | 'object.0-5';
    ctx.bar.noun.value = t(labelKey, { count: 2 });
  }
  isolateOurControls(signal);
  initUserInputGuard(signal);
  initRecordIdentityGuard(ctx, signal); // before the features' click handlers: see record-identity.ts
  for (const init of FEATURES[page.kind]) init(ctx, signal);
  // A last sweep: whatever a feature added and did not take back itself.
  signal.addEventListener(
    'abort',
    () => {
      for (const node of document.querySelectorAll(`[${OURS}]`)) node.remove();
    },
    { once: true },
  );
  return ctx;
}
