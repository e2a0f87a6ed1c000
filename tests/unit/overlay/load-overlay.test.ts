import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadOverlay, OVERLAY_MODULE } from '@/lib/overlay/load-overlay';

/** A module that marks it ran, as the overlay's module starts the overlay when it is evaluated. */
const RAN = Symbol.for('crm-sweep.test.load-overlay.ran');
const moduleThatRuns = `data:text/javascript,globalThis[Symbol.for(${JSON.stringify(RAN.description)})] = true;`;

describe('loadOverlay: every HubSpot tab imports the overlay module', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    delete (globalThis as Record<symbol, unknown>)[RAN];
  });

  it("imports the module at the extension's own URL, and says nothing to the background", async () => {
    const getURL = vi.spyOn(fakeBrowser.runtime, 'getURL').mockReturnValue(moduleThatRuns);
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await loadOverlay();
    expect(getURL).toHaveBeenCalledWith(OVERLAY_MODULE);
    expect((globalThis as Record<symbol, unknown>)[RAN]).toBe(true);
    expect(sent).not.toHaveBeenCalled();
  });

  it('a module that cannot be loaded is not retried: the background hears why (the popup says so)', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockReturnValue('chrome-extension://missing/content-scripts/hubspot-overlay.js');
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    await loadOverlay();
    expect(sent).toHaveBeenCalledWith({ route: 'overlay/report', payload: { state: 'notLoaded' } });
  });
});
