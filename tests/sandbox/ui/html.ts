/**
 * Building blocks for the server-rendered pages: escaping (records hold user text, so every value
 * that reaches HTML goes through `esc`), HubSpot-style number and date formatting, embedding JSON
 * for the inline scripts, and writing responses.
 */
import type { ServerResponse } from 'node:http';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => ENTITIES[ch] as string);
}

/**
 * JSON for a `<script type="application/json">` block: `<` is written as \u003c so a record named
 * `</script><script>…` cannot end the block early (JSON.parse reads it back unchanged).
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const INTEGER = new Intl.NumberFormat('en-US');
const CURRENCY = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'DKK' });
const DATE_TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** "1,234", as HubSpot's en-US UI writes counts. */
export function formatCount(n: number): string {
  return INTEGER.format(n);
}

/** "1 record" / "1,234 records". */
export function countNoun(n: number, singular: string, plural: string): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}

export function formatAmount(raw: string | null | undefined): string {
  if (raw === null || raw === undefined || raw === '' || !Number.isFinite(Number(raw))) return '';
  return CURRENCY.format(Number(raw));
}

/** Epoch ms or an ISO/epoch string → "Jun 1, 2026, 9:00 AM" (UTC keeps pages deterministic). */
export function formatDateTime(value: number | string | null | undefined): string {
  const ms = toMs(value);
  return ms === null ? '' : DATE_TIME.format(ms);
}

export function formatDate(value: number | string | null | undefined): string {
  const ms = toMs(value);
  return ms === null ? '' : DATE.format(ms);
}

function toMs(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const ms = typeof value === 'number' ? value : /^-?\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** Writes a complete HTML answer. UI pages are never cached: they show live store data. */
export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(html),
  });
  res.end(html);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store' });
  res.end();
}
