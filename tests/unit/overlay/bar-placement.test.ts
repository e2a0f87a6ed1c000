// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEEP_CLEAR_SELECTORS, queryAll } from '@/lib/hubspot/page/selectors';
import { DEFAULT_LAYOUT, validLayout } from '@/lib/overlay/bar-layout-store';
import { placeBar, preferredSpot, type Spot } from '@/lib/overlay/bar-placement';

/** A page of rectangles: 1 where a control is, Infinity where a keep-clear area is. */
function pageWith(blocks: Array<{ x: number; y: number; w: number; h: number; cost?: number }>) {
  return (x: number, y: number) =>
    blocks.reduce((worst, b) => (x >= b.x && x < b.x + b.w && y >= b.y && y < b.y + b.h ? Math.max(worst, b.cost ?? 1) : worst), 0);
}
const viewport = { width: 1280, height: 800 };
const bar = { width: 480, height: 52 };
const overlaps = (s: Spot, b: { x: number; y: number; w: number; h: number }) =>
  s.left < b.x + b.w && b.x < s.left + bar.width && s.top < b.y + b.h && b.y < s.top + bar.height;

describe('placing the action bar', () => {
  it('takes the preferred spot (bottom centre by default) when nothing is there', () => {
    const spot = placeBar({ viewport, bar, preferred: DEFAULT_LAYOUT, current: null, probe: () => 0 });
    expect(spot).toEqual(preferredSpot(viewport, bar, DEFAULT_LAYOUT));
    expect(spot.left).toBe(400);
    expect(spot.top).toBe(800 - 52 - 16);
  });

  it('leaves a pager along the bottom edge uncovered, and stays near the preferred spot', () => {
    const pager = { x: 420, y: 700, w: 440, h: 60 };
    const spot = placeBar({ viewport, bar, preferred: DEFAULT_LAYOUT, current: null, probe: pageWith([pager]) });
    expect(overlaps(spot, pager)).toBe(false);
    expect(spot.top).toBeGreaterThan(500);
  });

  it('keeps its current spot while it is free (no wandering), and leaves it when a control appears there', () => {
    const current = { left: 32, top: 200 };
    expect(placeBar({ viewport, bar, preferred: DEFAULT_LAYOUT, current, probe: () => 0 })).toEqual(current);
    const menu = { x: 100, y: 190, w: 60, h: 40 };
    expect(overlaps(placeBar({ viewport, bar, preferred: DEFAULT_LAYOUT, current, probe: pageWith([menu]) }), menu)).toBe(false);
  });

  it('with no free spot anywhere, covers the fewest controls and never a keep-clear area', () => {
    const everywhere = { x: 0, y: 0, w: 1280, h: 800 };
    const chat = { x: 1100, y: 600, w: 180, h: 200, cost: Number.POSITIVE_INFINITY };
    const bulk = { x: 300, y: 680, w: 680, h: 120, cost: Number.POSITIVE_INFINITY };
    const spot = placeBar({ viewport, bar, preferred: DEFAULT_LAYOUT, current: null, probe: pageWith([everywhere, chat, bulk]) });
    expect(overlaps(spot, chat)).toBe(false);
    expect(overlaps(spot, bulk)).toBe(false);
  });

  it('asks each grid cell at most once, however many positions it searches', () => {
    const asked = new Map<string, number>();
    const probe = (x: number, y: number) => {
      asked.set(`${x},${y}`, (asked.get(`${x},${y}`) ?? 0) + 1);
      return y > 400 ? 1 : 0;
    };
    placeBar({ viewport, bar, preferred: DEFAULT_LAYOUT, current: null, probe });
    expect(Math.max(...asked.values())).toBe(1);
  });
});

describe('the remembered layout', () => {
  it('turns anything stored into a valid layout', () => {
    expect(validLayout(undefined)).toEqual(DEFAULT_LAYOUT);
    expect(validLayout({ x: 0.2, y: 0.1, collapsed: true })).toEqual({ x: 0.2, y: 0.1, collapsed: true });
    expect(validLayout({ x: 7, y: -3, collapsed: 'yes' })).toEqual({ x: 1, y: 0, collapsed: false });
    expect(validLayout({ x: Number.NaN, y: '0.5' })).toEqual(DEFAULT_LAYOUT);
  });
});

describe('HubSpot furniture the bar keeps clear of (tests/fixtures/floating-furniture.html)', () => {
  const html = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/floating-furniture.html'), 'utf8');
  // In a template's inert content: its iframes load nothing.
  const saved = document.createElement('template');
  saved.innerHTML = html.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '');
  const variant = (name: string) => saved.content.querySelector<HTMLElement>(`[data-variant="${name}"]`)!;

  it('finds the bulk-action bar and the chat launcher in either shape', () => {
    for (const name of ['newer', 'older']) {
      expect(queryAll(variant(name), KEEP_CLEAR_SELECTORS.bulkActionBar)).toHaveLength(1);
      expect(queryAll(variant(name), KEEP_CLEAR_SELECTORS.chatLauncher)).toHaveLength(1);
    }
  });

  it('does not take other toolbars or iframes for them', () => {
    expect(queryAll(variant('not-furniture'), KEEP_CLEAR_SELECTORS.bulkActionBar)).toHaveLength(0);
    expect(queryAll(variant('not-furniture'), KEEP_CLEAR_SELECTORS.chatLauncher)).toHaveLength(0);
  });
});
