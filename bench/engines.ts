import { describeError, loadSimEngine, type SimStateMachineOptions } from '../scripts/conformance/sim-engine.js';
import type { MockOutcome } from './mock-config.js';
import { installPromiseWithResolvers } from './promise-with-resolvers.js';
import type { PreparedScenario } from './scenarios.js';

/** What one run gave back. */
export interface EngineRunOutcome {
  readonly output: unknown;
  /** transitions the engine reports for the run; `null` when it reports none */
  readonly transitions: number | null;
}

/** An engine with one scenario's state machine constructed. */
export interface PreparedEngine {
  /** Runs once; throws when the execution does not succeed. */
  run(input: unknown): Promise<EngineRunOutcome>;
}

export interface BenchEngine {
  readonly name: string;
  /** Constructs the scenario's state machine (once per scenario). */
  prepare(scenario: PreparedScenario): PreparedEngine;
  /** Whether its Retry backoff sleeps in real time (then the warm-up run is skipped for such scenarios). */
  readonly sleepsInRealTime: boolean;
  /**
   * When the engine runs the scenario with AWS quotas lifted: what one run with the quotas in
   * force gives (`null` when it succeeds within them). Not timed.
   */
  quotaNote?(scenario: PreparedScenario): Promise<string | null>;
}

/** The engine could not be loaded at all. */
export interface UnavailableEngine {
  readonly name: string;
  readonly unavailable: string;
}

/**
 * The scenario's mocked Tasks as plain handlers: each counts its invocations within a run and
 * answers from the mock file; `reset()` starts a new run. Both engines get exactly this behaviour,
 * only the way a failure is thrown differs (`fail`).
 */
function mockedTasks(
  scenario: PreparedScenario,
  fail: (error: string, cause: string) => Error,
): { handlers: Record<string, () => unknown>; reset: () => void } {
  const counters = new Map<string, number>();
  const handlers: Record<string, () => unknown> = {};
  for (const [stateName, respond] of Object.entries(scenario.taskMocks)) {
    handlers[stateName] = () => {
      const invocation = counters.get(stateName) ?? 0;
      counters.set(stateName, invocation + 1);
      const outcome: MockOutcome = respond(invocation);
      if (outcome.kind === 'throw') throw fail(outcome.error, outcome.cause);
      return structuredClone(outcome.value);
    };
  }
  return { handlers, reset: () => counters.clear() };
}

export const SIM_RUN_OPTIONS = { seed: 1, startTime: '2025-01-01T00:00:00.000Z' } as const;

/**
 * The bench measures throughput, so sfn-sim runs without AWS's quotas (25,000 history events,
 * 256 KiB payloads), which scenarios b and c exceed; the peer enforces neither. `quotaNote` says
 * what AWS's quotas would do.
 */
const QUOTAS_LIFTED = { payloadBytes: Infinity, historyEvents: Infinity } as const;

/** sfn-sim loaded from `moduleUrl` (a compiled build), or from the TypeScript sources when absent. */
export async function createSimEngine(moduleUrl?: string): Promise<BenchEngine | UnavailableEngine> {
  const name = 'sfn-sim';
  const load = await (moduleUrl === undefined ? loadSimEngine() : loadSimEngine(moduleUrl));
  if (!load.ok) return { name, unavailable: load.reason };
  const { StateMachine, StatesError } = load.engine;
  const prepare = (scenario: PreparedScenario, limits: SimStateMachineOptions['limits']): PreparedEngine => {
    const tasks = mockedTasks(scenario, (error, cause) => new StatesError(error, cause));
    const taskHandlers = Object.fromEntries(Object.entries(tasks.handlers).map(([state, handler]) => [state, () => handler()]));
    const machine = new StateMachine(scenario.definition, {
      ...(Object.keys(taskHandlers).length > 0 ? { taskHandlers } : {}),
      ...(limits === undefined ? {} : { limits }),
    });
    return {
      async run(input) {
        tasks.reset();
        const result = await machine.run(input, SIM_RUN_OPTIONS);
        if (result.status !== 'SUCCEEDED') {
          throw new Error(`execution ${result.status}: ${String(result.error)}: ${String(result.cause)}`);
        }
        return { output: result.output, transitions: typeof result.transitions === 'number' ? result.transitions : null };
      },
    };
  };
  return {
    name,
    sleepsInRealTime: false,
    prepare: (scenario) => prepare(scenario, QUOTAS_LIFTED),
    async quotaNote(scenario) {
      try {
        await prepare(scenario, undefined).run(structuredClone(scenario.input));
        return null;
      } catch (err) {
        return describeError(err).replace(/^Error: /, '');
      }
    },
  };
}

export async function createPeerEngine(): Promise<BenchEngine | UnavailableEngine> {
  const name = 'aws-local-stepfunctions';
  installPromiseWithResolvers();
  let peer: typeof import('aws-local-stepfunctions');
  try {
    peer = await import('aws-local-stepfunctions');
  } catch (err) {
    return { name, unavailable: describeError(err) };
  }
  type Definition = ConstructorParameters<typeof peer.StateMachine>[0];
  type Input = Parameters<InstanceType<typeof peer.StateMachine>['run']>[0];
  return {
    name,
    sleepsInRealTime: true,
    prepare(scenario) {
      // The peer matches Retry/Catch against error.name and reports error.message as the cause.
      const tasks = mockedTasks(scenario, (error, cause) => Object.assign(new Error(cause), { name: error }));
      const taskResourceLocalHandlers = Object.fromEntries(
        Object.entries(tasks.handlers).map(([state, handler]) => [state, () => handler() as Input]),
      );
      // Default options: the definition is validated as the peer does by default.
      const machine = new peer.StateMachine(scenario.definition as Definition);
      const options = Object.keys(taskResourceLocalHandlers).length > 0 ? { overrides: { taskResourceLocalHandlers } } : {};
      return {
        async run(input) {
          tasks.reset();
          const output: unknown = await machine.run(input as Input, options).result;
          return { output, transitions: null };
        },
      };
    },
  };
}
