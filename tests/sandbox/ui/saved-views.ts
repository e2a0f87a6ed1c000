/**
 * Saved views of the index pages. In HubSpot a view is UI state (filters, columns, sort) that the
 * public API knows nothing about — that is the point of having them here: on a filtered view the
 * extension cannot resolve "all N in view" through the API and must notice that (DESIGN.md §3).
 * `views/all` is every active record, ascending by ID, which the API *can* reproduce.
 */
import type { FilterGroup } from '../crm/filters';
import type { CrmRecord, SandboxStore } from '../store';

export interface SavedView {
  /** Numeric, like HubSpot's view IDs; "all" is the unfiltered default view. */
  id: string;
  name: string;
  /** Shown under the view tabs so a human sees why the count is smaller. */
  description: string;
  filterGroups: FilterGroup[];
}

const eq = (propertyName: string, value: string) => ({ propertyName, operator: 'EQ' as const, value });

/** Views per object type name (resolved through the store, so the custom object's ID can vary). */
const VIEWS: Record<string, SavedView[]> = {
  contacts: [
    {
      id: '101',
      name: 'My leads',
      description: 'Lifecycle stage is Lead and City is Copenhagen',
      filterGroups: [{ filters: [eq('lifecyclestage', 'lead'), eq('city', 'Copenhagen')] }],
    },
    {
      id: '102',
      name: 'Customers',
      description: 'Lifecycle stage is Customer',
      filterGroups: [{ filters: [eq('lifecyclestage', 'customer')] }],
    },
  ],
  companies: [
    {
      id: '201',
      name: 'Software companies',
      description: 'Industry is Computer software',
      filterGroups: [{ filters: [eq('industry', 'COMPUTER_SOFTWARE')] }],
    },
  ],
  deals: [
    {
      id: '301',
      name: 'Big deals',
      description: 'Amount is at least DKK 100,000.00',
      filterGroups: [{ filters: [{ propertyName: 'amount', operator: 'GTE', value: '100000' }] }],
    },
  ],
  tickets: [
    {
      id: '501',
      name: 'High priority',
      description: 'Priority is High or Urgent',
      filterGroups: [{ filters: [{ propertyName: 'hs_ticket_priority', operator: 'IN', values: ['HIGH', 'URGENT'] }] }],
    },
  ],
  calls: [
    {
      id: '4801',
      name: 'Inbound calls',
      description: 'Call direction is Inbound',
      filterGroups: [{ filters: [eq('hs_call_direction', 'INBOUND')] }],
    },
  ],
  machines: [
    { id: '701', name: 'MX-500 Pro fleet', description: 'Model is MX-500 Pro', filterGroups: [{ filters: [eq('model', 'MX-500 Pro')] }] },
  ],
};

export function allView(pluralLabel: string): SavedView {
  return { id: 'all', name: `All ${pluralLabel.toLowerCase()}`, description: '', filterGroups: [] };
}

export function savedViews(store: SandboxStore, typeId: string): SavedView[] {
  const def = store.objectTypes.require(typeId);
  return VIEWS[def.name] ?? [];
}

/** The view for a URL segment, or undefined when the object type has no such view. */
export function findView(store: SandboxStore, typeId: string, viewId: string, pluralLabel: string): SavedView | undefined {
  if (viewId === 'all') return allView(pluralLabel);
  return savedViews(store, typeId).find((v) => v.id === viewId);
}

/** The view's active records in ascending ID order, read live. */
export function viewRecords(store: SandboxStore, typeId: string, view: SavedView): CrmRecord[] {
  if (view.filterGroups.length === 0) return store.listRecords(typeId);
  return store.search(typeId, { filterGroups: view.filterGroups });
}
