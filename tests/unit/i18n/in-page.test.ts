import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { daInPage } from '@/lib/i18n/in-page-da';
import { enInPage } from '@/lib/i18n/in-page-en';
import { nlInPage } from '@/lib/i18n/in-page-nl';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Catalogue keys a folder names literally: t('…'), text('…'), translate(lang, '…'). */
function keysNamedIn(folder: string): Set<string> {
  const keys = new Set<string>();
  for (const file of readdirSync(path.join(ROOT, folder), { recursive: true }) as string[]) {
    if (!/\.tsx?$/.test(file)) continue;
    const source = readFileSync(path.join(ROOT, folder, file), 'utf8');
    for (const m of source.matchAll(/\b(?:t|text|translate\([^,]+,)\s*\(?\s*'([a-z]+\.[A-Za-z0-9.-]+)'/g)) keys.add(m[1]!);
  }
  return keys;
}

describe('the in-page catalogues (what the content script loads)', () => {
  it('have the same keys in English, Danish and Dutch', () => {
    const keys = Object.keys(enInPage).sort();
    expect(Object.keys(daInPage).sort()).toEqual(keys);
    expect(Object.keys(nlInPage).sort()).toEqual(keys);
  });

  it('hold every word the overlay and the selection code name, so none shows as a raw key in a HubSpot tab', () => {
    const named = [...keysNamedIn('lib/overlay'), ...keysNamedIn('lib/selection')];
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((key) => !Object.hasOwn(enInPage, key))).toEqual([]);
  });
});
