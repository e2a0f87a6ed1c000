import type { Sandbox } from '../../sandbox/server';

export interface LoggedCall {
  at: number;
  route: string;
  status: number;
  ids: string[];
}

/** The sandbox's record of every API call, in the shape these tests assert on. */
export function loggedCalls(sandbox: Sandbox): LoggedCall[] {
  return sandbox.calls.entries().map((c) => ({ at: c.atMs, route: c.route, status: c.status, ids: c.ids ?? [] }));
}

export const callsTo = (sandbox: Sandbox, fragment: string) => loggedCalls(sandbox).filter((c) => c.route.includes(fragment));

/** Archive calls HubSpot accepted. */
export const archiveCalls = (sandbox: Sandbox) => callsTo(sandbox, 'batch/archive').filter((c) => c.status === 204);
