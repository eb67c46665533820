import type { Json } from '../asl/json.js';
import type { DelayedOutcome } from '../services/mocks/after-seconds.js';

import type { MockRequest, TaskMock } from '../services/mocks/task-mock.js';
import type { ExecutionResult } from './execution-result.js';

/** What a task handler receives for one Task attempt (the same request a function mock gets). */
export type TaskRequest = MockRequest;

/**
 * Runs one Task attempt in place of the real service, low-level: the returned value is the task result
 * exactly as the state receives it (no integration wrapping; prefer `mocks`). Throw
 * `new StatesError(name, cause)` to fail the attempt with that error (any other thrown `Error` fails it
 * with `error.name` and `error.message`).
 * @example
 * const handlers = { ChargeCard: ({ input }) => ({ charged: true, amount: input.amount }) };
 */
export type TaskHandler = (request: TaskRequest) => Json | DelayedOutcome | Promise<Json | DelayedOutcome>;

/** A Step Functions Local mock file and the test case to run (`stateMachineArn#TestCase`). */
export interface MockConfigSelection {
  /** The parsed file, or its JSON text. */
  readonly file: unknown;
  /** The test case to use. */
  readonly testCase: string;
  /** The state machine's entry under `StateMachines`. @defaultValue the `stateMachineName` option */
  readonly stateMachine?: string | undefined;
}

/** A state machine a parent can start (a `StateMachine`). */
export interface ChildStateMachine {
  run(input?: unknown, options?: RunOptions): Promise<ExecutionResult>;
}

/** Options fixed when a state machine is created. */
export interface StateMachineOptions {
  /**
   * What each Task's service answers, by Task state name (nested states included) or by Resource ARN.
   * @example
   * { ChargeCard: [{ throws: { error: 'Lambda.TooManyRequestsException', cause: 'Rate exceeded' } }, { returns: { ok: true } }] }
   */
  readonly mocks?: Readonly<Record<string, TaskMock>>;
  /** A Step Functions Local `MockConfigFile.json` test case; `mocks` take precedence for the states they name. */
  readonly mockConfig?: MockConfigSelection;
  /**
   * What a Task with no mock does: fail the run with a message that shows how to mock it (`'error'`),
   * pass its input through as its result (`'passthrough'`), or call the service through an AWS SDK v3
   * client (`'aws-sdk'`), so that `aws-sdk-client-mock` setups (`mockClient(DynamoDBClient).on(...)`)
   * answer. The `@aws-sdk/client-*` packages are optional peer dependencies, loaded when first needed.
   * @defaultValue `'error'`
   */
  readonly unmockedTasks?: 'error' | 'passthrough' | 'aws-sdk';
  /** With `unmockedTasks: 'aws-sdk'`: client instances to use, by service id (`dynamodb`, `s3`…); others are created with the `region` option. */
  readonly awsSdkClients?: Readonly<Record<string, unknown>>;
  /**
   * Child state machines that `states:startExecution` tasks start, by ARN or name: they run in the
   * same simulator (request-response, `.sync` and `.sync:2`), on the parent's virtual clock.
   * @example
   * const child = new StateMachine(childDefinition, { stateMachineName: 'Child' });
   * const parent = new StateMachine(parentDefinition, { stateMachines: { Child: child } });
   */
  readonly stateMachines?: Readonly<Record<string, ChildStateMachine>>;
  /** Low-level handlers by state name: the returned value is the task result exactly as the state receives it (no integration wrapping). */
  readonly taskHandlers?: Readonly<Record<string, TaskHandler>>;
  /**
   * State machine name, used in ARNs and the Context object.
   * @defaultValue `"StateMachine"`
   */
  readonly stateMachineName?: string;
  /** @defaultValue `"us-east-1"` */
  readonly region?: string;
  /** @defaultValue `"123456789012"` */
  readonly accountId?: string;
  /** @defaultValue `"arn:aws:iam::<accountId>:role/StepFunctions-<stateMachineName>-role"` */
  readonly roleArn?: string;
  /**
   * Workflow type: EXPRESS executions are limited to 5 minutes.
   * @defaultValue `"STANDARD"`
   */
  readonly type?: 'STANDARD' | 'EXPRESS';
  /**
   * Values for `${Name}` placeholders in the definition (CloudFormation DefinitionSubstitutions,
   * Terraform templatefile variables), substituted as CloudFormation does: as text inside strings.
   * A placeholder left unfilled makes the constructor throw, naming it.
   * @example
   * new StateMachine(definition, { substitutions: { OrderTable: 'orders-dev', ChargeFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:charge' } })
   * @defaultValue none
   */
  readonly substitutions?: Readonly<Record<string, string | number | boolean>>;
  /** AWS quotas the simulator enforces. Set one to `Infinity` to lift it (e.g. for benchmarks). */
  readonly limits?: {
    /** @defaultValue `262144` (256 KiB, AWS's payload limit) */
    readonly payloadBytes?: number;
    /** @defaultValue `25000` (the Standard history limit) */
    readonly historyEvents?: number;
  };
}

/** Options for one execution. */
export interface RunOptions {
  /**
   * Seed for every random choice (retry jitter, `States.UUID`, `States.MathRandom`, generated names).
   * @defaultValue `0`
   */
  readonly seed?: number | string;
  /**
   * Virtual start time of the execution.
   * @defaultValue `"2024-01-01T00:00:00.000Z"`
   */
  readonly startTime?: string | Date | number;
  /**
   * Execution name. @defaultValue a UUID drawn from the seed
   */
  readonly executionName?: string;
  /**
   * Told which Choice rule, retrier and catcher each decision used (for coverage, e.g. `sfn-sim/fuzz`).
   * Opt-in: without it the engine does no extra work.
   * @defaultValue `undefined`
   */
  readonly observer?: ExecutionObserver;
}

/**
 * Receives the decisions an execution makes that its history does not name. Indexes are 0-based
 * positions in the state's `Choices`, `Retry` and `Catch` arrays.
 * @example
 * const taken: string[] = [];
 * await machine.run(input, { observer: { choice: (state, rule) => taken.push(`${state}:${rule}`) } });
 */
export interface ExecutionObserver {
  /** A Choice state chose rule `rule`, or its `Default` (`-1`). */
  readonly choice?: (state: string, rule: number) => void;
  /** Retrier `retrier` of the state matched an error and the state is tried again. */
  readonly retry?: (state: string, retrier: number) => void;
  /** Catcher `catcher` of the state caught an error; the execution goes on at its `Next`. */
  readonly catch?: (state: string, catcher: number) => void;
}

export const DEFAULT_START_TIME = Date.UTC(2024, 0, 1);
