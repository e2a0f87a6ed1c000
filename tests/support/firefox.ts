import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * Firefox with the sandbox build of crm-sweep, driven over WebDriver BiDi by puppeteer-core
 * (Playwright cannot load extensions into Firefox). What is known to work here:
 * - Debian's Firefox ESR (`apt-get install firefox-esr`), FIREFOX_PATH wins;
 * - the unpacked add-on is installed with `browser.installExtension(dir)` (a temporary add-on);
 * - its moz-extension:// UUID is fixed in advance with `extensions.webextensions.uuids`, so tests
 *   know the popup's address; opening such pages needs `-remote-allow-system-access`, and Firefox's
 *   remote agent does not report those navigations as loaded: poll `location.href` instead;
 * - the background (an event page, not a service worker) has no BiDi target: its console reaches
 *   us only through Firefox's own output, which the console-to-stdout prefs turn on.
 */
export const FIREFOX_ADDON_ID = 'crm-sweep@crm-sweep.dev';
export const FIREFOX_ADDON_UUID = 'c5e1f0c1-5eed-4c0d-9e55-000000000001';
export const FIREFOX_BUILD_DIR = path.resolve(
  import.meta.dirname,
  '../..',
  process.env.CRM_SWEEP_OUT_DIR || '.output',
  'firefox-mv3-sandbox',
);

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * Lines of Firefox's output that are Firefox's own, not crm-sweep's: a headless browser on a
 * machine without a network or a display says these on every run. Anything else that mentions our
 * add-on's pages or says "Error" from them fails the run (see `ourErrors`).
 */
export const FIREFOX_NOISE: readonly RegExp[] = [
  /^\*\*\* You are running in headless mode/,
  /^console\.(warn|error): services\.settings:/,
  /^console\.error: \(new Error\("Unable to find target with innerWindowId/,
  /addons\.xpi\b.*\bWARN\b/,
  /^JavaScript warning: /,
  /^\[Parent \d+, Main Thread\] WARNING: /,
  /^\[GFX\d?-\]: /,
  /Crash Annotation GraphicsCriticalError/,
  /^console\.warn: LoginRecipes:/,
  /^console\.error: "Could not write session state file/,
  /^WebDriver BiDi listening on /,
  /^Read port: /,
];

export interface FirefoxWithExtension {
  browser: Browser;
  /** `moz-extension://<uuid>/<path>`. */
  extensionUrl(pathname: string): string;
  /** Opens one of crm-sweep's pages (popup.html, options.html) in a new tab and waits until it runs. */
  openExtensionPage(pathname: string): Promise<Page>;
  /**
   * What Firefox printed since the last call that came from crm-sweep and looks like an error
   * (see FIREFOX_NOISE); those lines are then taken, so the next call reports only new ones.
   */
  takeOurErrors(): string[];
  /** Every line Firefox printed, for a failing test's message. */
  output(): string[];
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(opts: { prefs?: Record<string, unknown> } = {}): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found. Debian/Ubuntu: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).');
  if (!existsSync(path.join(FIREFOX_BUILD_DIR, 'manifest.json')))
    throw new Error(`No Firefox build in ${FIREFOX_BUILD_DIR}: run \`npm run build:firefox-sandbox\` first.`);
  const profileDir = mkdtempSync(path.join(tmpdir(), 'crm-sweep-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profileDir,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_ADDON_UUID }),
      // Console messages of extension pages, the background and content scripts go to stdout.
      'devtools.console.stdout.chrome': true,
      'devtools.console.stdout.content': true,
      // No network here: keep Firefox from trying to reach Mozilla's services.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      ...opts.prefs,
    },
  });
  const lines: string[] = [];
  let taken = 0;
  const child = browser.process();
  for (const stream of [child?.stdout, child?.stderr]) {
    stream?.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  }
  await browser.installExtension(FIREFOX_BUILD_DIR);
  const extensionUrl = (pathname: string) => `moz-extension://${FIREFOX_ADDON_UUID}/${pathname.replace(/^\//, '')}`;
  return {
    browser,
    extensionUrl,
    openExtensionPage: async (pathname) => {
      const page = await browser.newPage();
      const url = extensionUrl(pathname);
      page.goto(url).catch(() => undefined); // never reported as loaded (see above)
      const deadline = Date.now() + 15_000;
      for (;;) {
        const href = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
        if (href.startsWith(url)) return page;
        if (Date.now() > deadline) throw new Error(`${url} did not open in Firefox`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    takeOurErrors: () => {
      const fresh = lines.slice(taken);
      taken = lines.length;
      return fresh.filter(
        (line) =>
          !FIREFOX_NOISE.some((noise) => noise.test(line)) &&
          (line.includes(FIREFOX_ADDON_UUID) || line.includes(FIREFOX_ADDON_ID) || /crm-sweep/i.test(line)) &&
          /error|exception|uncaught|unhandled/i.test(line),
      );
    },
    output: () => [...lines],
    close: async () => {
      await browser.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Runs `fn` in an extension page (which has `browser.*`), e.g. to write settings as the options page does. */
export async function inExtensionPage<A, R>(page: Page, fn: (arg: A) => Promise<R>, arg: A): Promise<R> {
  return page.evaluate(fn as never, arg as never) as Promise<R>;
}
