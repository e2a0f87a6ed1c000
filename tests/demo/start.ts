/**
 * `npm start`: builds the sandbox flavour of the extension, starts the local HubSpot sandbox and
 * opens Chromium with crm-sweep loaded and configured for it, on the deals board. Without a
 * display it runs headless and writes a screenshot. Runs until Ctrl-C.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { CHROME_INSTALL_HINT, findChrome } from '../support/chrome';
import { configureExtension, launchWithExtension } from '../support/extension';
import { startSandbox } from '../sandbox/server';

const root = path.resolve(import.meta.dirname, '../..');

async function main() {
  if (!findChrome()) {
    console.error(CHROME_INSTALL_HINT);
    process.exit(1);
  }
  const build = spawnSync(path.join(root, 'node_modules/.bin/wxt'), ['build', '--mode', 'sandbox'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const port = Number(process.env.PORT ?? 4010);
  const sandbox = await startSandbox({ port, seed: 1 });
  console.log(`SANDBOX_URL=${sandbox.url}`);
  const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const extension = await launchWithExtension({ headless });
  await configureExtension(extension.worker, { apiBase: sandbox.url, token: sandbox.token });

  const page = await extension.context.newPage();
  const board = `${sandbox.url}/contacts/${sandbox.portalId}/objects/0-3/views/all/board?pipeline=default`;
  await page.goto(board);
  await page.waitForSelector('crm-sweep-overlay', { state: 'attached', timeout: 10_000 }).catch(() => undefined);

  const shots = path.join(root, 'test-results');
  mkdirSync(shots, { recursive: true });
  const screenshot = path.join(shots, 'start-screenshot.png');
  await page.screenshot({ path: screenshot });
  console.log(`\ncrm-sweep is running on the sandbox (${headless ? 'headless: no display found' : 'in a Chromium window'}).`);
  console.log(`  Board:      ${board}`);
  console.log(`  All pages:  ${sandbox.url}/`);
  console.log(`  Screenshot: ${screenshot}`);
  console.log('Press Ctrl-C to stop.');

  const stop = async () => {
    await extension.close().catch(() => undefined);
    await sandbox.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
