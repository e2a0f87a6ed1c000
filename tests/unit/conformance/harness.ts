/**
 * The extension's own client (lib/hubspot/api) against a live sandbox, with every exchange
 * recorded: request path and body, response status and body. Conformance tests check both sides
 * against HubSpot's official models (model-check.ts).
 */
import { expect } from 'vitest';
import { createHubSpotApi, type HubSpotApi } from '@/lib/hubspot/api/client';
import type { HttpConfig } from '@/lib/hubspot/api/http';
import type { Sandbox, SandboxOptions } from '../../sandbox/server';
import { clientFor, openSandbox, type Client } from '../sandbox/client';
import { type CodegenModule, conformanceProblems } from './model-check';

export interface Exchange {
  method: string;
  path: string;
  requestBody: unknown;
  status: number;
  responseBody: unknown;
}

/** No pacing: the sandbox runs unthrottled here (the governor is not under test). */
const freeGovernor = { acquire: async () => ({ release: () => undefined }) } as unknown as HttpConfig['governor'];

export interface Harness {
  sandbox: Sandbox;
  api: HubSpotApi;
  raw: Client;
  exchanges: Exchange[];
  /** The last exchange whose path contains `part`. */
  last(part: string): Exchange;
}

export async function openHarness(options: SandboxOptions = {}): Promise<Harness> {
  // Every route refuses bodies missing model-required fields, so the client must send them.
  const { sandbox } = await openSandbox({ seed: 5, ...options, faults: { strictBodies: true, ...options.faults } });
  const exchanges: Exchange[] = [];
  const recording: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const text = await response.clone().text();
    const url = new URL(String(input));
    exchanges.push({
      method: init?.method ?? 'GET',
      path: url.pathname + url.search,
      requestBody: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      status: response.status,
      responseBody: text === '' ? undefined : JSON.parse(text),
    });
    return response;
  };
  const api = createHubSpotApi({ apiBase: sandbox.url, token: sandbox.token, governor: freeGovernor, fetch: recording, baseBackoffMs: 1 });
  const last = (part: string) => {
    const found = exchanges.filter((e) => e.path.includes(part)).at(-1);
    if (!found) throw new Error(`No call to ${part}`);
    return found;
  };
  return { sandbox, api, raw: clientFor(sandbox), exchanges, last };
}

/** Asserts `body` conforms to official model `type` (every required field, right JS types, recursively). */
export function expectModel(module: CodegenModule, type: string, body: unknown, label = type): void {
  expect(conformanceProblems(module, type, body), label).toEqual([]);
}
