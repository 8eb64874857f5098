/**
 * axe-core in the end-to-end tests: `expectNoSeriousA11yViolations(page, 'board, day view')` runs
 * axe on what the page shows now and fails with a readable list of the serious and critical
 * violations (rule, impact, the elements' selectors, help).
 *
 * The page's CSP allows only the console's own scripts, so a `<script>` tag with axe's source
 * would be refused. `page.evaluate` of the source runs it through the DevTools protocol, which the
 * page's CSP does not govern, and axe itself needs no eval; so the test sees the page under its
 * real CSP (no `bypassCSP`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

type AxeNode = { target: unknown[]; failureSummary?: string };
export type AxeViolation = { id: string; impact: string | null; help: string; helpUrl: string; nodes: AxeNode[] };

const require = createRequire(import.meta.url);
let source: string | undefined;
const axeSource = () => (source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));

const BLOCKING = new Set(['serious', 'critical']);

/**
 * The serious and critical violations axe finds on the page as it is now, plus those of the rules
 * in `anyImpact` whatever their impact (axe rates "content outside landmarks" as moderate).
 */
export async function seriousA11yViolations(page: Page, anyImpact: readonly string[] = [], within: readonly string[] = []): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  const all = await page.evaluate(async (selectors) => {
    type Axe = { getRules(tags: string[]): { ruleId: string }[]; run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    // Experimental rules too: label-content-name-mismatch (a name that omits the visible text) is one.
    const rules = Object.fromEntries(axe.getRules(['experimental']).map((r) => [r.ruleId, { enabled: true }]));
    // `within`: only these parts of the page (each selector's elements), else the whole document.
    const context = selectors.length > 0 ? { include: selectors.map((s) => [s]) } : document;
    const result = await axe.run(context, { resultTypes: ['violations'], rules });
    return result.violations;
  }, [...within]);
  return (all as AxeViolation[]).filter((v) => anyImpact.includes(v.id) || (v.impact !== null && BLOCKING.has(v.impact)));
}

/** One line per element: `rule (impact) at selector: help`. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `- ${v.id} (${v.impact}) at ${n.target.map(String).join(' > ')}: ${v.help}${n.failureSummary ? `\n    ${n.failureSummary.replace(/\n/g, '\n    ')}` : ''}`))
    .join('\n');
}

/** Fails the test with the list when axe finds any serious or critical violation on `screen`. */
export async function expectNoSeriousA11yViolations(page: Page, screen: string, anyImpact: readonly string[] = [], within: readonly string[] = []): Promise<void> {
  const violations = await seriousA11yViolations(page, anyImpact, within);
  const elements = violations.reduce((n, v) => n + v.nodes.length, 0);
  expect.soft(violations.length, `${screen}: ${violations.length} rule(s) violated on ${elements} element(s)\n${describeViolations(violations)}`).toBe(0);
}
