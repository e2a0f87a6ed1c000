import { existsSync } from 'node:fs';

/** Where Chrome/Chromium usually lives; CHROME_PATH wins. Playwright never downloads a browser here. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const CHROME_INSTALL_HINT = [
  'No Chrome or Chromium found. Install one, or point CHROME_PATH at it:',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  '  macOS:          install Google Chrome, or: brew install --cask chromium',
  '  any system:     CHROME_PATH=/path/to/chrome npm start',
].join('\n');

export function findChrome(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * Flags for a quiet, offline-friendly Chromium: without the background-networking switches it keeps
 * trying Google's hosts, which this network refuses.
 */
export function chromeArgs(extensionDir: string): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}
