import { test as base, expect } from '@playwright/test';
import { configureExtension, launchWithExtension, type LoadedExtension } from '../support/extension';
import { startSandbox, type Sandbox, type SandboxOptions } from '../sandbox/server';

interface Fixtures {
  sandboxOptions: SandboxOptions;
  sandbox: Sandbox;
  extension: LoadedExtension;
}

/** Each test gets its own sandbox CRM and a fresh Chromium profile with crm-sweep configured for it. */
export const test = base.extend<Fixtures>({
  sandboxOptions: [{}, { option: true }],
  sandbox: async ({ sandboxOptions }, use) => {
    const sandbox = await startSandbox({ port: 0, seed: 1, ...sandboxOptions });
    await use(sandbox);
    await sandbox.close();
  },
  extension: async ({ sandbox }, use) => {
    const extension = await launchWithExtension();
    await configureExtension(extension, { apiBase: sandbox.url, token: sandbox.token });
    await use(extension);
    await extension.close();
  },
});

export { expect };
