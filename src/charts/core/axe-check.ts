// Browser tests only (never imported by the elements): run axe-core on a rendered chart.
import 'axe-core/axe.min.js';

interface AxeResult {
  readonly violations: readonly { readonly id: string; readonly help: string }[];
}
type Axe = { run: (context: Element, options?: object) => Promise<AxeResult> };

/** "id: help" for every axe-core violation inside `element` (shadow DOM included); [] when clean. */
export async function axeViolations(element: Element): Promise<string[]> {
  const axe = (window as unknown as { axe: Axe }).axe;
  const result = await axe.run(element);
  return result.violations.map((v) => `${v.id}: ${v.help}`);
}
