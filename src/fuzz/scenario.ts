import fc from 'fast-check';
import type { Json } from '../asl/json.js';
import { StatesError } from '../asl/states-error.js';
import type { ExecutionObserver, RunOptions, StateMachineOptions, TaskHandler, TaskRequest } from '../engine/options.js';
import type { ExecutionResult } from '../engine/execution-result.js';
import { StateMachine } from '../engine/state-machine.js';
import { afterSeconds } from '../index.js';
import { failurePlan, type FailurePlan, type FailurePlanOptions } from './arbitraries/failure-plan.js';
import { definitionOf, outlineMachine, type FuzzTarget } from './machine-outline.js';

/** One fuzz case: the execution input and how every Task answers. Plain JSON: it prints and replays. */
export interface Scenario {
  readonly input: Json;
  readonly plan: FailurePlan;
}

/** What a successful call returns (the task result as the state receives it): a value, or a function of the request. */
export type TaskResult = Json | ((request: TaskRequest) => Json);

/** How a scenario's successful calls answer and how its machine is set up. */
export interface ScenarioOptions {
  /** Results of successful calls by Task state name. @defaultValue `defaultResult` */
  readonly results?: Readonly<Record<string, TaskResult>>;
  /**
   * What a successful call of a state without an entry in `results` returns: `'passthrough'` gives the
   * task its own effective input back (as `unmockedTasks: 'passthrough'` does), so data flows on to
   * later Choice rules; or a fixed value.
   * @defaultValue `'passthrough'`
   */
  readonly defaultResult?: 'passthrough' | Json;
  /** Options for the machine (type, name, limits…); its mocks are the plan's. @defaultValue `{}` */
  readonly machineOptions?: Omit<StateMachineOptions, 'mocks' | 'taskHandlers' | 'mockConfig'>;
}

/**
 * An arbitrary of scenarios: an input (from `input`, `{}` by default) and a failure plan.
 * @example
 * import { scenarios, inputFromSchema } from 'sfn-sim/fuzz';
 * const cases = scenarios(machine, inputFromSchema(schema), { errors: 'all' });
 */
export function scenarios(
  machine: FuzzTarget,
  input: fc.Arbitrary<Json> = fc.constant({}),
  options: FailurePlanOptions = {},
): fc.Arbitrary<Scenario> {
  return fc.record({ input, plan: failurePlan(machine, options) });
}

/**
 * Runs scenarios on one compiled machine: the Task handlers read the scenario being run, so the
 * definition is validated and compiled once for every run.
 */
export class ScenarioRunner {
  private current: FailurePlan = {};
  private readonly machine: StateMachine;

  constructor(target: FuzzTarget, options: ScenarioOptions = {}) {
    const outline = outlineMachine(target);
    const handlers: Record<string, TaskHandler> = {};
    for (const task of outline.tasks) handlers[task.name] = this.handler(task.name, options);
    this.machine = new StateMachine(definitionOf(target), { ...options.machineOptions, taskHandlers: handlers });
  }

  /** Runs one scenario (seed 0 unless given, so the same scenario gives the same execution). */
  async run(scenario: Scenario, observer?: ExecutionObserver, runOptions: RunOptions = {}): Promise<ExecutionResult> {
    this.current = scenario.plan;
    const options = observer === undefined ? runOptions : { ...runOptions, observer };
    return this.machine.run(scenario.input, options);
  }

  private handler(state: string, options: ScenarioOptions): TaskHandler {
    const given = options.results?.[state];
    const fallback = options.defaultResult ?? 'passthrough';
    const result: (request: TaskRequest) => Json =
      given === undefined
        ? fallback === 'passthrough'
          ? (request) => request.input
          : () => fallback
        : typeof given === 'function'
          ? given
          : () => given;
    return (request) => {
      const planned = this.current[state]?.[request.invocation];
      if (planned === undefined) return result(request);
      if (planned.outcome === 'throw') throw new StatesError(planned.error, null);
      const seconds = planned.afterSeconds ?? 0;
      return seconds > 0 ? afterSeconds(seconds, result(request)) : result(request);
    };
  }
}

const runners = new WeakMap<object, ScenarioRunner>();

/**
 * Runs one scenario on a state machine (its definition; the machine's own mocks are replaced by the
 * plan) and returns the execution result. For `@fast-check/vitest`'s `test.prop`.
 * @example
 * import { test } from '@fast-check/vitest';
 * import { failurePlan, inputFromSchema, runScenario } from 'sfn-sim/fuzz';
 * test.prop([inputFromSchema(schema), failurePlan(machine)])('never fails unhandled', async (input, plan) => {
 *   const result = await runScenario(machine, { input, plan });
 *   expect(['SUCCEEDED', 'FAILED']).toContain(result.status);
 * });
 */
export async function runScenario(machine: FuzzTarget, scenario: Scenario, options?: ScenarioOptions): Promise<ExecutionResult> {
  const definition = definitionOf(machine);
  let runner = options === undefined ? runners.get(definition) : undefined;
  if (runner === undefined) {
    runner = new ScenarioRunner(definition, options);
    if (options === undefined) runners.set(definition, runner);
  }
  return runner.run(scenario);
}
