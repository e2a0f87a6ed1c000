/**
 * HubSpot versions its CRM paths by date since 2026-03 (`/crm/objects/2026-03/…`); the legacy
 * `/crm/v3/…` and `/crm/v4/associations/…` spellings end during 2027 (HUBSPOT.md §2). 2026-09
 * (8 Sep 2026, HUBSPOT.md §7) adds write validation of required properties, which batch create
 * reports per record. Changing this one constant moves every call.
 */
export const API_VERSION = '2026-09';

const enc = encodeURIComponent;

export const apiPaths = {
  accountDetails: () => `/account-info/${API_VERSION}/details`,
  tokenInfo: () => '/oauth/v2/private-apps/get/access-token-info',
  objects: (type: string) => `/crm/objects/${API_VERSION}/${enc(type)}`,
  properties: (type: string) => `/crm/properties/${API_VERSION}/${enc(type)}`,
  pipelines: (type: string) => `/crm/pipelines/${API_VERSION}/${enc(type)}`,
  associations: (from: string, to: string) => `/crm/associations/${API_VERSION}/${enc(from)}/${enc(to)}`,
  lists: () => `/crm/lists/${API_VERSION}`,
};
