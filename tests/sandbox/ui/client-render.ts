/**
 * `?render=client`: the table page as HubSpot's app shows it (HUBSPOT.md §6: its tables are
 * React-rendered after their data arrives). The server sends the page without its table, a loading
 * line in its place; once the page has loaded, its script waits `?dataMs=` (default 500 ms — the
 * time HubSpot's app takes to load its code and ask for its data is longer still) and then fetches
 * the rows and puts the table in, as paging does (client/data-table.js). Without the parameter the
 * rows come in the HTML, as the static stress pages and most tests want them: there at once.
 */
export interface ClientRender {
  /** The same page without these parameters: the server renders its rows. */
  rowsUrl: string;
  afterMs: number;
}

const DEFAULT_DATA_MS = 500;
const MAX_DATA_MS = 10_000;

export function clientRender(url: URL): ClientRender | null {
  if (url.searchParams.get('render') !== 'client') return null;
  const asked = Number(url.searchParams.get('dataMs') ?? DEFAULT_DATA_MS);
  const afterMs = Number.isFinite(asked) ? Math.min(Math.max(Math.round(asked), 0), MAX_DATA_MS) : DEFAULT_DATA_MS;
  const rows = new URL(url.href);
  rows.searchParams.delete('render');
  rows.searchParams.delete('dataMs');
  return { rowsUrl: rows.pathname + rows.search, afterMs };
}
