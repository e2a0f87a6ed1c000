/**
 * Layer rules for crm-sweep (README "Layers"): `npm test` runs `depcruise` with this file and fails
 * on any violation. Folders are layers; the arrows allowed between them are written down here.
 */
const lib = (folder) => `^lib/${folder}/`;

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'No import cycles, inside a folder or across folders: layers point one way.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'db-is-storage-only',
      comment:
        'lib/db holds schema, migrations and repositories: it imports Dexie and its own row types, nothing else of ours — except the catalogue (a leaf), which its errors and rows name their text with.',
      severity: 'error',
      from: { path: lib('db') },
      to: { path: '^(lib|components|entrypoints)/', pathNot: [lib('db'), lib('i18n')] },
    },
    {
      name: 'api-knows-no-app',
      comment:
        'The HubSpot API client knows HTTP and HubSpot; never jobs, storage, selection or UI. It words its errors through the catalogue (a leaf).',
      severity: 'error',
      from: { path: lib('hubspot/api') },
      to: { path: '^(lib|components|entrypoints)/', pathNot: ['^lib/hubspot/', lib('i18n')] },
    },
    {
      name: 'page-adapter-knows-only-the-page',
      comment: 'lib/hubspot/page reads HubSpot pages: it may use HubSpot facts, not the API, storage or jobs.',
      severity: 'error',
      from: { path: lib('hubspot/page') },
      to: { path: '^(lib|components|entrypoints)/', pathNot: ['^lib/hubspot/page/', '^lib/hubspot/[^/]+$'] },
    },
    {
      name: 'hubspot-facts-are-leaves',
      comment: 'lib/hubspot/*.ts (object types, IDs) are facts every layer reads; they import nothing of ours.',
      severity: 'error',
      from: { path: '^lib/hubspot/[^/]+$' },
      to: { path: '^(lib|components|entrypoints)/', pathNot: '^lib/hubspot/[^/]+$' },
    },
    {
      name: 'overlay-no-engine',
      comment: 'The in-page overlay runs in HubSpot tabs: it talks to the background by messages, never to storage, the API or jobs.',
      severity: 'error',
      from: { path: lib('overlay') },
      to: { path: [lib('db'), lib('hubspot/api'), lib('jobs'), lib('background'), lib('settings')] },
    },
    {
      name: 'components-no-engine',
      comment:
        'UI components read the database and send messages; they never call the API, the job engine or background use cases. lib/jobs/job-facts.ts (pure facts over rows) is their one door into lib/jobs.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: [lib('hubspot/api'), lib('jobs'), lib('background'), lib('overlay')], pathNot: '^lib/jobs/job-facts\\.ts$' },
    },
    {
      name: 'jobs-no-ui-or-routes',
      comment: 'The job engine knows neither the DOM, Preact, nor the message routes.',
      severity: 'error',
      from: { path: lib('jobs') },
      to: { path: ['^components/', '^entrypoints/', lib('overlay'), lib('background'), lib('messaging'), lib('hubspot/page'), 'preact'] },
    },
    {
      name: 'job-core-imports-no-kind',
      comment: 'The job core (lib/jobs/core) knows no kind; kinds register themselves in lib/jobs/kinds.ts.',
      severity: 'error',
      from: { path: '^lib/jobs/core/' },
      to: { path: '^lib/jobs/', pathNot: '^lib/jobs/core/' },
    },
    {
      name: 'job-kinds-stand-alone',
      comment: 'A job kind (lib/jobs/<kind>/) builds on the core only; what two kinds share belongs in lib/jobs/core.',
      severity: 'error',
      from: { path: '^lib/jobs/([^/]+)/', pathNot: '^lib/jobs/core/' },
      to: { path: '^lib/jobs/', pathNot: ['^lib/jobs/core/', '^lib/jobs/$1/'] },
    },
    {
      name: 'job-facts-are-pure',
      comment: 'Job facts are what the UI may import from lib/jobs: pure functions over row types, no engine code.',
      severity: 'error',
      from: { path: '^lib/jobs/(core/)?job-facts\\.ts$' },
      to: { path: '^(lib|components|entrypoints)/', pathNot: ['^lib/db/rows\\.ts$', '^lib/jobs/core/job-facts\\.ts$'] },
    },
    {
      name: 'lib-not-up',
      comment: 'lib/ never imports UI components or entrypoints.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(components|entrypoints)/' },
    },
    {
      name: 'leaf-folders',
      comment: 'Formatting, timing and i18n are leaves (i18n may format numbers).',
      severity: 'error',
      from: { path: ['^lib/format/', '^lib/timing/', '^lib/i18n/', '^lib/validate/'] },
      to: {
        path: '^(lib|components|entrypoints)/',
        pathNot: ['^lib/format/', '^lib/timing/', '^lib/i18n/', '^lib/validate/', '^lib/hubspot/[^/]+$'],
      },
    },
    {
      name: 'product-not-tests',
      comment: 'Shipped code never imports test code.',
      severity: 'error',
      from: { path: '^(lib|components|entrypoints)/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.wxt|\\.output)/' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
