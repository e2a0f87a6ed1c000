import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/**
 * axe-core (Deque's accessibility engine: rules we did not write) run inside a page. Injected
 * with `page.evaluate`, which extension pages' CSP does not block, and run for WCAG 2.0/2.1 A and
 * AA only. `include` limits it to crm-sweep's own nodes on a HubSpot page: the overlay host (axe
 * walks its open shadow root with it) and every `[data-crmx]` element — HubSpot's markup is not
 * ours to fix.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/**
 * Rules axe keeps out of the WCAG tags that the audit ran too: label-in-name (WCAG 2.5.3;
 * axe marks it experimental), and for whole pages one level-one heading and everything inside a
 * landmark (best practices behind WCAG 1.3.1 and 2.4.1).
 */
const ALSO_ON_OUR_NODES = ['label-content-name-mismatch', 'region'];
const ALSO_ON_PAGES = [...ALSO_ON_OUR_NODES, 'page-has-heading-one'];
/** crm-sweep's nodes on a HubSpot page. */
export const OUR_NODES = ['crm-sweep-overlay', '[data-crmx]'];

export interface AxeFinding {
  id: string;
  help: string;
  nodes: { target: unknown; summary?: string }[];
}

export interface AxeReport {
  violations: AxeFinding[];
  /** Targets axe checked and found fine: proof that it looked where we asked (shadow root included). */
  passedTargets: string[];
}

export async function runAxe(page: Page, include?: string[]): Promise<AxeReport> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ include, tags, also }) => {
      const axe = (globalThis as any).axe;
      const context = include ? { include: include.filter((s) => document.querySelector(s)).map((s) => [s]) } : document;
      const options = { resultTypes: ['violations', 'passes'] };
      const result = await axe.run(context, { ...options, runOnly: { type: 'tag', values: tags } });
      const extra = await axe.run(context, { ...options, runOnly: { type: 'rule', values: also } });
      result.violations.push(...extra.violations);
      result.passes.push(...extra.passes);
      const brief = (v: any) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n: any) => ({ target: n.target, summary: n.failureSummary })),
      });
      return {
        violations: result.violations.map(brief),
        passedTargets: result.passes.flatMap((v: any) => v.nodes.map((n: any) => JSON.stringify(n.target))),
      };
    },
    { include, tags: WCAG_21_AA, also: include ? ALSO_ON_OUR_NODES : ALSO_ON_PAGES },
  );
}
