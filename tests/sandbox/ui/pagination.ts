/**
 * Page-number pagination as on HubSpot's index and list pages: Prev / numbers / Next and a
 * page-size menu of 25, 50 or 100. The links are real hrefs (?page=N&pageSize=M) so they work
 * without script; the table script intercepts them and swaps the table in place, as HubSpot's
 * single-page app does.
 */
import { cls } from './class-names';
import { esc } from './html';

export const PAGE_SIZES = [25, 50, 100] as const;

export interface Paging {
  page: number;
  pageSize: number;
  total: number;
  lastPage: number;
  /** Index of the page's first item in the full result. */
  offset: number;
}

/** Reads ?page and ?pageSize; out-of-range pages are clamped to the last one, as HubSpot does. */
export function readPaging(url: URL, total: number): Paging {
  const requested = Number(url.searchParams.get('pageSize'));
  const pageSize = (PAGE_SIZES as readonly number[]).includes(requested) ? requested : 25;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const raw = Number.parseInt(url.searchParams.get('page') ?? '1', 10);
  const page = Math.min(Math.max(Number.isFinite(raw) ? raw : 1, 1), lastPage);
  return { page, pageSize, total, lastPage, offset: (page - 1) * pageSize };
}

/** Page numbers to show: the first, the last and two either side of the current one. */
function pageNumbers(p: Paging): Array<number | 'gap'> {
  const wanted = new Set([1, p.lastPage]);
  for (let n = p.page - 2; n <= p.page + 2; n++) if (n >= 1 && n <= p.lastPage) wanted.add(n);
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: Array<number | 'gap'> = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - (sorted[i - 1] as number) > 1) out.push('gap');
    out.push(n);
  });
  return out;
}

export function renderPagination(p: Paging, hrefFor: (page: number, pageSize: number) => string): string {
  const link = (page: number, label: string, testId: string, aria: string) =>
    `<a ${cls('pager-link')} data-page-link data-test-id="${testId}" aria-label="${aria}" href="${esc(hrefFor(page, p.pageSize))}">${label}</a>`;
  const disabled = (label: string, testId: string, aria: string) =>
    `<span ${cls('pager-disabled')} data-test-id="${testId}" aria-label="${aria}" aria-disabled="true">${label}</span>`;
  const prev =
    p.page > 1
      ? link(p.page - 1, '‹ Prev', 'previous-page-button', 'Previous page')
      : disabled('‹ Prev', 'previous-page-button', 'Previous page');
  const next =
    p.page < p.lastPage ? link(p.page + 1, 'Next ›', 'next-page-button', 'Next page') : disabled('Next ›', 'next-page-button', 'Next page');
  const numbers = pageNumbers(p)
    .map((n) => {
      if (n === 'gap') return `<span ${cls('pager-disabled')}>…</span>`;
      if (n === p.page) return `<span ${cls('pager-current')} aria-current="page">${n}</span>`;
      return `<a ${cls('pager-link')} data-page-link aria-label="Page ${n}" href="${esc(hrefFor(n, p.pageSize))}">${n}</a>`;
    })
    .join('');
  const sizes = PAGE_SIZES.map(
    (s) => `<option value="${s}" data-href="${esc(hrefFor(1, s))}"${s === p.pageSize ? ' selected' : ''}>${s} per page</option>`,
  ).join('');
  return `<nav ${cls('pager')} aria-label="Pagination" data-test-id="pagination">${prev}${numbers}${next}
<select ${cls('select')} aria-label="Records per page" data-test-id="page-size-select" data-page-size>${sizes}</select></nav>`;
}
