import { defineConfig } from 'wxt';
import { HUBSPOT_CONTENT_MATCHES } from './lib/hubspot/page/matches';

/**
 * Extra origins (e.g. the local sandbox, `http://127.0.0.1/*`) are a build-time configuration:
 * they are added to the content script's matches and the host permissions, and nothing else
 * changes. Store builds leave CRM_SWEEP_DEV_ORIGINS unset and carry only HubSpot's hosts.
 */
const devOrigins = (process.env.CRM_SWEEP_DEV_ORIGINS ?? '')
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean);

const HUBSPOT_API_HOSTS = ['https://api.hubapi.com/*', 'https://*.hubapi.com/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'crm-sweep',
    description: 'Bulk select, delete and undo for HubSpot CRM records',
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'notifications'],
    host_permissions: [...HUBSPOT_CONTENT_MATCHES, ...HUBSPOT_API_HOSTS, ...devOrigins],
    action: { default_title: 'crm-sweep' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'crm-sweep@crm-sweep.dev', strict_min_version: '115.0' } } }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (devOrigins.length === 0) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...devOrigins];
      }
    },
  },
});
