/**
 * Where the action bar goes: the free spot nearest the user's preferred one. Pure geometry over a
 * grid of probes (bar-obstacles.ts answers "is there something to click here?"), so it is tested
 * without a browser. The viewport is a grid of 16 px cells, each asked once per placement however
 * many candidate positions cover it; the current spot is kept while it stays free (no wandering),
 * then the preferred one, then the free position nearest to it.
 */
export interface Size {
  width: number;
  height: number;
}
export interface Spot {
  left: number;
  top: number;
}
export interface PlacementInput {
  viewport: Size;
  bar: Size;
  /** Preferred centre, as fractions of the viewport (bar-layout-store.ts). */
  preferred: { x: number; y: number };
  /** Where the bar is now, kept when still free so it does not wander. */
  current: Spot | null;
  /** Cost of covering the cell around (x, y): 0 free, 1 a control, Infinity never (keep-clear). */
  probe(x: number, y: number): number;
}

export const GRID = 16;
/** Distance kept from the viewport's edges. */
export const EDGE = 16;

/** The bar's top-left for a preferred centre, kept inside the viewport. */
export function preferredSpot(viewport: Size, bar: Size, preferred: { x: number; y: number }): Spot {
  const clamp = (v: number, max: number) => Math.max(EDGE, Math.min(v, Math.max(EDGE, max)));
  return {
    left: Math.round(clamp(preferred.x * viewport.width - bar.width / 2, viewport.width - bar.width - EDGE)),
    top: Math.round(clamp(preferred.y * viewport.height - bar.height / 2, viewport.height - bar.height - EDGE)),
  };
}

export function placeBar(input: PlacementInput): Spot {
  const { viewport, bar } = input;
  const cols = Math.ceil(viewport.width / GRID);
  const rows = Math.ceil(viewport.height / GRID);
  const cells = new Float64Array(cols * rows).fill(Number.NaN);
  const cell = (c: number, r: number): number => {
    const at = r * cols + c;
    let v = cells[at]!;
    if (Number.isNaN(v)) {
      v = input.probe(Math.min(c * GRID + GRID / 2, viewport.width - 1), Math.min(r * GRID + GRID / 2, viewport.height - 1));
      cells[at] = v;
    }
    return v;
  };
  /** Sum of the cells a rectangle touches (a 4 px margin around the bar counts too). */
  const costAt = (spot: Spot): number => {
    const c0 = Math.max(0, Math.floor((spot.left - 4) / GRID));
    const c1 = Math.min(cols - 1, Math.floor((spot.left + bar.width + 4) / GRID));
    const r0 = Math.max(0, Math.floor((spot.top - 4) / GRID));
    const r1 = Math.min(rows - 1, Math.floor((spot.top + bar.height + 4) / GRID));
    let sum = 0;
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) sum += cell(c, r);
    return sum;
  };
  const wanted = preferredSpot(viewport, bar, input.preferred);
  const fits = (s: Spot) => s.left >= 0 && s.top >= 0 && s.left + bar.width <= viewport.width && s.top + bar.height <= viewport.height;
  if (input.current && fits(input.current) && costAt(input.current) === 0) return input.current;
  if (costAt(wanted) === 0) return wanted;
  // Every position on the grid, nearest to the preferred spot first; the first free one wins,
  // else the cheapest that covers no keep-clear area, else the preferred spot.
  const candidates: Array<Spot & { distance: number }> = [];
  for (let top = EDGE; top + bar.height + EDGE <= viewport.height; top += GRID / 2)
    for (let left = EDGE; left + bar.width + EDGE <= viewport.width; left += GRID)
      candidates.push({ left, top, distance: Math.hypot(left - wanted.left, (top - wanted.top) * 1.5) });
  candidates.sort((a, b) => a.distance - b.distance);
  let best: Spot | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const cost = costAt(c);
    if (cost === 0) return { left: c.left, top: c.top };
    if (cost < bestCost) {
      bestCost = cost;
      best = { left: c.left, top: c.top };
    }
  }
  return best ?? wanted;
}
