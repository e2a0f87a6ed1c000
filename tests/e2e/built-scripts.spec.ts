import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SANDBOX_BUILD_DIR } from '../support/extension';
import { expect, test } from './fixtures';

const builtFile = (file: string) => readFileSync(path.join(SANDBOX_BUILD_DIR, file), 'utf8');

/**
 * The built scripts as the browser reads them. V8 honours its compile hint only as the exact first
 * line of the file (wxt.config.ts compileEagerly): a minifier that drops it, or a hint that moves,
 * would cost every table tab ~2–3 ms of script (load and three page changes) without any other
 * test noticing.
 */
test.describe('built content scripts', () => {
  test("the overlay's module asks V8 to compile every function; the manifest's scripts do not", () => {
    expect(builtFile('content-scripts/hubspot-overlay.js').split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad');
    const manifest = JSON.parse(builtFile('manifest.json')) as { content_scripts: { js?: string[] }[] };
    const injected = manifest.content_scripts.flatMap((script) => script.js ?? []);
    expect(injected.length).toBeGreaterThan(0);
    for (const file of injected) expect(builtFile(file)).not.toContain('allFunctionsCalledOnLoad');
    expect(builtFile('content-scripts/overlay-action-bar.js').split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad');
  });

  // wxt.config.ts splitOverlayModule, lib/overlay/action-bar-start.ts.
  test("the toolbar's UI is the module's own chunk: imported on first use, sharing the module's code", () => {
    const overlay = builtFile('content-scripts/hubspot-overlay.js');
    const toolbar = builtFile('content-scripts/overlay-action-bar.js');
    // No static import: every tab loads one file; the chunk comes with the bar's first wake.
    expect(overlay).not.toMatch(/\bfrom\s*["'`]/);
    expect(overlay).toMatch(/\bimport\(\s*["'`]\.\/overlay-action-bar\.js["'`]\s*\)/);
    // Preact's renderer is in the chunk only (a string its diff checks for).
    expect(overlay).not.toContain('dangerouslySetInnerHTML');
    expect(toolbar).toContain('dangerouslySetInnerHTML');
    // The chunk takes the selection model and the signals from the module, not a copy of its own.
    expect(toolbar).toMatch(/\bfrom\s*["'`]\.\/hubspot-overlay\.js["'`]/);
    expect(toolbar).not.toContain('preact-signals');
  });
});
