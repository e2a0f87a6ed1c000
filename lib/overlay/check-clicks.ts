import { type CheckedItem, type CheckKind, itemOf } from './checkboxes';

/**
 * How clicks on crm-sweep's in-page controls are heard: kept from HubSpot's own handlers, and
 * handed to the features with what the modifier keys mean. One window listener per kind, in the
 * capture phase, rather than one per box: a 5,000-row table would otherwise register 5,000.
 */
export interface CheckClick {
  box: HTMLInputElement;
  item: CheckedItem;
  /** Shift: range. */
  range: boolean;
  /** Ctrl (Windows, Linux) or Cmd (macOS): toggle without moving the range anchor. */
  keepAnchor: boolean;
}

/** Everything of ours a user can press (checkboxes and the label around the pipeline one). */
export const OUR_CONTROLS = '[data-crmx-check], [data-crmx-pipeline]';
const ISOLATED_EVENTS = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'change', 'input'] as const;

/**
 * Keeps pointer, click and form events on our controls from reaching HubSpot, in the capture
 * phase at the window — before React's root listeners: a click on our box must not open the
 * record, start a drag, sort a column or tick HubSpot's own row checkbox. The box's own toggle
 * (its default action) still happens, and our handlers, also on the window, still run.
 */
export function isolateOurControls(signal: AbortSignal): void {
  for (const type of ISOLATED_EVENTS) {
    window.addEventListener(
      type,
      (event) => event.target instanceof Element && event.target.closest(OUR_CONTROLS) && event.stopPropagation(),
      { capture: true, signal },
    );
  }
}

function onClickOf(kind: CheckKind, signal: AbortSignal, handle: (box: HTMLInputElement, event: MouseEvent) => void): void {
  const selector = `input[data-crmx-check="${kind}"]`;
  window.addEventListener(
    'click',
    (event) => event.target instanceof HTMLInputElement && event.target.matches(selector) && handle(event.target, event),
    { capture: true, signal },
  );
}

/** Clicks on the record checkboxes of one kind, with what the modifier keys mean. */
export function onCheckClick(kind: CheckKind, signal: AbortSignal, handle: (click: CheckClick) => void): void {
  onClickOf(kind, signal, (box, event) => {
    const item = itemOf(box);
    if (item) handle({ box, item, range: event.shiftKey, keepAnchor: event.ctrlKey || event.metaKey });
  });
}

/** Clicks on a control checkbox (page, column, pipeline). */
export function onControlClick(kind: CheckKind, signal: AbortSignal, handle: (box: HTMLInputElement) => void): void {
  onClickOf(kind, signal, (box) => handle(box));
}
