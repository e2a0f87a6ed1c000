/**
 * HubSpot record IDs are decimal strings that can exceed 2^53 (HUBSPOT.md §2), so the sandbox
 * never turns them into JavaScript numbers: it orders them by length, then lexically, which is
 * numeric order for canonical non-negative integers.
 */
const CANONICAL_ID = /^(0|[1-9][0-9]{0,30})$/;

export function isCanonicalId(value: string): boolean {
  return CANONICAL_ID.test(value);
}

export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Index of the first element of an ascending ID array that is greater than `id`. */
export function indexAfter(sorted: readonly string[], id: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareIds(sorted[mid] as string, id) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element of an ascending ID array that is not less than `id`. */
export function indexAtOrAfter(sorted: readonly string[], id: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareIds(sorted[mid] as string, id) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
