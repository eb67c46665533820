import type { Json } from '../asl/json.js';
import type { ExecutionResult } from '../engine/execution-result.js';
import type { MockResponse } from '../services/mocks/types.js';
import type { Scenario, ScenarioOptions } from './scenario.js';

/** A scenario as the `mocks` option of `StateMachine` (with `unmockedTasks: 'passthrough'` for the states it leaves out). */
export interface ScenarioMocks {
  readonly mocks: Readonly<Record<string, readonly MockResponse[]>>;
  /** True when some called Task is left out and needs `unmockedTasks: 'passthrough'`. */
  readonly passthrough: boolean;
}

/**
 * The mocks that replay a scenario's execution exactly: one response per call the execution made, for
 * each Task state whose calls the plan changed (or whose result is not its input). Built from the
 * calls the execution recorded, so it lists only the calls that happened.
 * @example
 * const { mocks } = scenarioMocks(scenario, result);
 * new StateMachine(definition, { mocks, unmockedTasks: 'passthrough' }).run(scenario.input);
 */
export function scenarioMocks(scenario: Scenario, result: ExecutionResult, options: ScenarioOptions = {}): ScenarioMocks {
  const byState = new Map<string, MockResponse[]>();
  const changed = new Set<string>();
  const fixedResults = options.defaultResult !== undefined && options.defaultResult !== 'passthrough';
  let passthrough = false;
  for (const call of result.calls) {
    const planned = scenario.plan[call.stateName]?.[call.invocation];
    let response: MockResponse;
    if (call.outcome === 'failed') response = { throws: { error: call.error ?? 'States.TaskFailed' } };
    else if (call.outcome === 'timedOut') response = { raw: {}, afterSeconds: afterOf(planned) };
    else {
      const seconds = afterOf(planned);
      response = seconds > 0 ? { raw: call.result as Json, afterSeconds: seconds } : { raw: call.result as Json };
    }
    if (planned !== undefined && (planned.outcome === 'throw' || afterOf(planned) > 0)) changed.add(call.stateName);
    if (fixedResults || options.results?.[call.stateName] !== undefined) changed.add(call.stateName);
    const list = byState.get(call.stateName) ?? [];
    list.push(response);
    byState.set(call.stateName, list);
  }
  const mocks: Record<string, readonly MockResponse[]> = {};
  for (const [state, list] of byState) {
    if (changed.has(state)) mocks[state] = list;
    else passthrough = true;
  }
  return { mocks, passthrough };
}

function afterOf(planned: Scenario['plan'][string][number] | undefined): number {
  return planned?.outcome === 'succeed' ? (planned.afterSeconds ?? 0) : 0;
}
