/**
 * The fault matrix's table (one line per row, then where each row's kills landed) and the per-row
 * JSON results `npm run test:faults` collects from the Playwright workers.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RowResult } from './result';
import { ROWS } from './scenarios';
import type { SizeName } from './sizes';

const COLUMNS: [string, (r: RowResult) => string][] = [
  ['row', (r) => r.row],
  ['records', (r) => String(r.records)],
  ['kills', (r) => `${r.kills}/${r.killsPlanned}${r.killsSkipped ? ` (${r.killsSkipped} not reached)` : ''}`],
  ['restarts seen', (r) => String(r.restarts)],
  ['archive calls 204/all', (r) => `${r.archiveCallsAccepted}/${r.archiveCalls}`],
  ['re-sent', (r) => String(r.resent)],
  ['lost', (r) => String(r.lost)],
  ['twice', (r) => String(r.archivedTwice)],
  ['extra', (r) => String(r.extra)],
  ['unsnapshotted', (r) => String(r.unsnapshotted)],
  ['miscounted', (r) => (r.refusedInjected ? String(r.miscounted) : '–')],
  ['gone before: reported', (r) => (r.goneBefore ? `${r.goneReported}/${r.goneBefore}` : '–')],
  ['undo restored/restorable', (r) => `${r.restored}/${r.restorable}`],
  ['dupes', (r) => String(r.duplicates)],
  ['undo kills', (r) => `${r.undoKills}/${r.undoKillsPlanned}${r.undoKillsSkipped ? ` (${r.undoKillsSkipped} not reached)` : ''}`],
  ['links back', (r) => `${r.associationsBack}/${r.associationsBefore}`],
  ['lists back', (r) => `${r.membershipsBack}/${r.membershipsBefore}`],
  ['pauses', (r) => (r.pauses.length ? r.pauses.join(',') : '–')],
  ['job s', (r) => (r.jobMs / 1000).toFixed(1)],
  ['undo s', (r) => (r.undoMs / 1000).toFixed(1)],
  ['wall s', (r) => (r.wallMs / 1000).toFixed(1)],
];

export function formatTable(results: RowResult[]): string {
  const head = COLUMNS.map(([h]) => h);
  const rows = results.map((r) => COLUMNS.map(([, f]) => f(r)));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const out = [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
  const total = results.reduce((s, r) => s + r.wallMs, 0);
  out.push('', `rows: ${results.length}, wall time of the rows: ${(total / 1000).toFixed(1)} s`);
  out.push(
    're-sent = accepted archive calls whose records had all been accepted before: a batch found `archiving` after a kill is sent again (archive is idempotent); expected, and never a second archive (see "twice").',
  );
  for (const r of results) {
    const where = Object.entries(r.killPoints)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${n}× ${k}`)
      .join('; ');
    const extras = [
      ...r.notes,
      ...(r.autoResumeNudges
        ? [`${r.autoResumeNudges} network/rate-limit pause(s) resumed by the test (the watchdog would after ≤1 min)`]
        : []),
    ];
    const undoWhere = Object.entries(r.undoKillPoints ?? {})
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${n}× ${k}`)
      .join('; ');
    out.push(
      `${r.row}: killed after → ${where || 'none'}; during the undo → ${undoWhere || 'none'}${extras.length ? ` | ${extras.join(' | ')}` : ''}${r.error ? ` | ERROR: ${r.error}` : ''}`,
    );
  }
  return out.join('\n');
}

export const RESULTS_DIR = path.resolve(import.meta.dirname, '../../test-results/fault-matrix');

export function saveResult(r: RowResult): void {
  const dir = path.join(RESULTS_DIR, r.size);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${r.row}.json`), JSON.stringify(r, null, 2));
}

export function loadResults(size: SizeName): RowResult[] {
  const dir = path.join(RESULTS_DIR, size);
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  const order = ROWS.map((r) => r.id as string);
  return files
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as RowResult)
    .sort((a, b) => order.indexOf(a.row) - order.indexOf(b.row));
}
