/**
 * CSV in the shape HubSpot's import expects: a header row of property internal names, one row per
 * record, RFC 4180 quoting and CRLF line ends, UTF-8 with a byte-order mark (without the BOM, Excel
 * and some import tools read UTF-8 names such as "Søren" or "Müller" as Latin-1).
 *
 * Values are written exactly as HubSpot returned them. A value starting with "=" is NOT prefixed
 * against spreadsheet formula injection: the file is a backup meant for re-import into HubSpot,
 * and a prefix would change the data that comes back.
 */
export const UTF8_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';

/** The record ID column; HubSpot's import maps `hs_object_id` to "Record ID". */
export const RECORD_ID_COLUMN = 'hs_object_id';

export interface CsvRecord {
  id: string;
  properties: Record<string, string | null | undefined>;
}

/** RFC 4180 §2.6–2.7: quote a field holding a comma, quote, CR or LF, and double its quotes.
 * Leading or trailing spaces are quoted too, so no reader is tempted to trim them. */
export function csvField(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(fields: readonly (string | null | undefined)[]): string {
  return fields.map(csvField).join(',') + CSV_LINE_END;
}

/** A whole file: BOM, header, rows; every line (the last one too) ends in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | null | undefined)[])[]): string {
  return UTF8_BOM + csvRow(header) + rows.map(csvRow).join('');
}

/**
 * Columns for a set of records: the record ID first, then `preferred` (the properties a person
 * recognises a record by) when present, then every other property that has a value in at least
 * one record, by name. Columns empty in every record are left out: HubSpot returns hundreds of
 * properties per record and an import only needs the ones that hold data.
 */
export function columnsFor(propertyNames: Iterable<string>, preferred: readonly string[] = []): string[] {
  const names = new Set(propertyNames);
  names.delete(RECORD_ID_COLUMN);
  const first = preferred.filter((name) => names.has(name));
  const rest = [...names].filter((name) => !first.includes(name)).sort();
  return [RECORD_ID_COLUMN, ...first, ...rest];
}

/** Property names with a non-empty value in `record` (used to build `columnsFor` incrementally). */
export function filledProperties(record: CsvRecord): string[] {
  return Object.entries(record.properties)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([name]) => name);
}

/** The row of `record` under `columns`; the record ID column always holds the record's ID. */
export function recordRow(record: CsvRecord, columns: readonly string[]): (string | null | undefined)[] {
  return columns.map((column) => (column === RECORD_ID_COLUMN ? record.id : record.properties[column]));
}

/** A complete HubSpot-import CSV of `records`. */
export function recordsToCsv(records: readonly CsvRecord[], preferred: readonly string[] = []): string {
  const columns = columnsFor(records.flatMap(filledProperties), preferred);
  return toCsv(
    columns,
    records.map((record) => recordRow(record, columns)),
  );
}
