import { COUNT_NOUNS, type CountSignal, DISPLAYED_NUMBER as NUMBER, parseDisplayedCount, queryFirst, readableText } from './selectors';

/**
 * Reads the counts HubSpot displays through the signals of COUNT_SIGNALS (selectors.ts), each
 * kind as conservatively as its comment there says: a number that might be part of a name or
 * another figure ("Q3 2026", "Stage 2", "25 per page") is not a count. Pure DOM reads.
 */
export interface DisplayedCount {
  count: number;
  /** HubSpot's word after the number ("records", "deals"); '' for a bare number. */
  noun: string;
}

/** A node holding nothing but a number, perhaps in parentheses: "37", "(1,204)". */
const BARE_NUMBER = new RegExp(`^\\((${NUMBER})\\)$|^(${NUMBER})$`);
/** An ARIA label's end: ", 37 deals", ": 1,234 records", "(12 contacts)", or the whole label.
 * Built when first needed (boards' column labels): a `\p{L}` class costs ~0.2 ms to build. */
let labelEnd: RegExp | undefined;
const NOUNS = new Set(COUNT_NOUNS);
/** How far above the table a `near` count is looked for, and how many elements at most. */
const NEAR_LEVELS = 3;
const NEAR_MAX_ELEMENTS = 300;

const isHidden = (element: Element) => element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('data-crmx');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function wholeNumber(digits: string): number | null {
  const value = Number(digits.replace(/\D/g, ''));
  return Number.isSafeInteger(value) ? value : null;
}

/** The first signal that yields a number, or null when none does. */
export function readCount(scope: ParentNode, signals: readonly CountSignal[]): DisplayedCount | null {
  for (const signal of signals) {
    const found = readSignal(scope, signal);
    if (found) return found;
  }
  return null;
}

function readSignal(scope: ParentNode, signal: CountSignal): DisplayedCount | null {
  if (signal.read === 'near') {
    const anchor = queryFirst(scope, signal.anchor);
    return anchor ? nearCount(anchor) : null;
  }
  // A column's own aria-label counts: the scope element itself is tried first.
  // (Not `instanceof Element`: a scope from another window, as in tests, is an element too.)
  const self = 'matches' in scope && (scope as Element).matches(signal.selector) ? (scope as Element) : null;
  const element = self ?? scope.querySelector(signal.selector);
  if (!element) return null;
  if (signal.read === 'text') return parseDisplayedCount(readableText(element));
  if (signal.read === 'label') return labelledCount(element.getAttribute('aria-label') ?? '');
  const trailing = splitTrailingCount(element);
  return trailing && { count: trailing.count, noun: '' };
}

/** "Appointment scheduled, 37 deals" → 37 deals; a label without a known noun → null. */
export function labelledCount(label: string): DisplayedCount | null {
  labelEnd ??= new RegExp(`(?:^|[,:;(]\\s*)(${NUMBER})\\s+(\\p{L}+)\\)?\\s*$`, 'u');
  const m = labelEnd.exec(label);
  if (!m || !NOUNS.has(m[2]!.toLowerCase())) return null;
  const count = wholeNumber(m[1]!);
  return count === null ? null : { count, noun: m[2]! };
}

/**
 * A name followed by a count in a node of its own: `Appointment scheduled <span>37</span>` →
 * { name: 'Appointment scheduled', count: 37 }. Null when the last node is not only a number, or
 * when name and number share one text node ("Q3 2026": that is a name).
 */
export function splitTrailingCount(element: Element): { name: string; count: number } | null {
  const parts: Node[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 ? (child.nodeValue ?? '').trim() !== '' : child.nodeType === 1 && !isHidden(child as Element))
      parts.push(child);
  }
  if (parts.length < 2) return null;
  const m = BARE_NUMBER.exec(collapse(textOf(parts[parts.length - 1]!)));
  const count = m ? wholeNumber(m[1] ?? m[2]!) : null;
  const name = collapse(parts.slice(0, -1).map(textOf).join(''));
  return count === null || name === '' ? null : { name, count };
}

const textOf = (node: Node) => (node.nodeType === 3 ? (node.nodeValue ?? '') : readableText(node as Element));

/**
 * "1,234 contacts" in a text-only element above the table: the anchor's earlier siblings, then its
 * parent's, up to NEAR_LEVELS. The nearest level with any such text decides; two different numbers
 * there are ambiguous (null). Nothing inside the table or after it is looked at (pagination's
 * "25 per page" sits below).
 */
function nearCount(anchor: Element): DisplayedCount | null {
  let visited = 0;
  let node: Element | null = anchor;
  for (let level = 0; node && level < NEAR_LEVELS; level++, node = node.parentElement) {
    const found = new Map<number, DisplayedCount>();
    for (let sibling = node.previousElementSibling; sibling && visited < NEAR_MAX_ELEMENTS; sibling = sibling.previousElementSibling) {
      for (const element of [sibling, ...Array.from(sibling.querySelectorAll('*'))]) {
        if (++visited > NEAR_MAX_ELEMENTS) break;
        if (element.childElementCount > 0 || element.closest('[hidden], [aria-hidden="true"], [data-crmx]')) continue;
        const count = parseDisplayedCount(readableText(element));
        if (count && NOUNS.has(count.noun.toLowerCase())) found.set(count.count, count);
      }
    }
    if (found.size === 1) return [...found.values()][0]!;
    if (found.size > 1) return null;
  }
  return null;
}
