/** HubSpot's app hosts (app.hubspot.com, app-eu1.hubspot.com, …). Extra origins such as the local
 * sandbox are appended at build time by wxt.config.ts from CRM_SWEEP_DEV_ORIGINS. */
export const HUBSPOT_CONTENT_MATCHES = ['https://app.hubspot.com/*', 'https://*.hubspot.com/*'];
