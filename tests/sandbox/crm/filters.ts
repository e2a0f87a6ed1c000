/**
 * CRM search filters (HUBSPOT.md §3 "search"): filter groups are ORed, filters within a group are
 * ANDed; at most 5 groups, 6 filters per group, 18 filters in all, as HubSpot enforces. Dynamic
 * lists reuse the same filters. Values compare by the property's type: numbers numerically (record
 * IDs without parsing them), dates as epoch ms (HubSpot accepts ms or ISO strings), text
 * case-insensitively.
 */
import { compareIds, isCanonicalId } from '../ids';
import type { PropertyType } from './property-definitions';

export const FILTER_OPERATORS = [
  'EQ',
  'NEQ',
  'LT',
  'LTE',
  'GT',
  'GTE',
  'BETWEEN',
  'IN',
  'NOT_IN',
  'HAS_PROPERTY',
  'NOT_HAS_PROPERTY',
  'CONTAINS_TOKEN',
  'NOT_CONTAINS_TOKEN',
] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

export interface SearchFilter {
  propertyName: string;
  operator: FilterOperator;
  value?: string;
  highValue?: string;
  values?: string[];
}

export interface FilterGroup {
  filters: SearchFilter[];
}

export type ReadValue = (propertyName: string) => string | null;
export type TypeOf = (propertyName: string) => PropertyType | undefined;

const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;

/** Validates a request's `filterGroups`; returns a message on the first problem. */
export function parseFilterGroups(input: unknown, typeOf: TypeOf): FilterGroup[] | string {
  if (input === undefined || input === null) return [];
  if (!Array.isArray(input)) return 'filterGroups must be an array';
  if (input.length > 5) return `Too many filter groups (${input.length}). The maximum number of filter groups is 5.`;
  const groups: FilterGroup[] = [];
  let total = 0;
  for (const rawGroup of input) {
    const rawFilters: unknown = (rawGroup as { filters?: unknown } | null)?.filters;
    if (!Array.isArray(rawFilters)) return 'Each filter group needs a filters array';
    if (rawFilters.length > 6) return 'Too many filters in a group. The maximum number of filters per group is 6.';
    total += rawFilters.length;
    const filters: SearchFilter[] = [];
    for (const raw of rawFilters as Array<Record<string, unknown>>) {
      const propertyName = str(raw?.propertyName);
      const operator = str(raw?.operator) as FilterOperator | undefined;
      if (!propertyName) return 'Each filter needs a propertyName';
      if (!operator || !FILTER_OPERATORS.includes(operator)) return `Invalid operator: ${String(raw?.operator)}`;
      if (!typeOf(propertyName)) return `Property "${propertyName}" does not exist`;
      const values = Array.isArray(raw.values) ? raw.values.map(str).filter((v): v is string => v !== undefined) : undefined;
      if ((operator === 'IN' || operator === 'NOT_IN') && !values) return `${operator} needs values`;
      const value = str(raw.value);
      const needsValue = !['IN', 'NOT_IN', 'HAS_PROPERTY', 'NOT_HAS_PROPERTY'].includes(operator);
      if (needsValue && value === undefined) return `${operator} needs a value`;
      filters.push({ propertyName, operator, value, highValue: str(raw.highValue), values });
    }
    groups.push({ filters });
  }
  if (total > 18) return `Too many filters (${total}). The maximum number of filters is 18.`;
  return groups;
}

/** True when the record (seen through `read`) matches any group; no groups match everything. */
export function matchesFilterGroups(groups: readonly FilterGroup[], read: ReadValue, typeOf: TypeOf): boolean {
  return compileFilterGroups<null>(groups, typeOf, (_r, name) => read(name))(null);
}

/** The groups as one predicate over records, with property types looked up once, not per record. */
export function compileFilterGroups<R>(
  groups: readonly FilterGroup[],
  typeOf: TypeOf,
  read: (record: R, propertyName: string) => string | null,
): (record: R) => boolean {
  if (groups.length === 0) return () => true;
  const compiled = groups.map((g) => g.filters.map((f) => ({ filter: f, type: typeOf(f.propertyName) })));
  return (record) =>
    compiled.some((filters) => filters.every(({ filter, type }) => matchesFilter(filter, read(record, filter.propertyName), type)));
}

// No closures in here: this runs once per record and filter, and allocations add up at 100k records.
function matchesFilter(filter: SearchFilter, actual: string | null, type: PropertyType | undefined): boolean {
  const has = actual !== null && actual !== '';
  switch (filter.operator) {
    case 'HAS_PROPERTY':
      return has;
    case 'NOT_HAS_PROPERTY':
      return !has;
    case 'EQ':
      return has && compareTyped(type, actual, filter.value as string) === 0;
    case 'NEQ':
      return !has || compareTyped(type, actual, filter.value as string) !== 0;
    case 'IN':
      return has && isAnyOf(type, actual, filter.values);
    case 'NOT_IN':
      return !has || !isAnyOf(type, actual, filter.values);
    case 'GT':
      return has && compareTyped(type, actual, filter.value as string) > 0;
    case 'GTE':
      return has && compareTyped(type, actual, filter.value as string) >= 0;
    case 'LT':
      return has && compareTyped(type, actual, filter.value as string) < 0;
    case 'LTE':
      return has && compareTyped(type, actual, filter.value as string) <= 0;
    case 'BETWEEN':
      return (
        has &&
        compareTyped(type, actual, filter.value as string) >= 0 &&
        (filter.highValue === undefined || compareTyped(type, actual, filter.highValue) <= 0)
      );
    case 'CONTAINS_TOKEN':
      return has && containsToken(actual, filter.value as string);
    case 'NOT_CONTAINS_TOKEN':
      return !has || !containsToken(actual, filter.value as string);
  }
}

function isAnyOf(type: PropertyType | undefined, actual: string, values: readonly string[] | undefined): boolean {
  for (const value of values ?? []) if (compareTyped(type, actual, value) === 0) return true;
  return false;
}

/** Orders two values of a property; `expected` may be a filter value (ms, ISO, number, text). */
export function compareTyped(type: PropertyType | undefined, actual: string, expected: string): number {
  if (type === 'number') {
    if (isCanonicalId(actual) && isCanonicalId(expected)) return compareIds(actual, expected);
    return Math.sign(Number(actual) - Number(expected)) || 0;
  }
  if (type === 'datetime' || type === 'date') return Math.sign(toEpochMs(actual) - toEpochMs(expected)) || 0;
  const a = actual.toLowerCase();
  const b = expected.toLowerCase();
  return a < b ? -1 : a > b ? 1 : 0;
}

function toEpochMs(value: string): number {
  return /^-?\d+$/.test(value) ? Number(value) : Date.parse(value);
}

/** CONTAINS_TOKEN: a whole word of the value, or a `*` wildcard pattern, case-insensitively. */
function containsToken(actual: string, token: string): boolean {
  const needle = token.toLowerCase();
  const haystack = actual.toLowerCase();
  const words = [haystack, ...haystack.split(/[\s,;]+/)];
  if (!needle.includes('*')) return words.includes(needle);
  const pattern = new RegExp(
    `^${needle
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return words.some((w) => pattern.test(w));
}
