/**
 * The index table shared by the table view, the list page and the recycle bin, keeping HubSpot's
 * DOM contract (HUBSPOT.md §6): `table[data-test-id="framework-data-table"]`, rows
 * `tr[data-test-id="row-{id}"]`, cells with `data-column-index` (0 = the name cell, whose link ends
 * in /record/{typeId}/{id}), native checkboxes named "Select all records" / "Select row", the
 * displayed total `[data-test-id="record-count"]`, and a bulk bar that appears once a row is
 * checked. The whole block is one "region" the table script swaps when paging or after a delete.
 * `variant` (variants.ts) swaps the table component and the way its total shows; the rest stays.
 */
import type { CrmRecord, SandboxStore } from '../store';
import { cls } from './class-names';
import { countNoun, esc } from './html';
import { displayValue, propertyLabel, recordTitle } from './record-display';
import { recordPath } from './ui-paths';
import type { TableVariant } from './variants';

export interface DataTableSpec {
  store: SandboxStore;
  typeId: string;
  /** The records of this page only, in display order. */
  records: readonly CrmRecord[];
  nameLabel: string;
  columns: readonly string[];
  /** Everything the view / list / bin holds, for "N records" and "Select all N records". */
  total: number;
  noun: { singular: string; plural: string };
  /** Buttons of the bulk bar (HubSpot's own: Delete, More ▾ …). */
  bulkActions: string;
  pagination: string;
  emptyText: string;
  /** Extra trailing columns (the recycle bin's "Deleted on"). */
  extraColumns?: ReadonlyArray<{ label: string; value: (record: CrmRecord) => string }>;
  /** Form field name for the row checkboxes (the recycle bin posts them). */
  checkboxName?: string;
  /** false hides "Select all N …" (the bin restores only what is checked). */
  selectAllMatching?: boolean;
  /** Which of HubSpot's table components and total displays to render (default: the current one). */
  variant?: TableVariant;
}

/** The table's opening tag and the total above it, per variant (variants.ts). */
function tableShell(spec: DataTableSpec, totalText: string): { open: string; total: string } {
  const label = esc(spec.noun.plural);
  switch (spec.variant ?? 'current') {
    case 'object-table':
      return {
        open: `<table ${cls('table')} data-test-id="crm-object-table" aria-label="${label}">`,
        total: `<span ${cls('count')}>${esc(totalText)}</span>`,
      };
    case 'grid': {
      // The grid announces its total in its label; the visible figure is decoration for sighted users.
      const named = `${spec.noun.plural.charAt(0).toUpperCase()}${spec.noun.plural.slice(1)}, ${totalText}`;
      return {
        open: `<table ${cls('table')} role="grid" aria-label="${esc(named)}">`,
        total: `<span ${cls('count')} aria-hidden="true">${esc(totalText)}</span>`,
      };
    }
    case 'no-total':
      return { open: `<table ${cls('table')} data-test-id="framework-data-table" aria-label="${label}">`, total: '' };
    default:
      return {
        open: `<table ${cls('table')} data-test-id="framework-data-table" aria-label="${label}">`,
        total: `<span ${cls('count')} data-test-id="record-count">${esc(totalText)}</span>`,
      };
  }
}

function initials(title: string): string {
  return title
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

export function renderDataTable(spec: DataTableSpec): string {
  const { store, typeId } = spec;
  const portal = store.portalId;
  const extra = spec.extraColumns ?? [];
  const headers = [
    `<th ${cls('th', 'cell-check')} scope="col"><input type="checkbox" aria-label="Select all records" data-select-page></th>`,
    `<th ${cls('th')} scope="col" data-column-index="0">${esc(spec.nameLabel)}</th>`,
    ...spec.columns.map((c, i) => `<th ${cls('th')} scope="col" data-column-index="${i + 1}">${esc(propertyLabel(store, typeId, c))}</th>`),
    ...extra.map((c, i) => `<th ${cls('th')} scope="col" data-column-index="${spec.columns.length + i + 1}">${esc(c.label)}</th>`),
  ].join('');
  const name = spec.checkboxName ? ` name="${esc(spec.checkboxName)}"` : '';
  const rows = spec.records.map((record) => {
    const title = recordTitle(store, typeId, record);
    const cells = [
      `<td ${cls('td', 'cell-check')}><input type="checkbox" aria-label="Select row" value="${esc(record.id)}"${name} data-row-check></td>`,
      `<td ${cls('td')} data-column-index="0"><a ${cls('name-link')} href="${esc(recordPath(portal, typeId, record.id))}"><span ${cls('avatar')} aria-hidden="true">${esc(initials(title))}</span><span>${esc(title)}</span></a></td>`,
      ...spec.columns.map(
        (c, i) => `<td ${cls('td')} data-column-index="${i + 1}">${esc(displayValue(store, typeId, record, c)) || '--'}</td>`,
      ),
      ...extra.map((c, i) => `<td ${cls('td')} data-column-index="${spec.columns.length + i + 1}">${esc(c.value(record))}</td>`),
    ];
    return `<tr ${cls('row')} data-test-id="row-${esc(record.id)}">${cells.join('')}</tr>`;
  });
  const body =
    rows.length > 0
      ? rows.join('\n')
      : `<tr><td ${cls('empty')} colspan="${spec.columns.length + extra.length + 2}">${esc(spec.emptyText)}</td></tr>`;
  const totalText = countNoun(spec.total, spec.noun.singular, spec.noun.plural);
  const shell = tableShell(spec, totalText);
  const selectAll =
    spec.selectAllMatching === false
      ? ''
      : `<button type="button" ${cls('button', 'button-link')} data-select-all-matching hidden>Select all ${esc(totalText)}</button>`;
  return `<div data-index-region data-total="${spec.total}" data-noun-singular="${esc(spec.noun.singular)}" data-noun-plural="${esc(spec.noun.plural)}">
<div ${cls('toolbar')}>
${shell.total}
<div ${cls('bulkbar')} role="toolbar" aria-label="Bulk actions" data-bulk-bar hidden>
<span ${cls('bulk-count')} data-bulk-count>0 selected</span>${selectAll}${spec.bulkActions}
</div>
</div>
<div ${cls('table-wrap')}>
${shell.open}
<thead><tr>${headers}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>
${spec.pagination}
</div>`;
}

/** The region while the page's script fetches its rows (client-render.ts): no table yet. */
export function renderLoadingRegion(plural: string): string {
  return `<div data-index-region aria-busy="true"><p ${cls('empty')} role="status">Loading ${esc(plural)}…</p></div>`;
}
