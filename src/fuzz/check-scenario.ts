import type { ExecutionResult } from '../engine/execution-result.js';
import type { MachineOutline } from './machine-outline.js';
import type { NamedProperty } from './properties.js';
import type { Scenario } from './scenario.js';

/** The first property that fails for an execution, and why; `undefined` when all hold. */
export function checkScenario(
  result: ExecutionResult,
  scenario: Scenario,
  properties: readonly NamedProperty[],
  machine: MachineOutline,
): { readonly property: string; readonly reason: string } | undefined {
  for (const property of properties) {
    let verdict;
    try {
      verdict = property.check(result, scenario, machine);
    } catch (e) {
      // a property written with expect(): its assertion error is the reason
      return { property: property.name, reason: e instanceof Error ? e.message : String(e) };
    }
    if (verdict === false) return { property: property.name, reason: 'the property returned false' };
    if (typeof verdict === 'string') return { property: property.name, reason: verdict };
  }
  return undefined;
}
