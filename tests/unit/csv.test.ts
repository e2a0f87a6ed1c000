import { describe, expect, it } from 'vitest';
import { columnsFor, csvField, recordsToCsv, toCsv, UTF8_BOM } from '@/lib/format/csv';

describe('CSV for HubSpot import', () => {
  it('leaves plain values unquoted', () => {
    expect(csvField('Søren Kierkegaard')).toBe('Søren Kierkegaard');
    expect(csvField('42')).toBe('42');
  });

  it('quotes a field with a comma, a quote, a CR or an LF, doubling its quotes (RFC 4180)', () => {
    expect(csvField('Acme, Inc.')).toBe('"Acme, Inc."');
    expect(csvField('The "best" deal')).toBe('"The ""best"" deal"');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('"')).toBe('""""');
  });

  it('quotes leading and trailing spaces so no reader trims them', () => {
    expect(csvField(' padded ')).toBe('" padded "');
  });

  it('writes null and undefined as empty fields, and keeps an empty string empty', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField('')).toBe('');
  });

  it('does not prefix values that look like spreadsheet formulas: the file is for re-import', () => {
    expect(csvField('=SUM(A1)')).toBe('=SUM(A1)');
  });

  it('starts with a UTF-8 byte-order mark and ends every line, the last too, in CRLF', () => {
    const csv = toCsv(
      ['email', 'firstname'],
      [
        ['a@example.com', 'Åse'],
        ['b@example.com', null],
      ],
    );
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('email,firstname\r\na@example.com,Åse\r\nb@example.com,\r\n');
  });

  it('puts the record ID first, then the preferred columns, then the rest by name', () => {
    expect(columnsFor(['zeta', 'email', 'alpha', 'hs_object_id', 'firstname'], ['firstname', 'lastname', 'email'])).toEqual([
      'hs_object_id',
      'firstname',
      'email',
      'alpha',
      'zeta',
    ]);
  });

  it('writes one row per record, drops columns empty in every record, and keeps the exact values', () => {
    const csv = recordsToCsv(
      [
        { id: '101', properties: { email: 'a@example.com', company: 'Acme, Inc.', notes: null, hs_object_id: '101' } },
        { id: '18446744073709551615', properties: { email: 'b@example.com', company: '', notes: '' } },
      ],
      ['email'],
    );
    expect(csv).toBe(`${UTF8_BOM}hs_object_id,email,company\r\n101,a@example.com,"Acme, Inc."\r\n18446744073709551615,b@example.com,\r\n`);
  });
});
