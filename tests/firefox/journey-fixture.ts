import { afterEach, beforeEach, expect } from 'vitest';
import { startSandbox, type Sandbox, type SandboxOptions } from '../sandbox/server';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from '../support/firefox';
import { saveSettingsFrom } from '../support/save-settings';

export interface Journey {
  sandbox: Sandbox;
  firefox: FirefoxWithExtension;
}

/**
 * Each Firefox journey gets its own sandbox CRM and a fresh Firefox profile with crm-sweep set up
 * for it (what a user does in the options page), and fails when crm-sweep wrote an error to
 * Firefox's console during the test (Firefox's own noise is listed in tests/support/firefox.ts).
 */
export function useFirefoxJourney(opts: { sandbox?: SandboxOptions; prefs?: Record<string, unknown> } = {}): Journey {
  const journey = {} as Journey;
  beforeEach(async () => {
    journey.sandbox = await startSandbox({ port: 0, seed: 1, ...opts.sandbox });
    journey.firefox = await launchFirefoxWithExtension({ prefs: opts.prefs });
    const options = await journey.firefox.openExtensionPage('options.html');
    // What the options page does: settings/save (the key goes to the extension's database).
    await saveSettingsFrom(options, { apiBase: journey.sandbox.url, token: journey.sandbox.serviceKey, language: 'en' });
    await options.close();
  });
  afterEach(async () => {
    const errors = journey.firefox.takeOurErrors();
    await journey.firefox.close();
    await journey.sandbox.close();
    expect(errors, 'crm-sweep wrote errors to Firefox’s console').toEqual([]);
  });
  return journey;
}
