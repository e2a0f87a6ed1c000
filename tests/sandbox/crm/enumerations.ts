/**
 * Option values shared by the property definitions and the seed: HubSpot's internal values for
 * lifecycle stages, lead statuses, industries and ticket priorities, and the portal's owners.
 */
/** Owners referenced by `hubspot_owner_id` (owner IDs are numeric strings). */
export const SANDBOX_OWNERS: ReadonlyArray<{ id: string; name: string }> = [
  { id: '51234561', name: 'Astrid Holm' },
  { id: '51234562', name: 'Bjørn Lund' },
  { id: '51234563', name: 'Clara Nørgaard' },
  { id: '51234564', name: 'Dev Patel' },
  { id: '51234565', name: 'Eva Jensen' },
];

export const LIFECYCLE_STAGES = [
  'subscriber',
  'lead',
  'marketingqualifiedlead',
  'salesqualifiedlead',
  'opportunity',
  'customer',
  'evangelist',
  'other',
] as const;
export const LEAD_STATUSES = [
  'NEW',
  'OPEN',
  'IN_PROGRESS',
  'OPEN_DEAL',
  'UNQUALIFIED',
  'ATTEMPTED_TO_CONTACT',
  'CONNECTED',
  'BAD_TIMING',
] as const;
export const INDUSTRIES = [
  'COMPUTER_SOFTWARE',
  'INFORMATION_TECHNOLOGY_AND_SERVICES',
  'MARKETING_AND_ADVERTISING',
  'FINANCIAL_SERVICES',
  'HOSPITAL_HEALTH_CARE',
  'RETAIL',
  'MACHINERY',
  'RENEWABLES_ENVIRONMENT',
  'LOGISTICS_AND_SUPPLY_CHAIN',
] as const;
export const TICKET_PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const;
