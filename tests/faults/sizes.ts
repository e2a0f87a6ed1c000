/**
 * How big a fault-matrix row is: `ci` (in `npm test`, tests/e2e/fault-matrix.spec.ts) and `full`
 * (`npm run test:faults`, FAULT_MATRIX=full), and the sandbox portal's speed both run against.
 */
export type SizeName = 'ci' | 'full';

export interface MatrixSize {
  name: SizeName;
  /** Records selected and deleted per row. */
  records: number;
  /** Contacts in the sandbox (the selection is a random subset of them). */
  scale: number;
  /** Real service-worker kills per row during the delete job. */
  kills: number;
  /** Real service-worker kills per row during the undo that follows it. */
  undoKills: number;
  /** Time budget of one row (job, kills and undo), ms. */
  rowBudgetMs: number;
}

export const SIZES: Record<SizeName, MatrixSize> = {
  ci: { name: 'ci', records: 300, scale: 450, kills: 3, undoKills: 2, rowBudgetMs: 90_000 },
  full: { name: 'full', records: 3000, scale: 3600, kills: 20, undoKills: 6, rowBudgetMs: 420_000 },
};

export function sizeFromEnv(): MatrixSize {
  return process.env.FAULT_MATRIX === 'full' ? SIZES.full : SIZES.ci;
}

/**
 * A portal a little faster than HubSpot's Pro limit (400 per 10 s; crm-sweep spends 60 % of it),
 * so a row's job takes seconds, not minutes, and still runs long enough to be killed mid-way.
 */
export const RATE_LIMIT = { max: 400, windowMs: 10_000, searchPerSecond: 20 };
export const DAILY = 100_000; // with crm-sweep's default 10 % reserve: pauses at 10,000 left

/** API calls a kill-free delete job makes: ~12 per batch of 100 (measured against the sandbox), plus setup. */
export const estimatedCalls = (records: number) => 4 + Math.ceil(records / 100) * 12;

/** API calls a kill-free undo makes: read-back, email check, create, links, lists, verify per batch of 100, plus setup. */
export const estimatedUndoCalls = (records: number) => 2 + Math.ceil(records / 100) * 8;
