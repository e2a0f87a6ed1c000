/**
 * Every API call the sandbox answered (or dropped), for tests and benchmarks to count: which
 * endpoints were hit, with which IDs, and with which status. Faulted calls are recorded with their
 * status (0 for a reset connection) and the fault's name. The log keeps the newest `capacity`
 * entries so a long benchmark cannot exhaust memory; `dropped` says how many fell off.
 */
export interface CallLogEntry {
  /** ISO timestamp. */
  at: string;
  atMs: number;
  method: string;
  /** Normalized template, e.g. `POST /crm/v3/objects/{type}/batch/archive` (both spellings). */
  route: string;
  /** The path as requested, query string included. */
  path: string;
  status: number;
  objectType?: string;
  /** Record IDs named in a batch body (inputs[].id, a membership array, gdpr objectId). */
  ids?: string[];
  fault?: 'error' | 'reset' | 'storm429' | 'revoked' | 'latency';
  durationMs?: number;
}

export interface CallFilter {
  route?: string;
  since?: string | number;
  method?: string;
  status?: number;
}

export class CallLog {
  private log: CallLogEntry[] = [];
  dropped = 0;

  constructor(private readonly capacity = 500_000) {}

  record(entry: CallLogEntry): void {
    this.log.push(entry);
    if (this.log.length > this.capacity * 1.1) {
      const excess = this.log.length - this.capacity;
      this.log = this.log.slice(excess);
      this.dropped += excess;
    }
  }

  /** Every entry, oldest first. */
  entries(): readonly CallLogEntry[] {
    return this.log;
  }

  filter(filter: CallFilter = {}): CallLogEntry[] {
    const since = filter.since === undefined ? undefined : typeof filter.since === 'number' ? filter.since : Date.parse(filter.since);
    return this.log.filter(
      (e) =>
        (filter.route === undefined || e.route.includes(filter.route)) &&
        (since === undefined || e.atMs >= since) &&
        (filter.method === undefined || e.method === filter.method.toUpperCase()) &&
        (filter.status === undefined || e.status === filter.status),
    );
  }

  count(filter: CallFilter = {}): number {
    return this.filter(filter).length;
  }

  clear(): void {
    this.log = [];
    this.dropped = 0;
  }
}
