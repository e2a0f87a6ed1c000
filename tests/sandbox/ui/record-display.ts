/**
 * How records look in the UI: which object types have index pages, their labels and columns, a
 * record's display name, and property values as HubSpot shows them (option labels instead of
 * internal values, dates, amounts). Pure functions over the store; no HTML here.
 */
import type { CrmRecord, SandboxStore } from '../store';
import type { PropertyDef } from '../crm/property-definitions';
import { formatAmount, formatDate, formatDateTime } from './html';

export interface UiObjectType {
  objectTypeId: string;
  /** "Contacts" — the nav and page heading. */
  label: string;
  /** "contact" / "contacts" — counts and dialogs ("3 contacts"). */
  singular: string;
  plural: string;
  /** Table columns after the name column (property names). */
  columns: string[];
  /** Header of the name column. */
  nameLabel: string;
  /** Properties shown on board cards (deals, tickets only). */
  cardProperties?: string[];
}

/** Object types with index pages, in HubSpot's nav order; keyed by the name the store resolves. */
const SPECS: ReadonlyArray<Omit<UiObjectType, 'objectTypeId'> & { name: string }> = [
  {
    name: 'contacts',
    label: 'Contacts',
    singular: 'contact',
    plural: 'contacts',
    nameLabel: 'Name',
    columns: ['email', 'phone', 'lifecyclestage', 'city', 'hubspot_owner_id', 'createdate'],
  },
  {
    name: 'companies',
    label: 'Companies',
    singular: 'company',
    plural: 'companies',
    nameLabel: 'Company name',
    columns: ['domain', 'industry', 'city', 'phone', 'hubspot_owner_id', 'createdate'],
  },
  {
    name: 'deals',
    label: 'Deals',
    singular: 'deal',
    plural: 'deals',
    nameLabel: 'Deal name',
    columns: ['amount', 'dealstage', 'pipeline', 'closedate', 'hubspot_owner_id'],
    cardProperties: ['amount', 'closedate'],
  },
  {
    name: 'tickets',
    label: 'Tickets',
    singular: 'ticket',
    plural: 'tickets',
    nameLabel: 'Ticket name',
    columns: ['hs_pipeline_stage', 'hs_ticket_priority', 'hubspot_owner_id', 'createdate'],
    cardProperties: ['hs_ticket_priority', 'createdate'],
  },
  {
    name: 'calls',
    label: 'Calls',
    singular: 'call',
    plural: 'calls',
    nameLabel: 'Call title',
    columns: ['hs_call_direction', 'hs_call_duration', 'hs_timestamp', 'hubspot_owner_id'],
  },
  {
    name: 'machines',
    label: 'Machines',
    singular: 'machine',
    plural: 'machines',
    nameLabel: 'Serial number',
    columns: ['model', 'purchase_date', 'hs_createdate'],
  },
];

export function uiObjectTypes(store: SandboxStore): UiObjectType[] {
  return SPECS.flatMap(({ name, ...spec }) => {
    const def = store.objectTypes.resolve(name);
    return def ? [{ ...spec, objectTypeId: def.objectTypeId }] : [];
  });
}

export function uiObjectType(store: SandboxStore, typeId: string): UiObjectType | undefined {
  return uiObjectTypes(store).find((t) => t.objectTypeId === typeId);
}

/** The name HubSpot shows for a record: a contact's full name (else its email), else the primary property. */
export function recordTitle(store: SandboxStore, typeId: string, record: CrmRecord): string {
  const def = store.objectTypes.require(typeId);
  const p = record.properties;
  if (def.objectTypeId === '0-1') {
    const name = [p.firstname, p.lastname].filter(Boolean).join(' ');
    return name || p.email || 'Unnamed contact';
  }
  return p[def.primaryDisplayProperty] || `Unnamed ${def.singular}`;
}

/** HubSpot's labels for the lifecycle stages (the property's options carry internal values only). */
const LIFECYCLE_LABELS: Record<string, string> = {
  subscriber: 'Subscriber',
  lead: 'Lead',
  marketingqualifiedlead: 'Marketing Qualified Lead',
  salesqualifiedlead: 'Sales Qualified Lead',
  opportunity: 'Opportunity',
  customer: 'Customer',
  evangelist: 'Evangelist',
  other: 'Other',
};

/** "COMPUTER_SOFTWARE" → "Computer software" (HubSpot's sentence case for enum labels). */
function humanize(value: string): string {
  if (LIFECYCLE_LABELS[value]) return LIFECYCLE_LABELS[value] as string;
  if (!/^[A-Z0-9_]+$/.test(value)) return value;
  const words = value.toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const optionLabels = new WeakMap<PropertyDef, Map<string, string>>();

function optionLabel(def: PropertyDef, value: string): string {
  let labels = optionLabels.get(def);
  if (!labels) {
    labels = new Map(def.options.map((o) => [o.value, o.label === o.value ? humanize(o.value) : o.label]));
    optionLabels.set(def, labels);
  }
  return labels.get(value) ?? humanize(value);
}

/** A property's value as text for a table cell or card ('' when the record has none). */
export function displayValue(store: SandboxStore, typeId: string, record: CrmRecord, name: string): string {
  const raw = store.readProperty(typeId, record, name);
  if (raw === null || raw === '') return '';
  const def = store.property(typeId, name);
  if (name === 'amount') return formatAmount(raw);
  if (name === 'hs_call_duration') return formatDuration(Number(raw));
  switch (def?.type) {
    case 'enumeration':
      return optionLabel(def, raw);
    case 'datetime':
      return formatDateTime(raw);
    case 'date':
      return formatDate(raw);
    default:
      return raw;
  }
}

export function propertyLabel(store: SandboxStore, typeId: string, name: string): string {
  return store.property(typeId, name)?.label ?? name;
}

/** Call durations are stored in ms; HubSpot shows "12m 5s". */
function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m ${s % 60}s` : `${s}s`;
}
