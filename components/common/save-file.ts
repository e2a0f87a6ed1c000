/**
 * Offers `text` as a download. The Blob encodes the string as UTF-8, so a leading U+FEFF becomes
 * the byte-order mark spreadsheet and import tools look for.
 */
export function saveTextFile(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `crm-sweep-<what>-<portal>-<object>-2026-05-01-1430.csv`: sortable, and says what it holds. */
export function csvFileName(what: string, portalId: string, objectTypeId: string, at = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  return `crm-sweep-${what}-${portalId}-${objectTypeId}-${stamp}.csv`;
}
