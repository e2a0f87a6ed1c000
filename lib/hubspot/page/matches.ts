/**
 * Where the content script runs: HubSpot's app host in each data centre it documents (the
 * account's `uiDomain`: app.hubspot.com for NA1, app-eu1 for EU1, app-na2 for NA2, app-ap1 for
 * AP1 — verify when HubSpot opens another), nowhere else. Not the marketing site, knowledge base
 * or community on other *.hubspot.com hosts: crm-sweep has nothing to do there. Whole hosts, not
 * paths, because HubSpot is a single-page app: a user who opens Reports and then navigates to a
 * board never loads the board's URL, so a script limited to /contacts/* would never start. The
 * overlay itself stays inert on pages that are not a CRM table, board, list or restore page.
 * Extra origins such as the local sandbox are appended at build time by wxt.config.ts.
 */
export const HUBSPOT_APP_HOSTS = ['app.hubspot.com', 'app-eu1.hubspot.com', 'app-na2.hubspot.com', 'app-ap1.hubspot.com'] as const;

export const HUBSPOT_CONTENT_MATCHES = HUBSPOT_APP_HOSTS.map((host) => `https://${host}/*`);

/**
 * Where the restore script runs: HubSpot's restore page (`/recycling-bin/{portalId}/restore/
 * {objectTypeId}`, HUBSPOT.md §7). crm-sweep opens it in a new tab, so it always loads afresh and
 * a path match suffices; the script every tab loads stays free of the restore code.
 */
export const HUBSPOT_RESTORE_MATCHES = HUBSPOT_APP_HOSTS.map((host) => `https://${host}/recycling-bin/*`);

/**
 * The API hosts crm-sweep's background may call (README "Permissions"): api.hubapi.com routes
 * every data centre's accounts (HubSpot's "routing API traffic"), api-eu1.hubapi.com is the EU
 * data centre's own host for accounts that must stay in the EU.
 */
export const HUBSPOT_API_HOSTS = ['https://api.hubapi.com/*', 'https://api-eu1.hubapi.com/*'];
