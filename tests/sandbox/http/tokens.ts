/**
 * Bearer tokens and their scopes (HUBSPOT.md §2, §7). Each token belongs to an app; the ten-secondly
 * rate limit is counted per app. Two kinds, as HubSpot issues them: private-app tokens (legacy) and
 * service keys. The default private-app token looks like one but can never be mistaken for a real
 * one (`pat-sandbox-…`, not `pat-na1-…` / `pat-eu1-…`); the default service key is `sk-sandbox-…`.
 * Only private-app tokens are described by access-token-info (routes/account.ts).
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Every scope the sandbox checks, granted to the default token. */
export const ALL_SCOPES: readonly string[] = [
  'crm.objects.contacts.read',
  'crm.objects.contacts.write',
  'crm.objects.companies.read',
  'crm.objects.companies.write',
  'crm.objects.deals.read',
  'crm.objects.deals.write',
  'tickets',
  'crm.objects.custom.read',
  'crm.objects.custom.write',
  'crm.lists.read',
  'crm.lists.write',
  'crm.schemas.contacts.read',
  'crm.schemas.companies.read',
  'crm.schemas.deals.read',
  'crm.schemas.custom.read',
  'crm.objects.owners.read',
  'e-commerce',
  'oauth',
];

export type TokenKind = 'privateApp' | 'serviceKey';

export interface TokenInfo {
  token: string;
  kind: TokenKind;
  scopes: ReadonlySet<string>;
  appId: number;
  userId: number;
}

/** A stable token per seed and portal, so a demo's token survives restarts. */
export function defaultToken(seed: number, portalId: number): string {
  return `pat-sandbox-${createHash('sha256').update(`crm-sweep-sandbox:${seed}:${portalId}`).digest('hex').slice(0, 32)}`;
}

/** A stable service key per seed and portal. */
export function defaultServiceKey(seed: number, portalId: number): string {
  return `sk-sandbox-${createHash('sha256').update(`crm-sweep-sandbox-service-key:${seed}:${portalId}`).digest('hex').slice(0, 32)}`;
}

/** What a token looks like it is: `pat-…` is a private-app token, anything else a service key. */
export function kindOfToken(token: string): TokenKind {
  return token.startsWith('pat-') ? 'privateApp' : 'serviceKey';
}

export class TokenRegistry {
  private readonly tokens = new Map<string, TokenInfo>();
  private nextAppId = 3_000_001;

  add(token: string, scopes: readonly string[], kind: TokenKind = kindOfToken(token)): TokenInfo {
    const info: TokenInfo = { token, kind, scopes: new Set(scopes), appId: this.nextAppId++, userId: 7_000_001 };
    this.tokens.set(token, info);
    return info;
  }

  get(token: string | undefined): TokenInfo | undefined {
    return token === undefined ? undefined : this.tokens.get(token);
  }
}

export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/** The first requirement group the token satisfies none of, or null when all are met. */
export function missingScopes(token: TokenInfo, requirement: readonly (readonly string[])[]): readonly string[] | null {
  for (const anyOf of requirement) {
    if (!anyOf.some((scope) => token.scopes.has(scope))) return anyOf;
  }
  return null;
}
