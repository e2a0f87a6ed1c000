/**
 * Real MV3 service-worker kills at seeded points of a job's run. The clock is the API calls the
 * sandbox received since the phase (the delete job, then its undo) started, so kills land at the
 * same places whatever the machine's speed. Every kill is confirmed by a fresh worker's boot time
 * (`workerStartedAt`) after a wake-up message from the extension page; one kill runs at a time.
 *
 * Some kills wait for a write request (archive during the delete, create during the undo) and fire
 * when it ARRIVES; the sandbox then holds that request for 500 ms before carrying it out: the
 * worker dies with its batch in `archiving` while HubSpot still does the write — the "did it reach
 * HubSpot?" case a restart must settle (re-send an archive; adopt, never repeat, a create).
 */
import type { Page } from '@playwright/test';
import type { LoadedExtension } from '../support/extension';
import type { CallLogEntry, Sandbox } from '../sandbox/server';
import type { Prng } from '../sandbox/prng';
import { killServiceWorker, sendFrom, workerStartedAt } from '../e2e/extension-pages';
import { sleep } from './job-control';

/** How long the sandbox holds a write a kill waited for before carrying it out. */
const HOLD_MS = 500;
/** The longest close() waits for held writes to land (they land ~HOLD_MS after they arrived). */
const HELD_LANDING_TIMEOUT_MS = 10_000;

interface HeldWrite {
  template: string;
  heldAt: number;
  landed: () => void;
}

export interface KillPlan {
  /** Fires once this many API calls were received since the phase started… */
  atCall: number;
  /** …at the next write request (or three estimates of calls later if none comes), or at once. */
  waitForWrite: boolean;
}

/** Seeded kill points spread over a phase's run (its estimated API calls), in order. */
export function planKills(count: number, estimate: number, rng: Prng, window?: [number, number]): KillPlan[] {
  const [from, to] = window ?? [0.05, 0.85];
  // A row with its own window wants its kills inside it: none waits for a later write request.
  const writeKills = window === undefined;
  const plans: KillPlan[] = [];
  for (let i = 0; i < count; i++) {
    plans.push({ atCall: Math.round(estimate * (from + (to - from) * rng.next())), waitForWrite: writeKills && rng.chance(1 / 3) });
  }
  if (writeKills && count > 0 && !plans.some((p) => p.waitForWrite)) plans[rng.int(0, count - 1)]!.waitForWrite = true;
  return plans.sort((a, b) => a.atCall - b.atCall);
}

export interface KillPhase {
  plans: KillPlan[];
  estimate: number;
  /** The write a `waitForWrite` kill waits for, e.g. "archive" (matched in the route template). */
  write: { name: string; matches(template: string): boolean };
  /** Fault changes at fractions of the estimate (the delete's rows). */
  faults?: { fraction: number; apply(): void }[];
  onKill(label: string, where: string, killedAt: number): void;
  onRestart(restarted: boolean, label: string): void;
}

export class KillScheduler {
  private killing: Promise<void> | null = null;
  private callIndex = 0;
  private phaseStart = Number.MAX_SAFE_INTEGER;
  private lastCall = '(none)';
  private phase: KillPhase | null = null;
  private faults: NonNullable<KillPhase['faults']> = [];
  private nextKill = 0;
  private held = false;
  private armedSince: number | null = null;
  /** Writes held by onRequest that the sandbox has not carried out yet, and their landings. */
  private readonly heldWrites = new Set<HeldWrite>();
  private landings: Promise<void>[] = [];

  constructor(
    private readonly sandbox: Sandbox,
    private readonly extension: LoadedExtension,
    private readonly page: Page,
    private lastBoot: number,
    private readonly hooks: { onArchiveCall(entry: CallLogEntry): void; onError(message: string): void },
  ) {}

  /** Every API call the sandbox records passes here first (same process). Returns the undo. */
  install(): () => void {
    const { calls, faults } = this.sandbox;
    const record = calls.record.bind(calls);
    calls.record = (entry: CallLogEntry) => {
      record(entry);
      this.onLanded(entry);
      this.onCall(entry);
    };
    const latency = faults.latency.bind(faults);
    faults.latency = (template: string) => latency(template) + this.onRequest(template);
    return () => {
      calls.record = record;
      faults.latency = latency;
    };
  }

  /** Starts a phase's clock now. */
  open(phase: KillPhase): void {
    this.phase = phase;
    this.faults = [...(phase.faults ?? [])].sort((a, b) => a.fraction - b.fraction);
    this.phaseStart = this.callIndex;
    this.nextKill = 0;
    this.armedSince = null;
    this.held = false;
  }

  /**
   * Ends the phase once its last kill is done and the writes it held have landed: a held archive
   * carried out during the next phase would undo that phase's work (the exact undo's restore).
   * Returns how many planned kills were not reached.
   */
  async close(): Promise<number> {
    const phase = this.phase;
    this.phase = null;
    await this.idle();
    const landings = this.landings;
    this.landings = [];
    await Promise.race([Promise.all(landings), sleep(HELD_LANDING_TIMEOUT_MS)]);
    return phase ? phase.plans.length - this.nextKill : 0;
  }

  idle(): Promise<void> {
    return this.killing ?? Promise.resolve();
  }

  get busy(): boolean {
    return this.killing !== null;
  }

  callsSinceStart(): number {
    return Math.max(0, this.callIndex - this.phaseStart);
  }

  hold(hold: boolean): void {
    this.held = hold;
  }

  /** Drops the phase's kills not fired yet; returns how many. */
  dropRemaining(): number {
    const dropped = (this.phase?.plans.length ?? 0) - this.nextKill;
    this.nextKill = this.phase?.plans.length ?? 0;
    return dropped;
  }

  private onCall(entry: CallLogEntry): void {
    this.callIndex++;
    if (entry.route.includes('batch/archive')) this.hooks.onArchiveCall(entry);
    this.lastCall = `${entry.route.replace(/^(GET|POST|PUT|DELETE|PATCH) \/crm\/v\d\//, '').replace(/\{[^}]+\}\/?/g, '')}${entry.route.includes('batch/read') && entry.path.includes('archived=true') ? ' (verify)' : ''} ${entry.status}`;
    const phase = this.phase;
    const since = this.callIndex - this.phaseStart;
    if (since < 0 || !phase) return;
    while (this.faults.length > 0 && since >= this.faults[0]!.fraction * phase.estimate) this.faults.shift()!.apply();
    if (this.held) return;
    const plan = phase.plans[this.nextKill];
    if (!plan || this.killing || since < plan.atCall) return;
    this.armedSince ??= since;
    // A write kill waits for the next write request (see onRequest), three estimates at most.
    if (plan.waitForWrite && since < this.armedSince + 3 * phase.estimate) return;
    this.nextKill++;
    this.armedSince = null;
    void this.kill(
      plan.waitForWrite
        ? `no ${phase.write.name} request within ${3 * phase.estimate} calls of call ${plan.atCall}`
        : `at call ${since}, planned ${plan.atCall}`,
    );
  }

  /** Extra latency for a request as it arrives: 500 ms for a write a kill was waiting for. */
  private onRequest(template: string): number {
    const phase = this.phase;
    const plan = phase?.plans[this.nextKill];
    const since = this.callIndex - this.phaseStart;
    if (!phase || this.held || !plan?.waitForWrite || this.killing || since < 0 || since < plan.atCall || !phase.write.matches(template))
      return 0;
    this.nextKill++;
    this.armedSince = null;
    this.lastCall = `${phase.write.name} request in flight`;
    void this.kill(`${phase.write.name} request in flight`);
    const heldAt = Date.now();
    this.landings.push(new Promise((landed) => this.heldWrites.add({ template, heldAt, landed })));
    return HOLD_MS;
  }

  /** A held write is carried out when the sandbox records it: arrived before it was held, held its time. */
  private onLanded(entry: CallLogEntry): void {
    for (const held of this.heldWrites) {
      if (entry.route !== held.template || entry.atMs > held.heldAt || (entry.durationMs ?? 0) < HOLD_MS) continue;
      this.heldWrites.delete(held);
      held.landed();
      return;
    }
  }

  /** Kills the worker now and waits until a fresh one has started (kills queue up, one at a time). */
  kill(label: string): Promise<void> {
    const phase = this.phase;
    const run = async () => {
      const killedAt = Date.now();
      const where = this.lastCall;
      await killServiceWorker(this.extension.context, this.extension.extensionId);
      phase?.onKill(label, where, killedAt);
      // Wake it as the popup would: any message. The first ones may hit the dying worker.
      let restarted = false;
      const until = Date.now() + 20_000;
      while (Date.now() < until) {
        const reply = await sendFrom(this.page, 'settings/get', {}).catch(() => null);
        const boot = reply?.ok ? await workerStartedAt(this.page) : undefined;
        if (boot !== undefined && boot >= killedAt && boot !== this.lastBoot) {
          this.lastBoot = boot;
          restarted = true;
          break;
        }
        await sleep(50);
      }
      phase?.onRestart(restarted, label);
    };
    const next: Promise<void> = (this.killing ?? Promise.resolve()).then(run).catch((error: unknown) => {
      this.hooks.onError(`kill "${label}" failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    this.killing = next;
    void next.then(() => {
      if (this.killing === next) this.killing = null;
    });
    return next;
  }
}
