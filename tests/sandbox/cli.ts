/**
 * Starts the sandbox from a shell:
 *   node --import tsx tests/sandbox/cli.ts --port 8787 [--seed 1] [--scale 200] [--save file.json]
 *        [--rate-max 190] [--rate-window-ms 10000] [--rate-daily 625000] [--search-per-second 5]
 *        [--service-key KEY] [--private-app-token TOKEN]
 * The sandbox issues both kinds of HubSpot credential, each with every scope: a service key and a
 * (legacy) private-app token; the flags choose them (default: stable ones derived from seed and portal).
 * Prints SANDBOX_URL=…, SANDBOX_SERVICE_KEY=…, SANDBOX_TOKEN=… (the private-app token) and
 * SANDBOX_PORTAL=… (one per line) only once the server
 * answers, so a parent process can wait for those lines. Exits cleanly on SIGINT / SIGTERM
 * (writing the save file first when --save is given).
 */
import { parseArgs } from 'node:util';
import { startSandbox, type SandboxOptions } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    seed: { type: 'string' },
    scale: { type: 'string' },
    save: { type: 'string' },
    'portal-id': { type: 'string' },
    'rate-max': { type: 'string' },
    'rate-window-ms': { type: 'string' },
    'rate-daily': { type: 'string' },
    'search-per-second': { type: 'string' },
    'service-key': { type: 'string' },
    'private-app-token': { type: 'string' },
  },
  strict: true,
});

const num = (name: keyof typeof values): number | undefined => {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) {
    console.error(`--${name} must be a non-negative number, got ${String(raw)}`);
    process.exit(2);
  }
  return n;
};

const options: SandboxOptions = {
  port: num('port'),
  seed: num('seed'),
  scale: num('scale'),
  portalId: num('portal-id'),
  savePath: values.save,
  serviceKey: values['service-key'],
  token: values['private-app-token'],
  rateLimit: { max: num('rate-max'), windowMs: num('rate-window-ms'), daily: num('rate-daily'), searchPerSecond: num('search-per-second') },
};

const startedAt = Date.now();
const sandbox = await startSandbox(options);
// Only announce once the server really answers.
const health = await fetch(`${sandbox.url}/__sandbox/health`);
if (!health.ok) throw new Error(`sandbox health check failed: ${health.status}`);
console.log(`SANDBOX_URL=${sandbox.url}`);
console.log(`SANDBOX_SERVICE_KEY=${sandbox.serviceKey}`);
console.log(`SANDBOX_TOKEN=${sandbox.token}`);
console.log(`SANDBOX_PORTAL=${sandbox.portalId}`);
console.error(`sandbox ready in ${Date.now() - startedAt} ms (scale ${options.scale ?? 200}, seed ${options.seed ?? 1})`);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.error(`sandbox: ${signal}, shutting down`);
  sandbox.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
