import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { da } from '../../lib/i18n/messages-da';
import { en } from '../../lib/i18n/messages-en';

/**
 * The popup's own words for the journeys, from its catalogues: a journey in Danish finds its
 * buttons by their Danish names, so an untranslated label or a broken placeholder fails it.
 */
export type JourneyLanguage = 'en' | 'da';
type Key = keyof typeof en;

const CATALOGUES = { en, da } as const;

export function text(language: JourneyLanguage, key: Key, params: Record<string, string | number> = {}): string {
  const message = CATALOGUES[language][key] as string | { one: string; other: string };
  const chosen =
    typeof message === 'string'
      ? message
      : new Intl.PluralRules(language).select(Number(params.count)) === 'one'
        ? message.one
        : message.other;
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(language).format(value) : value;
  });
}

/** "6 deals" / "6 handler", as `items()` writes it in components/common/labels.ts. */
export function items(language: JourneyLanguage, objectTypeId: '0-1' | '0-3', count: number): string {
  return text(language, 'common.items', { count, object: text(language, `object.${objectTypeId}`, { count }) });
}

/** A stable copy of every journey screenshot, for the note: test-results/journey-screenshots/<lang>-<step>.png. */
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results/journey-screenshots');

export async function journeyScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  copyFileSync(file, path.join(SCREENSHOT_DIR, `${name}.png`));
  return file;
}
