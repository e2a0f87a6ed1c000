import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createContext, type OverlayContext, type OverlayFeature, type SelectablePage } from '@/lib/overlay/context';
import { createOverlayHost } from '@/lib/overlay/host';
import { MutationFeed } from '@/lib/overlay/mutations';

/**
 * Runs overlay features in happy-dom against a saved page from tests/fixtures, as the content
 * script would after page/context: one context, one AbortController for the page.
 */
export function loadFixture(file: string): void {
  const html = readFileSync(path.resolve(import.meta.dirname, '../../fixtures', file), 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '').replace(/<\/?html[^>]*>/g, '');
}

export interface Running {
  ctx: OverlayContext;
  page: AbortController;
  root: ShadowRoot;
}

export function startOn(page: SelectablePage, features: OverlayFeature[]): Running {
  const controller = new AbortController();
  // The content script's own host: into the page when the overlay first needs it, out on abort.
  const host = createOverlayHost(page.kind, controller.signal);
  const ctx = createContext(page, host, new MutationFeed(document.body, controller.signal));
  for (const init of features) init(ctx, controller.signal);
  return { ctx, page: controller, root: host.root };
}

/** Lets `n` animation frames pass (decoration and mutation batches run once per frame). */
export async function frames(n = 3): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Lets frames pass until `done()` holds, at most `max`: decoration works within a time budget per
 * frame, so on a loaded machine a large page takes more frames than on an idle one.
 */
export async function framesUntil(done: () => boolean, max = 60): Promise<void> {
  for (let i = 0; i < max && !done(); i++) await frames(1);
}

/**
 * Lets frames pass until the action bar's toolbar is in `root`: its code is a chunk of its own,
 * imported when the bar first wakes (action-bar-start.ts), so it comes a moment after the first pick.
 */
export async function toolbarIn(root: ShadowRoot): Promise<Element> {
  await import('@/lib/overlay/action-bar');
  await framesUntil(() => root.querySelector('[role="toolbar"]') !== null, 30);
  return root.querySelector('[role="toolbar"]')!;
}

export function click(element: Element, init: MouseEventInit = {}): void {
  element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ...init }));
}

export function checkbox(name: string | RegExp, scope: ParentNode = document): HTMLInputElement {
  const boxes = [...scope.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const found = boxes.filter((b) =>
    typeof name === 'string' ? b.getAttribute('aria-label') === name : name.test(b.getAttribute('aria-label') ?? ''),
  );
  if (found.length !== 1) throw new Error(`${found.length} checkboxes named ${String(name)}`);
  return found[0]!;
}

export const PORTAL = '4242424';

/** The mouse moving in `item` (a table row or a board card): until something is picked, that is
 * when it gets its box (lib/overlay/box-demand.ts). */
export function pointerIn(item: Element): void {
  item.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, pointerType: 'mouse' }));
}

/** The box of the table's `index`th row, with the mouse moved into the row first, as a user's. */
export function rowBoxAt(index: number): HTMLInputElement {
  const row = document.querySelectorAll('tr[data-test-id^="row-"]')[index];
  if (!row) throw new Error(`no row ${index}`);
  pointerIn(row);
  const box = row.querySelector<HTMLInputElement>('input[data-crmx-check="row"]');
  if (!box) throw new Error(`row ${index} got no box`);
  return box;
}

/** A copy of `node` without crm-sweep's nodes in it, as React draws a row or table it swaps in. */
export function withoutOurs<T extends Element>(node: T): T {
  const copy = node.cloneNode(true) as T;
  for (const ours of copy.querySelectorAll('[data-crmx]')) ours.remove();
  return copy;
}
