/**
 * Layer rules for crm-sweep (README "Layers"): `npm test` runs `depcruise` with this file and fails
 * on any violation. Folders are layers; the arrows allowed between them are written down here.
 * tests/lint/layers.mjs adds what dependency-cruiser cannot say: no cycle between folders.
 */
const lib = (folder) => `^lib/${folder}/`;
const OURS = '^(lib|components|entrypoints)/';

/** `from` may import nothing of ours but `allowed`. */
const onlyImports = (name, comment, from, allowed) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: OURS, pathNot: allowed },
});
/** `from` may not import `forbidden` (except `unless`). */
const neverImports = (name, comment, from, forbidden, unless) => ({
  name,
  comment,
  severity: 'error',
  from: typeof from === 'string' || Array.isArray(from) ? { path: from } : from,
  to: unless ? { path: forbidden, pathNot: unless } : { path: forbidden },
});

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'No import cycles, inside a folder or across folders: layers point one way.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    onlyImports(
      'db-is-storage-only',
      'lib/db holds schema, migrations and repositories: it imports Dexie and its own row types, nothing else of ours — except the catalogue (a leaf), which its errors and rows name their text with.',
      lib('db'),
      [lib('db'), lib('i18n')],
    ),
    onlyImports(
      'api-knows-no-app',
      'The HubSpot API client knows HTTP and HubSpot; never jobs, storage, selection or UI. It words its errors through the catalogue (a leaf).',
      lib('hubspot/api'),
      ['^lib/hubspot/', lib('i18n')],
    ),
    onlyImports(
      'page-adapter-knows-only-the-page',
      'lib/hubspot/page reads HubSpot pages: it may use HubSpot facts, not the API, storage or jobs.',
      lib('hubspot/page'),
      ['^lib/hubspot/page/', '^lib/hubspot/[^/]+$'],
    ),
    onlyImports(
      'hubspot-facts-are-leaves',
      'lib/hubspot/*.ts (object types, IDs) are facts every layer reads; they import nothing of ours.',
      '^lib/hubspot/[^/]+$',
      '^lib/hubspot/[^/]+$',
    ),
    neverImports(
      'overlay-no-engine',
      "The in-page overlay runs in HubSpot tabs: it talks to the background by messages, never to the database, settings, the API or jobs (its one storage key, the action bar's layout, is in lib/overlay/bar-layout-store.ts).",
      lib('overlay'),
      [lib('db'), lib('hubspot/api'), lib('jobs'), lib('background'), lib('settings')],
    ),
    neverImports(
      'components-no-engine',
      'UI components read the database and send messages; they never call the API, the job engine or background use cases. lib/jobs/job-facts.ts (pure facts over rows) is their one door into lib/jobs.',
      '^components/',
      [lib('hubspot/api'), lib('jobs'), lib('background'), lib('overlay')],
      '^lib/jobs/job-facts\\.ts$',
    ),
    neverImports('jobs-no-ui-or-routes', 'The job engine knows neither the DOM, Preact, nor the message routes.', lib('jobs'), [
      '^components/',
      '^entrypoints/',
      lib('overlay'),
      lib('background'),
      lib('messaging'),
      lib('hubspot/page'),
      'preact',
    ]),
    neverImports(
      'job-core-imports-no-kind',
      'The job core (lib/jobs/core) knows no kind; kinds register themselves in lib/jobs/kinds.ts.',
      '^lib/jobs/core/',
      '^lib/jobs/',
      '^lib/jobs/core/',
    ),
    neverImports(
      'job-kinds-stand-alone',
      'A job kind (lib/jobs/<kind>/) builds on the core only; what two kinds share belongs in lib/jobs/core.',
      { path: '^lib/jobs/([^/]+)/', pathNot: '^lib/jobs/core/' },
      '^lib/jobs/',
      ['^lib/jobs/core/', '^lib/jobs/$1/'],
    ),
    onlyImports(
      'job-facts-are-pure',
      'Job facts are what the UI may import from lib/jobs: pure functions over row types, no engine code.',
      '^lib/jobs/(core/)?job-facts\\.ts$',
      ['^lib/db/rows\\.ts$', '^lib/jobs/core/job-facts\\.ts$'],
    ),
    neverImports('lib-not-up', 'lib/ never imports UI components or entrypoints.', '^lib/', '^(components|entrypoints)/'),
    onlyImports(
      'leaf-folders',
      'Formatting, timing, validation and i18n are leaves (i18n may format numbers).',
      ['^lib/format/', '^lib/timing/', '^lib/i18n/', '^lib/validate/'],
      ['^lib/format/', '^lib/timing/', '^lib/i18n/', '^lib/validate/', '^lib/hubspot/[^/]+$'],
    ),
    neverImports('product-not-tests', 'Shipped code never imports test code.', OURS, '^tests/'),
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.wxt|\\.output)/' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
