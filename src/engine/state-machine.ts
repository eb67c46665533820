import type { Diagnostic } from '../asl/diagnostics.js';
import { isJsonObject, toJsonText, type Json, type JsonObject } from '../asl/json.js';
import type { StatesError } from '../asl/states-error.js';
import { numericValue } from '../asl/numeric.js';
import { createRandom } from '../clock/random.js';
import { VirtualClock } from '../clock/virtual-clock.js';
import type { CompiledBlock } from './compiled.js';
import { checkDefinition } from './validate-state-machine.js';
import { DefinitionError, UsageError } from './errors.js';
import { Execution, type BlockOutcome } from './execution.js';
import type { ExecutionResult, ExecutionStatus } from './execution-result.js';
import { DEFAULT_START_TIME, type RunOptions, type StateMachineOptions } from './options.js';
import type { Frame } from './runtime.js';
import { mockConfigTestCase, parseMockConfigFile } from '../services/mock-config-file.js';
import { lambdaKeys } from '../services/mocks/lambda-function.js';
import { MockPlan, type RawTaskHandler } from '../services/mocks/mock-plan.js';
import type { MockResponse } from '../services/mocks/types.js';

const YEAR_SECONDS = 366 * 24 * 3600;
const EXPRESS_SECONDS = 5 * 60;

/**
 * A state machine compiled once and run as many times as you like, each run on its own virtual clock.
 * @example
 * const machine = new StateMachine({ StartAt: 'Hello', States: { Hello: { Type: 'Pass', End: true } } });
 * const result = await machine.run({ name: 'world' });
 * result.status; // 'SUCCEEDED'
 */
export class StateMachine {
  /** The definition as given (parsed). */
  readonly definition: JsonObject;
  private readonly plan: CompiledBlock;
  private readonly options: StateMachineOptions;
  private readonly timeoutSeconds: number;
  private readonly mockPlan: MockPlan;
  /** The previous run's event count, a sizing hint for the next run's history (no effect on results). */
  private lastEventCount = 0;

  /** @throws DefinitionError when AWS would reject the definition; its `diagnostics` list every problem. */
  constructor(definition: unknown, options: StateMachineOptions = {}) {
    const checked = checkDefinition(definition, {
      ...(options.type === undefined ? {} : { type: options.type }),
      ...(options.substitutions === undefined ? {} : { substitutions: options.substitutions }),
    });
    // a `${Name}` placeholder is only a warning for the validator, but running it would use the text
    // literally: the constructor refuses it, and the message says how to substitute
    const errors = checked.report.diagnostics
      .filter((d) => d.severity === 'ERROR' || d.code === 'UNRESOLVED_PLACEHOLDER')
      .map((d): Diagnostic => (d.severity === 'ERROR' ? d : { ...d, severity: 'ERROR' }));
    if (errors.length > 0 || checked.definition === undefined || checked.plan === undefined) throw new DefinitionError(errors);
    const object = checked.definition;
    const compiled = { block: checked.plan };
    this.definition = object;
    this.plan = compiled.block;
    this.options = options;
    this.mockPlan = buildMockPlan(options, compiled.block, object);
    const limit = options.type === 'EXPRESS' ? EXPRESS_SECONDS : YEAR_SECONDS;
    const declared = numericValue(object['TimeoutSeconds'], true);
    this.timeoutSeconds = declared !== undefined && declared > 0 ? Math.min(declared, limit) : limit;
  }

  /**
   * Runs one execution to its end in virtual time. Resolves whatever the execution's outcome: a failed
   * execution is a result with `status: 'FAILED'`, not a rejection.
   * @throws UsageError when the input is not JSON or a Task has no handler.
   */
  async run(input: unknown = {}, options: RunOptions = {}): Promise<ExecutionResult> {
    const data = toJsonInput(input);
    const seed = options.seed ?? 0;
    const random = createRandom(seed);
    const start = toEpochMs(options.startTime);
    const clock = new VirtualClock(start);
    const o = this.options;
    const region = o.region ?? 'us-east-1';
    const account = o.accountId ?? '123456789012';
    const name = o.stateMachineName ?? 'StateMachine';
    const executionName = options.executionName ?? random.uuid();
    const express = o.type === 'EXPRESS';
    const stateMachineArn = `arn:aws:states:${region}:${account}:stateMachine:${name}`;
    const executionArn = express
      ? `arn:aws:states:${region}:${account}:express:${name}:${executionName}:${random.uuid()}`
      : `arn:aws:states:${region}:${account}:execution:${name}:${executionName}`;
    const roleArn = o.roleArn ?? `arn:aws:iam::${account}:role/StepFunctions-${name}-role`;
    const execution = new Execution({
      identity: {
        executionArn,
        executionName,
        stateMachineArn,
        stateMachineName: name,
        roleArn,
        startTime: new Date(start).toISOString(),
        input: data,
        region,
        express,
      },
      clock,
      random,
      mocks: this.mockPlan,
      stateMachines: o.stateMachines ?? {},
      accountId: account,
      payloadLimit: o.limits?.payloadBytes ?? 262_144,
      historyLimit: o.limits?.historyEvents ?? 25_000,
      expectedEvents: this.lastEventCount,
      observer: options.observer,
    });
    const top: Frame = {
      parent: undefined,
      source: 0,
      prefix: '',
      silent: false,
      active: undefined,
      variables: undefined,
      isolated: false,
    };
    const inputText = toJsonText(data);
    execution.history.add('ExecutionStarted', 0, start, { input: inputText, inputDetails: { truncated: false }, roleArn });

    let outcome: BlockOutcome | undefined;
    let timedOut = false;
    clock.schedule(start + this.timeoutSeconds * 1000, () => {
      if (outcome !== undefined) return;
      timedOut = true;
      execution.scheduler.stop();
    });
    execution.scheduler.spawn(execution.runBlock(this.plan, data, top, inputText), (o2) => {
      outcome = o2;
      execution.scheduler.stop();
    });
    await execution.scheduler.run();

    let status: ExecutionStatus;
    let output: Json | undefined;
    let error: string | null = null;
    let cause: string | null = null;
    const now = clock.now();
    if (timedOut || outcome === undefined) {
      status = 'TIMED_OUT';
      execution.history.add('ExecutionTimedOut', top.source, now, {});
    } else if (outcome.ok) {
      status = 'SUCCEEDED';
      output = outcome.output;
      execution.history.add('ExecutionSucceeded', top.source, now, {
        output: toJsonText(outcome.output),
        outputDetails: { truncated: false },
      });
    } else {
      status = 'FAILED';
      ({ error, cause } = failureFields(outcome.error));
      const details: { error?: string; cause?: string } = {};
      if (error !== null) details.error = error;
      if (cause !== null) details.cause = cause;
      execution.history.add('ExecutionFailed', top.source, now, details);
    }
    const recorder = execution.history;
    this.lastEventCount = Math.min(recorder.size, 1_000_000);
    return {
      status,
      output,
      error,
      cause,
      // built on first read: most assertions never look at the events of a long run
      get history() {
        return recorder.events;
      },
      path: execution.enteredPath(),
      transitions: execution.transitions,
      startTime: new Date(start).toISOString(),
      stopTime: new Date(now).toISOString(),
      calls: execution.services.calls,
      executionArn,
    };
  }
}

/** Every Task state of the machine (nested ones included), and the Lambda functions they name literally. */
function taskStates(block: CompiledBlock, definition: JsonObject, tasks: Map<string, string>, functions: Set<string>): void {
  const states = definition['States'] as JsonObject;
  for (const state of block.states.values()) {
    const source = states[state.name] as JsonObject;
    if (state.type === 'Task') {
      tasks.set(state.name, state.resource);
      const args = source['Parameters'] ?? source['Arguments'];
      const literal = isJsonObject(args) ? args['FunctionName'] : undefined;
      for (const key of lambdaKeys(state.resource, typeof literal === 'string' ? { FunctionName: literal } : null)) functions.add(key);
    }
    if (state.type === 'Parallel')
      state.branches.forEach((b, i) => taskStates(b, (source['Branches'] as JsonObject[])[i] as JsonObject, tasks, functions));
    if (state.type === 'Map') taskStates(state.processor, (source['ItemProcessor'] ?? source['Iterator']) as JsonObject, tasks, functions);
  }
}

function buildMockPlan(o: StateMachineOptions, block: CompiledBlock, definition: JsonObject): MockPlan {
  const resources = new Map<string, string>();
  const functions = new Set<string>();
  taskStates(block, definition, resources, functions);
  let mockFile: { label: string; responses: ReadonlyMap<string, readonly MockResponse[]> } | undefined;
  if (o.mockConfig !== undefined) {
    const machineName = o.mockConfig.stateMachine ?? o.stateMachineName ?? 'StateMachine';
    const file = parseMockConfigFile(o.mockConfig.file);
    mockFile = {
      label: `test case '${o.mockConfig.testCase}'`,
      responses: mockConfigTestCase(file, machineName, o.mockConfig.testCase, { taskResources: resources }),
    };
  }
  return new MockPlan(
    {
      mocks: o.mocks,
      taskHandlers: o.taskHandlers as Readonly<Record<string, RawTaskHandler>> | undefined,
      mockFile,
      unmockedTasks: o.unmockedTasks,
      awsSdk: { region: o.region ?? 'us-east-1', ...(o.awsSdkClients === undefined ? {} : { clients: o.awsSdkClients }) },
    },
    new Set(resources.keys()),
    functions,
  );
}

function failureFields(e: StatesError): { error: string | null; cause: string | null } {
  return { error: e.error, cause: e.causeText };
}

/** Execution input must be JSON; copying it through JSON text also detaches it from the caller's object. */
function toJsonInput(input: unknown): Json {
  let text: string | undefined;
  try {
    text = JSON.stringify(input);
  } catch (e) {
    throw new UsageError(`The execution input is not JSON-serialisable: ${(e as Error).message}`);
  }
  if (text === undefined) throw new UsageError(`The execution input is not JSON-serialisable (got ${typeof input}).`);
  if (typeof input === 'number' && !Number.isFinite(input))
    throw new UsageError(`The execution input is not JSON-serialisable (got ${input}).`);
  return JSON.parse(text) as Json;
}

function toEpochMs(value: RunOptions['startTime']): number {
  if (value === undefined) return DEFAULT_START_TIME;
  const ms = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (!Number.isFinite(ms)) throw new UsageError(`startTime must be an ISO-8601 date, a Date or epoch milliseconds; got ${String(value)}`);
  return ms;
}
