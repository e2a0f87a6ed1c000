import { describe, expect, it } from 'vitest';
import { DEVELOPER_ONLY, type AllowedProse } from './prose-allowlist';
import { looksLikeProse, scanProse, type ProseHit } from './prose-scan';

const ALLOWED: AllowedProse[] = DEVELOPER_ONLY;
const allows = (entry: AllowedProse, hit: ProseHit) => entry.text === hit.text && (entry.file === '*' || entry.file === hit.file);

describe('user-visible text goes through the catalogue', () => {
  const hits = scanProse(process.cwd());

  it('finds no sentence outside lib/i18n except the allowlisted ones', () => {
    const offenders = hits.filter((hit) => !ALLOWED.some((entry) => allows(entry, hit))).map((h) => `${h.file}:${h.line}  ${h.text}`);
    // Put the sentence in lib/i18n/messages-en.ts (and da, nl) and use t(), text() or a TextError.
    expect(offenders).toEqual([]);
  });

  it('keeps no allowlist entry that matches nothing any more', () => {
    const stale = ALLOWED.filter((entry) => !hits.some((hit) => allows(entry, hit))).map((e) => `${e.file}  ${e.text}`);
    expect(stale).toEqual([]);
  });

  it('gives every allowlist entry a reason', () => {
    for (const entry of ALLOWED) expect(entry.reason.length, entry.text).toBeGreaterThan(10);
  });
});

describe('what counts as prose', () => {
  it('takes words with a space between, and sentences', () => {
    expect(looksLikeProse('Select all')).toBe(true);
    expect(looksLikeProse('Stopped.')).toBe(true);
    expect(looksLikeProse('Checking…')).toBe(true);
  });

  it('leaves code alone: keys, prefixes, selectors without spaces', () => {
    expect(looksLikeProse('gdprDelete.')).toBe(false);
    expect(looksLikeProse('crm.lists.')).toBe(false);
    expect(looksLikeProse('overlay/report')).toBe(false);
    expect(looksLikeProse('[data-crmx-check="card"]')).toBe(false);
  });
});
