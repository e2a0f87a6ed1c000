import { browser } from 'wxt/browser';
import type { SelectablePage } from './context';

/**
 * Where the user last put the action bar and whether they collapsed it, per page type (table,
 * board, list): a board's free space is not a table's. Kept in the extension's own
 * `storage.local` under one key that holds nothing but this layout — no record, portal or
 * credential. Why not the page's localStorage: HubSpot's scripts (or anything injected into the
 * page) could read and rewrite it, e.g. to park the bar over a control. Why not a message to the
 * background: a window position is not a use case, and the background holds no policy about it.
 * Content scripts may read storage.local; the token never lives there (DESIGN.md §4).
 */
export interface BarLayout {
  /** The bar's preferred centre as fractions of the viewport (0 = left/top, 1 = right/bottom). */
  x: number;
  y: number;
  collapsed: boolean;
}

export type BarLayouts = Partial<Record<SelectablePage['kind'], BarLayout>>;

/** Bottom centre, expanded: where the bar has always appeared. */
export const DEFAULT_LAYOUT: BarLayout = { x: 0.5, y: 1, collapsed: false };

// Plain storage.local, not WXT's storage wrapper: its versioning and watchers would cost the content
// script, which loads in every HubSpot tab, a few KiB for one key read and written whole.
const KEY = 'overlayBarLayout';

async function readLayouts(): Promise<BarLayouts> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return typeof stored === 'object' && stored !== null ? (stored as BarLayouts) : {};
}

const fraction = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : null;

/** A stored value of any shape becomes a valid layout (bad parts fall back to the default). */
export function validLayout(value: unknown): BarLayout {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    x: fraction(v.x) ?? DEFAULT_LAYOUT.x,
    y: fraction(v.y) ?? DEFAULT_LAYOUT.y,
    collapsed: v.collapsed === true,
  };
}

export async function loadBarLayout(kind: SelectablePage['kind']): Promise<BarLayout> {
  try {
    return validLayout((await readLayouts())[kind]);
  } catch {
    // Extension reloaded under the page: the default is as good as any.
    return DEFAULT_LAYOUT;
  }
}

export async function saveBarLayout(kind: SelectablePage['kind'], layout: BarLayout): Promise<void> {
  try {
    const all = await readLayouts();
    await browser.storage.local.set({ [KEY]: { ...all, [kind]: validLayout(layout) } });
  } catch {
    // Nothing to do: the layout only lives for this page then.
  }
}
