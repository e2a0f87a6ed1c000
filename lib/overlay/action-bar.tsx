import { render } from 'preact';
import { useRef } from 'preact/hooks';
import type { OverlayContext } from './context';
import { ACTION_BAR_CSS } from './action-bar-style';
import type { StageIntent } from '@/lib/selection/query';
import { stageCurrentSelection } from './stage-selection';
import { byUser } from './user-input';
import { t } from '@/lib/i18n/translate';

/**
 * The floating action bar, inside the overlay's shadow root (HubSpot's CSS and ours never mix): a
 * toolbar labelled "crm-sweep selection" with the count, the page's next step ("Select all N
 * records"), progress while the background resolves, and Clear / Remove from list… / Delete….
 * A visually hidden live region, always present, announces the count as it changes (a region that
 * appears together with its text is not reliably announced).
 */
function ActionBar({ ctx, signal }: { ctx: OverlayContext; signal: AbortSignal }) {
  const { model, bar } = ctx;
  const hadSelection = useRef(false);
  const empty = model.isEmpty.value;
  const count = model.count.value;
  const notice = bar.notice.value;
  const progress = bar.progress.value;
  const busy = bar.busy.value;
  const status = empty ? '' : t('overlay.selected', { count });
  const announcement = empty ? (hadSelection.current ? t('overlay.cleared') : '') : status;
  hadSelection.current = !empty;

  const stage = (intent: StageIntent) => void stageCurrentSelection(ctx, intent, signal);
  const clear = () => {
    model.clear();
    bar.notice.value = null;
  };

  return (
    <>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {(!empty || notice || progress) && (
        <div class="bar" role="toolbar" aria-label={t('overlay.toolbar')} onKeyDown={moveFocusWithArrows} onClickCapture={dropScriptClicks}>
          <div class="row">
            <span class="brand" aria-hidden="true">
              crm-sweep
            </span>
            {!empty && <span class="count">{status}</span>}
            {bar.offer.value && (
              <button type="button" class="link" onClick={bar.offer.value.run}>
                {bar.offer.value.label}
              </button>
            )}
            {progress && (
              <span class="progress">
                <progress max={progress.expected} value={progress.resolved} aria-label={t('overlay.checking')} />
                <span>{t('overlay.checkingProgress', { resolved: progress.resolved, expected: progress.expected })}</span>
              </span>
            )}
            <span class="actions">
              <button type="button" onClick={clear} disabled={busy}>
                {t('overlay.clear')}
              </button>
              {bar.removeFromList.value && (
                <button type="button" onClick={() => stage('removeFromList')} disabled={busy || empty}>
                  {t('overlay.removeFromList')}
                </button>
              )}
              <button type="button" class="danger" onClick={() => stage('delete')} disabled={busy || empty}>
                {bar.deleteLabel.value}
              </button>
            </span>
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
      )}
    </>
  );
}

/** A page script can reach these buttons (the shadow root is open): only the user's clicks count. */
function dropScriptClicks(event: MouseEvent) {
  if (byUser(event)) return;
  event.stopPropagation();
  event.preventDefault();
}

/** Toolbar keyboard pattern: arrow keys (and Home/End) move between its buttons. */
function moveFocusWithArrows(event: KeyboardEvent) {
  const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const toolbar = event.currentTarget as HTMLElement;
  const buttons = [...toolbar.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
  const at = buttons.indexOf((toolbar.getRootNode() as ShadowRoot).activeElement as HTMLButtonElement);
  if (at < 0 || buttons.length === 0) return;
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? buttons.length - 1
        : (at + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
  buttons[next]!.focus();
  event.preventDefault();
}

export function initActionBar(ctx: OverlayContext, signal: AbortSignal): void {
  const style = document.createElement('style');
  style.textContent = ACTION_BAR_CSS;
  const container = document.createElement('div');
  ctx.root.append(style, container);
  render(<ActionBar ctx={ctx} signal={signal} />, container);
  signal.addEventListener(
    'abort',
    () => {
      render(null, container);
      container.remove();
      style.remove();
    },
    { once: true },
  );
}
