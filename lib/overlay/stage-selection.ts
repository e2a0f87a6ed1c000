import { readSignedInUser } from '@/lib/hubspot/page/signed-in-user';
import { request } from '@/lib/messaging/client';
import type { StageIntent } from '@/lib/selection/query';
import type { OverlayContext } from './context';
import { refuseChangedRecords } from './record-identity';
import { englishCount } from '@/lib/format/english-count';
import { showError, renderText, text } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/translate';

/**
 * Delete… / Remove from list…: hands the selection to the background, which freezes it and opens
 * the confirmation popup. The content script never deletes anything. Picks alone are staged as
 * IDs; a selection with "all N" scopes is sent as a query the background resolves through
 * HubSpot's API (with progress shown in the bar) and stages only if the count matches the page.
 */

const POLL_MS = 400;
/**
 * The selection as the staged row's `source.description`: English on purpose, like a log line. The
 * popup shows it only when it speaks English and words the source from the catalogue otherwise
 * (components/confirm/SelectionSummary.tsx).
 */
export function describeSelection(ctx: OverlayContext, intent: StageIntent): string {
  const { model, page, bar } = ctx;
  const scopes = model.scopes.value.map((s) => (s.kind === 'stage' ? `column "${s.label}"` : s.label));
  const picked = model.picked.value.size;
  const parts = [...scopes, ...(picked > 0 ? [`${englishCount(picked)} picked`] : [])];
  const where = page.kind === 'board' ? 'board' : page.kind === 'list' ? 'list' : 'table';
  const verb = intent === 'removeFromList' ? 'Remove from list' : 'Delete';
  const excluded = model.excluded.value.size > 0 ? `, ${englishCount(model.excluded.value.size)} unticked` : '';
  return `${verb}: ${parts.join(', ')}${excluded} ${bar.noun.value} on the HubSpot ${where}`.slice(0, 200);
}

export async function stageCurrentSelection(ctx: OverlayContext, intent: StageIntent, signal: AbortSignal): Promise<void> {
  const { model, bar } = ctx;
  if (bar.busy.value || model.isEmpty.value) return;
  // A row or card re-drawn as another record since it was ticked: stage nothing (record-identity.ts).
  if (refuseChangedRecords(ctx)) return;
  bar.busy.value = true;
  bar.notice.value = null;
  const description = describeSelection(ctx, intent);
  // Who is signed in to HubSpot, as the page's header shows it: the activity log names them.
  const actor = readSignedInUser(document);
  let poll: ReturnType<typeof setInterval> | undefined;
  try {
    if (model.scopes.value.length === 0) {
      const reply = await request('selection/stage', { ids: model.pickedIds(), description, intent, actor });
      if (!signal.aborted) bar.notice.value = { tone: 'info', text: confirmText(reply.count) };
      return;
    }
    const built = ctx.buildQuery?.() ?? { refused: text('overlay.cannotResolve') };
    if ('refused' in built) {
      bar.notice.value = { tone: 'error', text: renderText(built.refused) };
      return;
    }
    const resolveId = crypto.randomUUID();
    bar.progress.value = { resolved: 0, expected: built.displayedTotal };
    poll = setInterval(() => {
      request('selection/progress', { resolveId }).then(
        (progress) => {
          if (progress && !signal.aborted && bar.busy.value) bar.progress.value = progress;
        },
        () => undefined,
      );
    }, POLL_MS);
    // Leaving the page stops the background's work for it.
    const cancel = () => void request('selection/progress', { resolveId, cancel: true }).catch(() => undefined);
    signal.addEventListener('abort', cancel, { once: true });
    const reply = await request('selection/resolve', {
      resolveId,
      query: built.query,
      displayedTotal: built.displayedTotal,
      totalFrom: built.totalFrom,
      include: model.pickedIds(),
      exclude: model.excludedIds(),
      description,
      intent,
      actor,
    }).finally(() => signal.removeEventListener('abort', cancel));
    if (!signal.aborted) bar.notice.value = { tone: 'info', text: confirmText(reply.count) };
  } catch (error) {
    if (!signal.aborted) bar.notice.value = { tone: 'error', text: showError(error) };
  } finally {
    clearInterval(poll);
    bar.progress.value = null;
    bar.busy.value = false;
  }
}

function confirmText(count: number): string {
  return t('overlay.ready', { count });
}
