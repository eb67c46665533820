import fc from 'fast-check';
import type { Json } from '../asl/json.js';
import type { ExecutionStatus } from '../engine/execution-result.js';
import type { MockResponse } from '../services/mocks/types.js';
import { type FailurePlanOptions, normalisePlan } from './arbitraries/failure-plan.js';
import { inputFromSchema, type JsonSchema } from './arbitraries/input-from-schema.js';
import { CoverageTracker, type CoverageReport } from './coverage.js';
import { outlineMachine, type FuzzTarget } from './machine-outline.js';
import { noUnhandledErrors, type NamedProperty, type ScenarioProperty } from './properties.js';
import { scenarioMocks } from './scenario-mocks.js';
import { ScenarioRunner, scenarios, type Scenario, type ScenarioOptions } from './scenario.js';
import { checkScenario } from './check-scenario.js';

/** Options of {@link fuzz}. */
export interface FuzzOptions extends FailurePlanOptions, ScenarioOptions {
  /** Scenarios to generate. @defaultValue `100` */
  readonly runs?: number;
  /** fast-check seed; the report gives the one used. @defaultValue a random seed */
  readonly seed?: number;
  /** Replays the counterexample at this fast-check path (with the same `seed`), as the report's replay line says. */
  readonly path?: string;
  /** Execution inputs valid against this JSON Schema. @defaultValue every input is `{}` */
  readonly inputSchema?: JsonSchema;
  /** Execution inputs from your own arbitrary (takes precedence over `inputSchema`). */
  readonly input?: fc.Arbitrary<Json>;
  /** What must hold for every scenario. @defaultValue `[noUnhandledErrors()]` */
  readonly properties?: ReadonlyArray<NamedProperty | ScenarioProperty>;
  /** Keep generating until `patience` runs in a row cover nothing new, or `maxRuns` (then `runs` is ignored). */
  readonly untilCoverageStops?: { readonly patience: number; readonly maxRuns: number };
  /** Workflow type of the machine. @defaultValue `'STANDARD'` */
  readonly type?: 'STANDARD' | 'EXPRESS';
  /** Called after each generated scenario ran (for progress bars). */
  readonly onProgress?: (done: number, planned: number) => void;
}

/** A property that failed, with the shrunk scenario that makes it fail. */
export interface FuzzFailure {
  readonly property: string;
  readonly reason: string;
  /** The shrunk counterexample: the input and the plan (without the calls that change nothing). */
  readonly scenario: Scenario;
  /** The same scenario as ready-to-use `mocks` (one response per call the execution made). */
  readonly mocks: Readonly<Record<string, readonly MockResponse[]>>;
  /** Whether the `mocks` need `unmockedTasks: 'passthrough'` for the Tasks they leave out. */
  readonly passthrough: boolean;
  readonly execution: RunSummary;
  /** Shrinking steps fast-check took. */
  readonly shrinks: number;
}

/** What an execution did, in brief. */
export interface RunSummary {
  readonly status: ExecutionStatus;
  readonly error: string | null;
  readonly cause: string | null;
  readonly path: readonly string[];
  /** Virtual milliseconds from start to stop. */
  readonly durationMs: number;
}

/** The outcome of a fuzz run, as data: `formatFuzzReport` prints it. */
export interface FuzzReport {
  /** The fast-check seed (replay with it). */
  readonly seed: number;
  /** The fast-check path of the counterexample, `undefined` when every property held. */
  readonly path: string | undefined;
  /** Scenarios generated and executed (shrinking not counted). */
  readonly runs: number;
  readonly properties: readonly string[];
  /** The failed property and its shrunk counterexample (fast-check stops at the first). */
  readonly failures: readonly FuzzFailure[];
  readonly coverage: CoverageReport;
  /** The generated execution that took the longest virtual time. */
  readonly slowest: RunSummary | undefined;
  /** Why generation stopped. */
  readonly stoppedBy: 'runs' | 'failure' | 'coverage';
  /** Wall-clock figures: they differ between runs, unlike everything else. */
  readonly timings: { readonly wallMs: number; readonly executions: number; readonly executionsPerSecond: number };
}

const DEFAULT_RUNS = 100;

/**
 * Generates scenarios (inputs and failure plans), runs each on the virtual clock, checks the
 * properties, shrinks the first counterexample and reports coverage. Deterministic for a given seed.
 * @example
 * import { fuzz, formatFuzzReport, noUnhandledErrors, retriesWithinDeclaredAttempts } from 'sfn-sim/fuzz';
 * const report = await fuzz(definition, { inputSchema, runs: 500, properties: [noUnhandledErrors(), retriesWithinDeclaredAttempts()] });
 * if (report.failures.length > 0) console.log(formatFuzzReport(report));
 */
export async function fuzz(machine: FuzzTarget, options: FuzzOptions = {}): Promise<FuzzReport> {
  const outline = outlineMachine(machine);
  const properties = (options.properties ?? [noUnhandledErrors()]).map((p, i): NamedProperty =>
    typeof p === 'function' ? { name: p.name === '' ? `property #${i + 1}` : p.name, check: p } : p,
  );
  const scenarioOptions: ScenarioOptions = {
    ...options,
    machineOptions: { ...options.machineOptions, ...(options.type === undefined ? {} : { type: options.type }) },
  };
  const runner = new ScenarioRunner(outline.definition, scenarioOptions);
  const coverage = new CoverageTracker(outline);
  const input = options.input ?? (options.inputSchema === undefined ? fc.constant({}) : inputFromSchema(options.inputSchema));
  const planned = options.untilCoverageStops?.maxRuns ?? options.runs ?? DEFAULT_RUNS;
  const patience = options.untilCoverageStops?.patience;

  let generated = 0;
  let executions = 0;
  let shrinking = false;
  let lastGrowth = 0;
  let coverageStopped = false;
  let slowest: RunSummary | undefined;
  let fatal: unknown;
  const started = performance.now();
  const property = fc.asyncProperty(scenarios(outline.definition, input, options), async (scenario) => {
    if (fatal !== undefined || coverageStopped) return true;
    let verdict;
    try {
      const observer = shrinking ? undefined : coverage.observer;
      const result = await runner.run(scenario, observer);
      executions++;
      verdict = checkScenario(result, scenario, properties, outline);
      if (!shrinking) {
        generated++;
        if (coverage.record(result) > 0) lastGrowth = generated;
        const summary = summarise(result);
        if (slowest === undefined || summary.durationMs > slowest.durationMs) slowest = summary;
        options.onProgress?.(generated, planned);
        if (patience !== undefined && generated - lastGrowth >= patience) coverageStopped = true;
      }
    } catch (e) {
      fatal = e; // a mistake in the test itself (a bad mock, an unreadable schema): reported as is, not shrunk
      return true;
    }
    if (verdict === undefined) return true;
    shrinking = true;
    return false;
  });
  const details = await fc.check(property, {
    numRuns: planned,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.path === undefined ? {} : { path: options.path }),
  });
  if (fatal !== undefined) throw fatal;
  const wallMs = performance.now() - started;

  const failures: FuzzFailure[] = [];
  if (details.failed && details.counterexample !== null) {
    const found = details.counterexample[0];
    const scenario: Scenario = { input: found.input, plan: normalisePlan(found.plan) };
    const result = await runner.run(scenario);
    const verdict = checkScenario(result, scenario, properties, outline);
    const { mocks, passthrough } = scenarioMocks(scenario, result, scenarioOptions);
    failures.push({
      property: verdict?.property ?? '(fast-check)',
      reason: verdict?.reason ?? String(details.errorInstance ?? 'the property failed'),
      scenario,
      mocks,
      passthrough,
      execution: summarise(result),
      shrinks: details.numShrinks,
    });
  }
  return {
    seed: details.seed,
    path: details.failed ? (details.counterexamplePath ?? undefined) : undefined,
    runs: generated,
    properties: properties.map((p) => p.name),
    failures,
    coverage: coverage.report(),
    slowest,
    stoppedBy: details.failed ? 'failure' : coverageStopped ? 'coverage' : 'runs',
    timings: { wallMs, executions, executionsPerSecond: wallMs === 0 ? 0 : (executions / wallMs) * 1000 },
  };
}

function summarise(result: {
  status: ExecutionStatus;
  error: string | null;
  cause: string | null;
  path: readonly string[];
  startTime: string;
  stopTime: string;
}): RunSummary {
  return {
    status: result.status,
    error: result.error,
    cause: result.cause,
    path: result.path,
    durationMs: Date.parse(result.stopTime) - Date.parse(result.startTime),
  };
}
