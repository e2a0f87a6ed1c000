import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '@/lib/i18n/language';
import { en } from '@/lib/i18n/messages-en';
import { da } from '@/lib/i18n/messages-da';
import { nl } from '@/lib/i18n/messages-nl';
import { translate, type MessageKey } from '@/lib/i18n/translate';

const CATALOGUES = { en, da, nl } as const;

const placeholders = (message: string | { one: string; other: string }) =>
  [...new Set((typeof message === 'string' ? message : `${message.one} ${message.other}`).match(/\{\w+\}/g) ?? [])].sort();

describe('message catalogues', () => {
  for (const language of ['da', 'nl'] as const) {
    it(`${language} has every English message with the same placeholders`, () => {
      for (const key of Object.keys(en) as MessageKey[]) {
        const translated = CATALOGUES[language][key];
        expect(translated, key).toBeDefined();
        expect(placeholders(translated), key).toEqual(placeholders(en[key]));
      }
      expect(Object.keys(CATALOGUES[language]).sort()).toEqual(Object.keys(en).sort());
    });
  }

  it('da and nl have exactly the same keys, and plurals where English has them', () => {
    const keys = Object.keys(en).sort();
    for (const language of ['da', 'nl'] as const) {
      expect(Object.keys(CATALOGUES[language]).sort(), language).toEqual(keys);
      for (const key of keys as MessageKey[]) {
        const plural = typeof en[key] !== 'string';
        expect(typeof CATALOGUES[language][key] !== 'string', `${language} ${key}`).toBe(plural);
      }
    }
  });

  it('has no empty message in any language', () => {
    for (const language of ['en', 'da', 'nl'] as const) {
      for (const [key, message] of Object.entries(CATALOGUES[language])) {
        const texts = typeof message === 'string' ? [message] : [message.one, message.other];
        for (const text of texts) expect(text.trim().length, `${language} ${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('chooses singular and plural by the count, per language', () => {
    expect(translate('en', 'object.0-1', { count: 1 })).toBe('contact');
    expect(translate('en', 'object.0-1', { count: 2 })).toBe('contacts');
    expect(translate('da', 'object.0-1', { count: 1 })).toBe('kontakt');
    expect(translate('da', 'object.0-1', { count: 0 })).toBe('kontakter');
    expect(translate('nl', 'failed.heading', { count: 1 })).toBe('1 record niet verwerkt');
  });

  it('formats numbers in the language it speaks and leaves strings as they are', () => {
    expect(translate('en', 'exactRestore.page.selected', { count: 1200, total: 12345, button: 'Restore' })).toBe(
      '1,200 of this batch’s 12,345 records are selected in HubSpot’s restore page — press “Restore” there.',
    );
    expect(translate('da', 'exactRestore.page.selected', { count: 1200, total: 12345, button: 'Restore' })).toBe(
      '1.200 af denne sletnings 12.345 poster er valgt på HubSpots gendannelsesside — tryk på “Restore” der.',
    );
    expect(translate('en', 'preview.unnamed', { id: '18446744073709551615' })).toBe('Record 18446744073709551615');
  });
});

describe('language choice', () => {
  it('uses the setting when it names a language', () => {
    expect(resolveLanguage('nl', 'da-DK')).toBe('nl');
  });

  it('follows the browser on "auto", any region, and falls back to English', () => {
    expect(resolveLanguage('auto', 'da-DK')).toBe('da');
    expect(resolveLanguage('auto', 'nl-BE')).toBe('nl');
    expect(resolveLanguage('auto', 'de-DE')).toBe('en');
  });
});
