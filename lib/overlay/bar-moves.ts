import type { BarPosition } from './bar-position';

/**
 * How the user moves the action bar with its "Move toolbar" handle: a press visits the corners,
 * Shift+arrows nudge it, a mouse drag follows the pointer. Each ends in BarPosition.prefer: the
 * spot becomes the preferred one for this page type, and the bar is placed at the free spot
 * nearest to it (bar-placement.ts).
 */

/** Corners and the bottom centre, in the order "Move toolbar" visits them. */
const PRESETS = [
  { x: 0.5, y: 1 },
  { x: 1, y: 1 },
  { x: 1, y: 0 },
  { x: 0, y: 0 },
  { x: 0, y: 1 },
] as const;

/** Pixels per Shift+arrow. */
const NUDGE_PX = 48;
/** A press that moves less than this is a click ("next corner"), not a drag. */
const DRAG_SLOP_PX = 4;

/** "Move toolbar" pressed: the next corner (from the nearest one to where it is now). */
export function nextCorner(position: BarPosition): void {
  const { x, y } = position.layout.value;
  const distance = (p: { x: number; y: number }) => Math.hypot(p.x - x, p.y - y);
  const nearest = PRESETS.reduce((best, p, i) => (distance(p) < distance(PRESETS[best]!) ? i : best), 0);
  const next = PRESETS[(nearest + 1) % PRESETS.length]!;
  position.prefer(next.x, next.y);
}

/** Shift+arrow on "Move toolbar": a step from where the bar is now. */
export function nudgeBar(position: BarPosition, dx: number, dy: number): void {
  const r = position.element?.getBoundingClientRect();
  if (!r) return;
  position.prefer((r.left + r.width / 2 + dx * NUDGE_PX) / window.innerWidth, (r.top + r.height / 2 + dy * NUDGE_PX) / window.innerHeight);
}

/** A mouse drag on "Move toolbar": follows the pointer, then asks for a free spot near the drop. */
export function dragBar(position: BarPosition, start: PointerEvent, handle: HTMLElement): void {
  const bar = position.element;
  if (!bar || start.button !== 0) return;
  const from = bar.getBoundingClientRect();
  const dx = start.clientX - from.left;
  const dy = start.clientY - from.top;
  let moved = false;
  handle.setPointerCapture(start.pointerId);
  const move = (e: PointerEvent) => {
    if (!moved && Math.hypot(e.clientX - start.clientX, e.clientY - start.clientY) < DRAG_SLOP_PX) return;
    moved = true;
    position.holdForDrag(true);
    position.moveTo({ left: e.clientX - dx, top: e.clientY - dy });
  };
  const end = () => {
    handle.removeEventListener('pointermove', move);
    handle.removeEventListener('pointerup', end);
    handle.removeEventListener('pointercancel', end);
    if (!moved) return;
    // The click that follows a drag is not a "next corner".
    const swallow = (c: Event) => c.stopImmediatePropagation();
    handle.addEventListener('click', swallow, { once: true, capture: true });
    setTimeout(() => handle.removeEventListener('click', swallow, { capture: true }), 0);
    position.holdForDrag(false);
    const r = bar.getBoundingClientRect();
    position.prefer((r.left + r.width / 2) / window.innerWidth, (r.top + r.height / 2) / window.innerHeight);
  };
  handle.addEventListener('pointermove', move);
  handle.addEventListener('pointerup', end);
  handle.addEventListener('pointercancel', end);
}
