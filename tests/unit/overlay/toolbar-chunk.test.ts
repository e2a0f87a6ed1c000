// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initActionBar } from '@/lib/overlay/action-bar-start';
import type { SelectablePage } from '@/lib/overlay/context';
import { initPageStyle } from '@/lib/overlay/page-style';
import { initTableRows } from '@/lib/overlay/table-rows';
import { click, frames, loadFixture, PORTAL, rowBoxAt, startOn, type Running } from './overlay-harness';

/** Counts the imports of the toolbar's module (the overlay module's own chunk in the build). */
const imports = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/overlay/action-bar', async (original) => {
  imports.count++;
  return original();
});

const TABLE: SelectablePage = { kind: 'table', portalId: PORTAL, objectTypeId: '0-1', viewId: 'all' };
let running: Running | null = null;
afterEach(() => {
  running?.page.abort();
  running = null;
});

describe("the toolbar's code", () => {
  it('is imported when the bar first wakes, not as the features start on a page with nothing picked', async () => {
    loadFixture('sandbox-table.html');
    running = startOn(TABLE, [initPageStyle, initTableRows, initActionBar]);
    await frames();
    const box = rowBoxAt(0);
    expect(imports.count).toBe(0);
    expect(running.root.host.isConnected).toBe(false);
    click(box);
    // The region with the live count is there at once; the toolbar once its code has come.
    expect(running.root.querySelector('[role="status"][aria-live="polite"]')).not.toBeNull();
    const { root } = running;
    // Its first import here compiles Preact: more frames than happy-dom's quick ones.
    await vi.waitFor(() => expect(root.querySelector('[role="toolbar"]')?.textContent).toContain('1 selected'), { timeout: 5000 });
    expect(imports.count).toBe(1);
  });
});
