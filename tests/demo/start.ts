/**
 * `npm start`: builds the sandbox flavour of the extension, starts the local HubSpot sandbox and
 * opens Chromium with crm-sweep loaded and configured for it (API address and token of the
 * sandbox), on the deals board. Without a display it runs headless: it then walks the whole path
 * itself (select → confirm → progress → undo, see walkthrough.ts) and writes screenshots.
 * Runs until Ctrl-C.
 *
 *   npm start                       window if there is a display, else headless + walkthrough
 *   npm start -- --walkthrough      do the walkthrough in the window too
 *   npm start -- --no-walkthrough   headless, but leave the sandbox untouched
 *   npm start -- --lang da          crm-sweep in Danish, page and popup (en, da, nl; default: the browser's)
 *   PORT=4011 npm start             another port for the sandbox (default 4010)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CHROME_INSTALL_HINT, findChrome } from '../support/chrome';
import { configureExtension, launchWithExtension } from '../support/extension';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { resolveLanguage } from '@/lib/i18n/language';
import { overlayNames, runWalkthrough } from './walkthrough';

const root = path.resolve(import.meta.dirname, '../..');
const LANGUAGES = ['auto', 'en', 'da', 'nl'];

async function main() {
  const { values: args } = parseArgs({
    options: { walkthrough: { type: 'boolean' }, 'no-walkthrough': { type: 'boolean' }, lang: { type: 'string', default: 'auto' } },
  });
  if (!LANGUAGES.includes(args.lang!)) throw new Error(`--lang must be one of ${LANGUAGES.join(', ')}.`);
  if (!findChrome()) {
    console.error(CHROME_INSTALL_HINT);
    process.exit(1);
  }
  const build = spawnSync(path.join(root, 'node_modules/.bin/wxt'), ['build', '--mode', 'sandbox'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const port = Number(process.env.PORT ?? 4010);
  let sandbox: Sandbox;
  try {
    sandbox = await startSandbox({ port, seed: 1 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new Error(`Port ${port} is in use (another npm start?). Stop it, or run: PORT=${port + 1} npm start`);
    throw error;
  }
  console.log(`SANDBOX_URL=${sandbox.url}`);
  console.log(`SANDBOX_SERVICE_KEY=${sandbox.serviceKey}`);
  const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const walkthrough = args['no-walkthrough'] ? false : (args.walkthrough ?? headless);
  const extension = await launchWithExtension({ headless });
  // What a newcomer would otherwise type into the options page: the sandbox's API address and its
  // service key (what HubSpot issues now; private apps can no longer be created).
  await configureExtension(extension, {
    apiBase: sandbox.url,
    token: sandbox.serviceKey,
    language: args.lang === 'auto' ? undefined : (args.lang as 'en' | 'da' | 'nl'),
  });

  const page = await extension.context.newPage();
  const board = `${sandbox.url}/contacts/${sandbox.portalId}/objects/0-3/views/all/board?pipeline=default`;
  await page.goto(board);
  // The overlay speaks the chosen language, or the browser's as crm-sweep reads it for 'auto'.
  const language = resolveLanguage(args.lang!, await page.evaluate(() => navigator.language));
  // The overlay is ready once the board has its "Select all in pipeline" box.
  const overlayReady = await page
    .getByRole('checkbox', { name: overlayNames(language).selectPipeline })
    .waitFor({ timeout: 15_000 })
    .then(
      () => true,
      () => false,
    );

  const shots = path.join(root, 'test-results');
  mkdirSync(shots, { recursive: true });
  const screenshot = path.join(shots, 'start-screenshot.png');
  await page.screenshot({ path: screenshot });
  const popupUrl = `chrome-extension://${extension.extensionId}/popup.html`;
  console.log(`\ncrm-sweep is running on the sandbox (${headless ? 'headless: no display found' : 'in a Chromium window'}).`);
  console.log(`  Board:      ${board}`);
  console.log(`  All pages:  ${sandbox.url}/`);
  console.log(`  Popup:      ${popupUrl}   (the toolbar button; opens by itself after "Delete…")`);
  console.log(
    `  Options:    chrome-extension://${extension.extensionId}/options.html   (API address ${sandbox.url}, service key …${sandbox.serviceKey.slice(-4)} already set)`,
  );
  console.log(`  Screenshot: ${screenshot}`);
  if (!overlayReady) console.log('  ! The overlay did not appear on the board within 15 s: see the screenshot.');
  console.log(
    `\nTry it: hover a card, tick it (shift-click another for a range), press "Delete…" in crm-sweep's toolbar,\n  type the count in the popup, Delete; then, under Recent batches, "Restore exactly in HubSpot".`,
  );

  if (walkthrough && overlayReady) {
    console.log('\nWalkthrough (select → confirm → progress → undo):');
    try {
      const result = await runWalkthrough(sandbox, extension, page, language, shots, (line) => console.log(line));
      console.log(`  Screenshots: ${result.screenshots.join('\n               ')}`);
    } catch (error) {
      console.log(`  ✗ ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  }
  console.log('\nPress Ctrl-C to stop.');

  const stop = async () => {
    await extension.close().catch(() => undefined);
    await sandbox.close();
    process.exit(process.exitCode ?? 0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
