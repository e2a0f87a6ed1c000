import { nudgeBar } from './bar-moves';
import type { BarPosition } from './bar-position';
import { byUser } from './user-input';

/* The action bar's event handlers for keys and for clicks that are not the user's. */

/** A page script can reach these buttons (the shadow root is open): only the user's clicks count. */
export function dropScriptClicks(event: MouseEvent) {
  if (byUser(event)) return;
  event.stopPropagation();
  event.preventDefault();
}

/** Shift+arrow keys on "Move toolbar" move the bar; plain arrows still move between buttons. */
export function nudgeWithShiftArrows(event: KeyboardEvent, position: BarPosition) {
  const steps: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
  const step = steps[event.key];
  if (!event.shiftKey || !step || !byUser(event)) return;
  nudgeBar(position, ...step);
  event.preventDefault();
  event.stopPropagation();
}

/** Toolbar keyboard pattern: arrow keys (and Home/End) move between its buttons. */
export function moveFocusWithArrows(event: KeyboardEvent) {
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
