/**
 * Hashed, unstable class names, like the styled-components/CSS-module names HubSpot ships
 * ("x7fa3k"). HubSpot changes them with every deploy (HUBSPOT.md §6: "never select by class"), so
 * the sandbox changes them with every start: the seed is random per process unless
 * SANDBOX_UI_CLASS_SEED pins it (for comparing screenshots). Nothing may depend on these names —
 * not the extension, not our own tests, not the inline scripts (they receive the map as data).
 */
import { randomBytes } from 'node:crypto';

const seed = process.env.SANDBOX_UI_CLASS_SEED ?? randomBytes(4).toString('hex');
const cache = new Map<string, string>();

/** FNV-1a over seed + name, written in base 36 and prefixed with a letter so it is a valid class. */
function hashName(name: string): string {
  let h = 0x811c9dc5;
  const input = `${seed}:${name}`;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const letter = String.fromCharCode(97 + (h % 26));
  return letter + (h >>> 5).toString(36).padStart(6, '0').slice(-6);
}

/** The hashed class for a logical name: `cx('card')` → "k3f9a0b". Stable within one process. */
export function cx(name: string): string {
  let hashed = cache.get(name);
  if (hashed === undefined) {
    hashed = hashName(name);
    cache.set(name, hashed);
  }
  return hashed;
}

/** `class="…"` for one or more logical names. */
export function cls(...names: string[]): string {
  return `class="${names.map(cx).join(' ')}"`;
}

/** The map of logical → hashed names that an inline script needs to build its own nodes. */
export function classMap(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, cx(n)]));
}
