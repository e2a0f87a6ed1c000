import { render } from 'preact';
import { untracked } from '@preact/signals';
import type { OverlayContext } from './context';
import type { StageIntent } from '@/lib/selection/query';
import { stageCurrentSelection } from './stage-selection';
import { byUser } from './user-input';
import { t } from '@/lib/i18n/translate';
import { dragBar, nextCorner } from './bar-moves';
import { BarPosition } from './bar-position';
import { returnFocusToPage } from './bar-focus';
import { dropScriptClicks, moveFocusWithArrows, nudgeWithShiftArrows } from './bar-keys';

/**
 * The floating action bar, inside the overlay's shadow root (HubSpot's CSS and ours never mix): a
 * named region holding a toolbar labelled "crm-sweep selection" with the count, the page's next
 * step ("Select all N records"), progress while the background resolves, and Clear / Remove from
 * list… / Delete…, plus "Move toolbar" and "Collapse toolbar". bar-position.ts keeps it off the
 * page's controls; bar-focus.ts says where the keyboard focus goes. Its named region (bar-region.ts,
 * with the live region that announces the count) and the overlay's host go into the page when
 * first needed (bar-wake.ts); the bar itself the first time it has something to show.
 */
function ActionBar({ ctx, signal, position }: { ctx: OverlayContext; signal: AbortSignal; position: BarPosition }) {
  const { model, bar } = ctx;
  const empty = model.isEmpty.value;
  const count = model.count.value;
  const notice = bar.notice.value;
  const progress = bar.progress.value;
  const busy = bar.busy.value;
  const collapsed = position.layout.value.collapsed;
  const status = empty ? '' : t('overlay.selected', { count });

  // Busy buttons are aria-disabled, not disabled: a disabled button drops the focus to <body>.
  const stage = (intent: StageIntent) => {
    if (!busy) void stageCurrentSelection(ctx, intent, signal);
  };
  const clear = () => {
    if (busy) return;
    model.clear();
    bar.notice.value = null;
    returnFocusToPage(ctx.root);
  };
  const offer = bar.offer.value;

  return (
    (!empty || notice || progress) && (
      <div
        class={collapsed ? 'bar collapsed' : 'bar'}
        role="toolbar"
        aria-label={t('overlay.toolbar')}
        aria-describedby="crmx-bar-help"
        ref={position.ref}
        onKeyDown={moveFocusWithArrows}
        onClickCapture={dropScriptClicks}
      >
        <div class="row">
          <button
            type="button"
            class="handle"
            aria-label={t('overlay.move')}
            onPointerDown={(e) => byUser(e) && dragBar(position, e, e.currentTarget)}
            onClick={() => nextCorner(position)}
            onKeyDown={(e) => nudgeWithShiftArrows(e, position)}
          >
            <svg viewBox="0 0 12 16" width="10" height="16" aria-hidden="true">
              {[3, 9].flatMap((x) => [3, 8, 13].map((y) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.5" fill="currentColor" />))}
            </svg>
          </button>
          <span class="brand" aria-hidden="true">
            crm-sweep
          </span>
          {!empty && <span class="count">{status}</span>}
          {offer && !collapsed && (
            <button type="button" class="link" data-bar-first onClick={offer.run}>
              {offer.label}
            </button>
          )}
          {progress && (
            <span class="progress">
              <progress max={progress.expected} value={progress.resolved} aria-label={t('overlay.checking')} />
              {!collapsed && <span>{t('overlay.checkingProgress', { resolved: progress.resolved, expected: progress.expected })}</span>}
            </span>
          )}
          {!collapsed && (
            <span class="actions">
              <button type="button" data-bar-first={offer ? undefined : ''} onClick={clear} aria-disabled={busy}>
                {t('overlay.clear')}
              </button>
              {bar.removeFromList.value && (
                <button type="button" onClick={() => stage('removeFromList')} aria-disabled={busy || empty} disabled={empty}>
                  {t('overlay.removeFromList')}
                </button>
              )}
              <button type="button" class="danger" onClick={() => stage('delete')} aria-disabled={busy || empty} disabled={empty}>
                {bar.deleteLabel.value}
              </button>
            </span>
          )}
          <button
            type="button"
            class="collapse"
            aria-label={t('overlay.collapse')}
            aria-pressed={collapsed}
            data-bar-first={collapsed ? '' : undefined}
            onClick={() => position.update({ collapsed: !collapsed })}
          >
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path d={collapsed ? 'M6 3l5 5-5 5' : 'M10 3L5 8l5 5'} fill="none" stroke="currentColor" stroke-width="2" />
            </svg>
          </button>
        </div>
        {notice && (
          <div class={`notice ${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
            <span>{notice.text}</span>
            <button type="button" class="link" onClick={() => (bar.notice.value = null)}>
              {t('overlay.dismiss')}
            </button>
          </div>
        )}
      </div>
    )
  );
}

/** Renders the toolbar into its region's `slot` (action-bar-start.ts); it goes with `signal`. */
export function mountActionBar(ctx: OverlayContext, slot: HTMLElement, signal: AbortSignal): void {
  // The bar's own signals belong to its component, not to whichever effect asked for it.
  untracked(() => render(<ActionBar ctx={ctx} signal={signal} position={new BarPosition(ctx.page.kind, ctx.mutations, signal)} />, slot));
  // The host leaves the page with the signal (host.ts), the bar's own effects as it unmounts.
  signal.addEventListener('abort', () => render(null, slot), { once: true });
}
