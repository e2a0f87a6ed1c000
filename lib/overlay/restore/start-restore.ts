import { pageSelectedCount, restoreButtonLabel, restorePageShape, restoreResults } from '@/lib/hubspot/page/restore-page';
import { text, TextError, type Text, type TextParam } from '@/lib/i18n/text';
import { request } from '@/lib/messaging/client';
import type { RestorePageReport, RestorePlan } from '@/lib/messaging/payloads/restore';
import { mountOverlayHost } from '../host';
import { mountRestorePanel, type PanelContent } from './panel';
import { type PlanSelection, selectPlan } from './select-plan';

/** HubSpot renders after its data arrives: give the page this long to show its records or its permission page. */
const WAIT_FOR_PAGE_MS = 10_000;

/**
 * The content script on HubSpot's restore page (issue 19). It asks the background for this tab's
 * plan: none (a restore page crm-sweep did not open) leaves the page untouched. On the permission
 * page it reports 'noPermission' (the popup explains and offers re-create). Otherwise it selects
 * exactly the plan's records (select-plan.ts), says so in its panel, reports 'selected', and
 * reports 'restored' once HubSpot shows the result of its own Restore — which the user presses.
 * Returns false when there is no plan (the caller reports the page as unsupported).
 */
export async function startRestorePage(signal: AbortSignal): Promise<boolean> {
  const plan = await request('restore/plan', {});
  if (plan === null || signal.aborted) return false;
  const report = (r: Omit<RestorePageReport, 'sessionId'>) =>
    request('restore/report', { sessionId: plan.sessionId, ...r }).catch((error) =>
      console.debug('[crm-sweep] restore report refused:', error),
    );

  const shape = await waitForShape(signal);
  if (signal.aborted) return true;
  if (shape?.kind === 'noPermission') {
    await report({ state: 'noPermission', selected: 0, notShown: [] });
    return true;
  }
  const panel = mountRestorePanel(mountOverlayHost('recycleBin', signal));
  if (shape === null) {
    panel.show({ main: text('restore.noPage') });
    await report({ state: 'unavailable', selected: 0, notShown: [], reason: text('restore.noPage') });
    return true;
  }
  const resultsBefore = restoreResults();
  let selection: PlanSelection;
  try {
    selection = await selectPlan(plan, signal, (page) => panel.show({ main: text('restore.selecting', { page }) }));
  } catch (error) {
    if (signal.aborted) return true;
    const reason = text('restore.failed', { problem: error instanceof TextError ? error.text : String(error), button: restoreButton() });
    panel.show({ main: reason });
    await report({ state: 'unavailable', selected: 0, notShown: [], reason });
    return true;
  }
  if (signal.aborted) return true;
  panel.show(panelContentOf(plan, selection, selection.pageCount));
  const buttonLabel = restoreButtonLabel() ?? undefined;
  await report({
    state: 'selected',
    selected: selection.selected.length,
    notShown: selection.notShown,
    ...(buttonLabel ? { buttonLabel } : {}),
  });
  watchPage(resultsBefore, signal, {
    // Someone (the user, or the page) changed the ticks after crm-sweep's walk: say so before Restore.
    onCount: (count) => panel.show(panelContentOf(plan, selection, count)),
    onRestored: () => {
      panel.show({ main: text('restore.restored') });
      void report({ state: 'restored', selected: selection.selected.length, notShown: selection.notShown });
    },
  });
  return true;
}

/** The panel after the walk; `pageCount` is the page's own "N selected" (null when it shows none). */
function panelContentOf(plan: RestorePlan, s: PlanSelection, pageCount: number | null): PanelContent {
  const button = restoreButton();
  const notes: NonNullable<PanelContent['notes']> = [];
  if (plan.rounds > 1) notes.push({ text: text('restore.round', { round: plan.round, rounds: plan.rounds }) });
  if (s.unticked > 0) notes.push({ text: text('restore.untickedOthers', { count: s.unticked }), warn: true });
  if (s.unreadable > 0) notes.push({ text: text('restore.unreadableRows', { count: s.unreadable }), warn: true });
  if (pageCount !== null && pageCount !== s.selected.length)
    notes.push({ text: text('restore.countMismatch', { page: pageCount, ours: s.selected.length, button }), warn: true });
  const main: Text =
    s.selected.length === 0
      ? text('restore.noneShown')
      : text('restore.selectedOf', { selected: s.selected.length, count: plan.total, button });
  return { main, notes, notShown: s.notShown };
}

/**
 * The button the user is told to press, as the page labels it: HubSpot's UI language can differ
 * from crm-sweep's ("press “Restore”" in a Danish crm-sweep on an English HubSpot). Our own word
 * for it when the page's label cannot be read.
 */
function restoreButton(): TextParam {
  return restoreButtonLabel() ?? text('restore.restoreButton');
}

/** Waits (watching the DOM) for the records or the permission page; null if neither shows in time. */
function waitForShape(signal: AbortSignal): Promise<ReturnType<typeof restorePageShape>> {
  return new Promise((resolve) => {
    const now = restorePageShape();
    if (now) return resolve(now);
    const finish = (shape: ReturnType<typeof restorePageShape>) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(shape);
    };
    const observer = new MutationObserver(() => {
      const shape = restorePageShape();
      if (shape) finish(shape);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setTimeout(() => finish(restorePageShape()), WAIT_FOR_PAGE_MS);
    signal.addEventListener('abort', () => finish(null), { once: true });
  });
}

/**
 * Watches the page after the walk (checked at most once a frame): `onRestored` once HubSpot shows
 * a new result of its Restore; `onCount` whenever the page's own "N selected" changes before that.
 */
function watchPage(resultsBefore: Element | null, signal: AbortSignal, on: { onCount(count: number): void; onRestored(): void }): void {
  let frame = 0;
  let lastCount = pageSelectedCount();
  const observer = new MutationObserver(() => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const results = restoreResults();
      if (results && results !== resultsBefore) {
        observer.disconnect();
        on.onRestored();
        return;
      }
      const count = pageSelectedCount();
      if (count !== null && count !== lastCount) {
        lastCount = count;
        on.onCount(count);
      }
    });
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    },
    { once: true },
  );
}
