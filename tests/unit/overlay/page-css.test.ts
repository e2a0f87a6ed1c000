// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOARD_SELECTORS, RECORD_ID_SOURCES, anyOf } from '@/lib/hubspot/page/selectors';
import { PICKED_CARD } from '@/lib/overlay/checkboxes';
import { NAME_LINK_SELECTOR, ROW_SELECTOR } from '@/lib/hubspot/page/table';
import { reserveRowRoom } from '@/lib/overlay/page-style';

/** The manifest's in-page sheet names HubSpot's nodes as selectors.ts does (it cannot import them). */
const css = readFileSync(path.resolve(import.meta.dirname, '../../../entrypoints/hubspot.content.css'), 'utf8');
const rules = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ');
const squeeze = (selector: string) => selector.replace(/\s+/g, ' ');

describe('hubspot.content.css', () => {
  it("reserves the row box's room in front of the name links selectors.ts names, unless the page is marked off", () => {
    expect(rules).toContain(`:root:not([data-crmx-off]) ${squeeze(NAME_LINK_SELECTOR)} { margin-inline-start: 24px; }`);
  });

  it('reveals a card box on hover of the cards selectors.ts names', () => {
    expect(rules).toContain(`${anyOf(BOARD_SELECTORS.card)}:hover > [data-crmx-check]:not(:checked, :focus-visible) {`);
  });

  it("draws a row's box as nothing until anything is picked, and as an empty box on hover of the rows selectors.ts names", () => {
    expect(rules).toContain(':root:not([data-crmx-picking]) [data-crmx-check="row"]:not(:checked, :focus-visible) { appearance: none;');
    expect(rules).toContain(`:root:not([data-crmx-picking]) ${ROW_SELECTOR}:hover [data-crmx-check="row"]:not(:checked, :focus-visible) {`);
  });

  it("once anything is picked (the mark on <html>), shows every card's box and rings the picked cards selectors.ts names", () => {
    const card = anyOf(BOARD_SELECTORS.card);
    expect(rules).toContain(`:root[data-crmx-picking] [data-crmx-check="card"] { appearance: auto; }`);
    expect(rules).toContain(`:root[data-crmx-picking] ${card}:hover > [data-crmx-check]:not(:checked, :focus-visible) { outline: 0; }`);
    const body = [`[${RECORD_ID_SOURCES.draggableAttribute}]`, '[data-test-id="cdb-card"]'];
    expect(rules).toContain(`${body.map((b) => `${card}[${PICKED_CARD}] > ${b}`).join(', ')} { box-shadow:`);
  });

  it('styles nothing of HubSpot but those links: every other rule is about our own nodes', () => {
    const selectors = [...rules.matchAll(/([^{}]+)\{/g)].flatMap((m) => m[1]!.split(/,(?![^(]*\))/).map((s) => s.trim()));
    // Every rule names one of our nodes (or a node inside ours), but the room's.
    const foreign = selectors.filter((s) => !s.replace(':root:not([data-crmx-off])', '').includes('[data-crmx-'));
    expect(foreign).toEqual([`:root:not([data-crmx-off]) ${squeeze(NAME_LINK_SELECTOR)}`]);
  });
});

describe('reserveRowRoom', () => {
  it('takes the room back where a name link is and the overlay does not start, and gives it again', () => {
    document.body.innerHTML =
      '<table><tr data-test-id="row-1"><td data-column-index="0"><a href="/contacts/1/record/0-1/1">Ada</a></td></tr></table>';
    reserveRowRoom(false);
    expect(document.documentElement.hasAttribute('data-crmx-off')).toBe(true);
    reserveRowRoom(true);
    expect(document.documentElement.hasAttribute('data-crmx-off')).toBe(false);
  });

  it('leaves a page without name links alone (setting the mark restyles the whole page)', () => {
    document.body.innerHTML = '<p>Settings</p>';
    reserveRowRoom(false);
    expect(document.documentElement.hasAttribute('data-crmx-off')).toBe(false);
  });
});
