import type { Json } from '../asl/json.js';
import type { DelayedOutcome } from './task-latency.js';

/** What a task handler receives for one Task attempt. */
export interface TaskRequest {
  /** The Task state's name. */
  readonly stateName: string;
  /** The state's `Resource` ARN as written in the definition. */
  readonly resource: string;
  /** The effective parameters (after InputPath and Parameters): what AWS would send to the service. */
  readonly input: Json;
  /** 0 for the first attempt, then 1, 2… for retries (`$$.State.RetryCount`). */
  readonly attempt: number;
  /** The Context object (`$$`) as the state sees it. */
  readonly context: Json;
}

/**
 * Runs one Task attempt in place of the real service. Return (or resolve to) the service result; throw
 * `new StatesError(name, cause)` to fail the attempt with that error (any other thrown `Error` fails it
 * with `error.name` and `error.message`).
 * @example
 * const handlers = { ChargeCard: ({ input }) => ({ charged: true, amount: input.amount }) };
 */
export type TaskHandler = (request: TaskRequest) => Json | DelayedOutcome | Promise<Json | DelayedOutcome>;

/** Options fixed when a state machine is created. */
export interface StateMachineOptions {
  /** Task handlers by state name. */
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
}

export const DEFAULT_START_TIME = Date.UTC(2024, 0, 1);
