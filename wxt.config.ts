import { createRequire } from 'node:module';
import type { InlineConfig, Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { HUBSPOT_API_HOSTS, HUBSPOT_CONTENT_MATCHES } from './lib/hubspot/page/matches';
import { OVERLAY_CHUNKS, OVERLAY_MODULE } from './lib/overlay/load-overlay';

/**
 * Extra origins are configuration, not code: `wxt build --mode sandbox` (used by `npm start`, the
 * e2e tests and benchmarks) adds loopback so the extension runs on the local HubSpot sandbox, and
 * CRM_SWEEP_DEV_ORIGINS can add more. They only extend the content-script matches and the host
 * permissions; store builds (`npm run build`, `npm run zip`) carry HubSpot's hosts alone.
 */
function extraOrigins(mode: string): string[] {
  const fromEnv = (process.env.CRM_SWEEP_DEV_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const loopback = mode === 'sandbox' ? ['http://127.0.0.1/*', 'http://localhost/*'] : [];
  return [...loopback, ...fromEnv];
}

/**
 * WXT makes every mode but "production" a development build (NODE_ENV = the mode name, JSX with
 * the dev runtime and source positions). `--mode sandbox` must ship the same code as the store
 * build, so that what the tests and benchmarks measure is what users run: only origins differ.
 */
function buildForProduction(config: InlineConfig) {
  config.define = { ...config.define, 'process.env.NODE_ENV': JSON.stringify('production') };
  const jsx = typeof config.oxc === 'object' && typeof config.oxc.jsx === 'object' ? config.oxc.jsx : {};
  config.oxc = { ...(typeof config.oxc === 'object' ? config.oxc : {}), jsx: { ...jsx, development: false } };
}

/**
 * Content scripts and the page loader (hubspot-loader.ts) use the browser's own `browser`/`chrome`
 * object, not webextension-polyfill's wrapper (the background, popup and options keep it): the polyfill's set-up and the bundler's
 * copy of its export cost ~3–5 ms of the script's first evaluation in every HubSpot tab, for
 * nothing there — a content script only sends messages and reads/writes storage.local, and both
 * return promises in Chrome's MV3 and in Firefox without it.
 */
function withoutPolyfill(config: InlineConfig) {
  const plain = createRequire(import.meta.url).resolve('wxt/browser');
  const alias = config.resolve?.alias;
  if (Array.isArray(alias)) {
    config.resolve!.alias = alias.map((a) => (a.find === 'wxt/browser' ? { ...a, replacement: plain } : a));
  } else if (alias && typeof alias === 'object') {
    config.resolve!.alias = { ...alias, 'wxt/browser': plain };
  }
}

/**
 * V8's explicit compile hint (Chromium 136+; any other engine reads a comment): every function of
 * the overlay's module is compiled as the module is, so the code cache the browser keeps for it
 * (lib/overlay/load-overlay.ts) holds them all. Without it only what the module's first
 * evaluation ran is cached, and every function the features call later — the decoration, the
 * mutation handling, the effects — is compiled again in every tab on its first call: ~2.5 ms of
 * our ~14 ms script time on the 100-row table through load and three page changes (interleaved
 * loads, 12 and 16 pairs). Put in after minification, which would drop it, on the first line,
 * where V8 looks for it. Not on the manifest's content scripts: the browser keeps no compiled code
 * for them, so compiling functions they never call would only cost.
 */
const COMPILE_ALL_FUNCTIONS = '//# allFunctionsCalledOnLoad\n';

function compileEagerly(config: InlineConfig) {
  const hint: Plugin = {
    name: 'crm-sweep:compile-hint',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = COMPILE_ALL_FUNCTIONS + chunk.code;
      }
    },
  };
  config.plugins = [...(config.plugins ?? []), hint];
}

/**
 * The overlay's module is imported (lib/overlay/load-overlay.ts), so it can be an ES module with
 * chunks of its own: what it imports only when the user first needs it — the action bar's UI and
 * Preact (lib/overlay/action-bar-start.ts) — is left out of what every HubSpot tab compiles and
 * keeps in memory. WXT builds content scripts as one IIFE with a footer naming its result; as a
 * module the footer would name nothing. The chunks sit beside the module, web-accessible as it is.
 */
function splitOverlayModule(config: InlineConfig) {
  const lib = config.build?.lib;
  if (lib) lib.formats = ['es'];
  // What the chunks share stays in the module (it runs anyway) and is exported to them, rather
  // than in a third file every tab would import too.
  if (config.build?.rollupOptions) config.build.rollupOptions.preserveEntrySignatures = 'allow-extension';
  const output = config.build?.rollupOptions?.output;
  for (const o of Array.isArray(output) ? output : output ? [output] : []) {
    o.chunkFileNames = `${OVERLAY_CHUNKS}[name].js`;
    // Vite keeps an ES library's whitespace and annotations (for whoever bundles it next); this
    // module goes to the browser as it is, minified as the IIFE content scripts are.
    Object.assign(o, { minify: { codegen: true }, comments: false });
  }
  config.plugins = (config.plugins ?? []).filter((p) => !(p && typeof p === 'object' && 'name' in p && p.name === 'wxt:iife-footer'));
}

/** Built from entrypoints/hubspot-loader.ts (an unlisted script) and entrypoints/hubspot.content.css. */
const PAGE_LOADER = 'hubspot-loader.js';
const PAGE_STYLES = 'content-scripts/hubspot.css';

export default defineConfig({
  // Lets parallel work build into separate folders (tests/support/extension.ts reads the same).
  outDir: process.env.CRM_SWEEP_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // `npm run zip` also writes the sources zip AMO asks for (bundled code must be reproducible):
  // what `npm ci && npm run build:firefox` needs, without the tests, sandbox and store texts, nor
  // what a local run leaves behind (WXT does not read .gitignore here: screenshots went in).
  zip: { excludeSources: ['tests/**', '.ci/**', 'assets/store/**', 'test-results/**', 'playwright-report/**', '.tmp/**', 'dist/**'] },
  manifest: ({ browser, mode }) => ({
    // Localised from public/_locales (en, da, nl): the stores and the browser's add-on list show them.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'notifications'],
    host_permissions: [...HUBSPOT_CONTENT_MATCHES, ...HUBSPOT_API_HOSTS, ...extraOrigins(mode)],
    action: { default_title: '__MSG_actionTitle__' },
    // What every HubSpot tab loads: the page styles and the loader that imports the overlay's module
    // (entrypoints/hubspot-loader.ts says why it is listed here rather than a WXT content script).
    content_scripts: [{ matches: HUBSPOT_CONTENT_MATCHES, js: [PAGE_LOADER], css: [PAGE_STYLES], run_at: 'document_idle' }],
    // The overlay's module, which the content script every HubSpot tab loads imports
    // (lib/overlay/load-overlay.ts), and the chunks it imports itself: from HubSpot's hosts only.
    web_accessible_resources: [{ resources: [OVERLAY_MODULE.slice(1), `${OVERLAY_CHUNKS}*.js`], matches: HUBSPOT_CONTENT_MATCHES }],
    ...(browser === 'firefox'
      ? {
          // Firefox asks add-ons to declare data collection: crm-sweep sends nothing to us, only
          // to the user's own HubSpot API (PRIVACY.md). 140 is the first Firefox that knows the key,
          // and the Firefox journeys passed on ESR 140.12 and 153 (README, Firefox). Firefox for
          // Android is not declared: nothing here has run it.
          browser_specific_settings: {
            gecko: { id: 'crm-sweep@crm-sweep.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  hooks: {
    // The popup is what a user waits for on every click of the toolbar icon: built on its own, it
    // loads as a tiny entry and one app chunk (main.tsx) instead of five chunks shared with the
    // options page (each extension-resource request costs the popup's main thread several ms).
    'entrypoints:grouped': (_wxt, groups) => {
      for (const [index, group] of groups.entries()) {
        if (!Array.isArray(group) || group.length < 2) continue;
        const popup = group.find((e) => e.type === 'popup');
        if (!popup) continue;
        groups[index] = group.filter((e) => e !== popup);
        groups.push([popup]);
      }
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (config.mode !== 'development') buildForProduction(config);
      if (entrypoints.every((e) => e.type === 'content-script' || `${e.name}.js` === PAGE_LOADER)) withoutPolyfill(config);
      if (entrypoints.some((e) => `/content-scripts/${e.name}.js` === OVERLAY_MODULE)) {
        compileEagerly(config);
        splitOverlayModule(config);
      }
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // Each extra origin gets the paths the script matches on HubSpot (the restore script's
      // /recycling-bin/*), so a script loads on the sandbox exactly where it loads on HubSpot.
      const extra = extraOrigins(wxt.config.mode).map((pattern) => pattern.replace(/\/\*$/, ''));
      for (const script of manifest.content_scripts ?? []) {
        const paths = [...new Set((script.matches ?? []).map((match) => match.slice(match.indexOf('/', match.indexOf('://') + 3))))];
        script.matches = [...(script.matches ?? []), ...extra.flatMap((origin) => paths.map((p) => `${origin}${p}`))];
      }
      // The overlay's module is imported from wherever the content script runs.
      for (const resource of manifest.web_accessible_resources ?? []) {
        if (typeof resource === 'object') resource.matches = [...(resource.matches ?? []), ...extra.map((origin) => `${origin}/*`)];
      }
    },
  },
});
