import type { Json, JsonObject } from './json.js';

/** `JSONPath` (the default) or `JSONata`. */
export type QueryLanguage = 'JSONPath' | 'JSONata';

/** A retrier in a `Retry` array (ASL-REFERENCE §1.11). */
export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
  JitterStrategy?: 'FULL' | 'NONE';
  Comment?: string;
}

/** A catcher in a `Catch` array (ASL-REFERENCE §1.12). */
export interface Catcher {
  ErrorEquals: string[];
  Next: string;
  ResultPath?: string | null;
  Output?: Json;
  Assign?: JsonObject;
  Comment?: string;
}

interface StateBase {
  Comment?: string;
  QueryLanguage?: QueryLanguage;
}

interface Transition {
  Next?: string;
  End?: boolean;
}

interface JsonPathIo {
  InputPath?: string | null;
  OutputPath?: string | null;
}

interface Assigns {
  Assign?: JsonObject;
  Output?: Json;
}

export interface PassState extends StateBase, Transition, JsonPathIo, Assigns {
  Type: 'Pass';
  Parameters?: Json;
  Result?: Json;
  ResultPath?: string | null;
}

export interface TaskState extends StateBase, Transition, JsonPathIo, Assigns {
  Type: 'Task';
  Resource: string;
  Parameters?: Json;
  Arguments?: Json;
  ResultSelector?: Json;
  ResultPath?: string | null;
  TimeoutSeconds?: number | string;
  TimeoutSecondsPath?: string;
  HeartbeatSeconds?: number | string;
  HeartbeatSecondsPath?: string;
  Credentials?: JsonObject | string;
  Retry?: Retrier[];
  Catch?: Catcher[];
}

/** A top-level Choice rule: a data-test or Boolean expression (JSONPath) or a Condition (JSONata), with `Next`. */
export interface ChoiceRuleDefinition extends JsonObject {}

export interface ChoiceState extends StateBase, JsonPathIo, Assigns {
  Type: 'Choice';
  Choices: ChoiceRuleDefinition[];
  Default?: string;
}

export interface WaitState extends StateBase, Transition, JsonPathIo, Assigns {
  Type: 'Wait';
  Seconds?: number | string;
  Timestamp?: string;
  SecondsPath?: string;
  TimestampPath?: string;
}

export interface SucceedState extends StateBase, JsonPathIo {
  Type: 'Succeed';
  Output?: Json;
}

export interface FailState extends StateBase {
  Type: 'Fail';
  Error?: string;
  Cause?: string;
  ErrorPath?: string;
  CausePath?: string;
}

/** A `{StartAt, States}` block: a Parallel branch or a Map's item processor. */
export interface StatesBlock {
  StartAt: string;
  States: Record<string, State>;
  Comment?: string;
  QueryLanguage?: QueryLanguage;
}

export interface ParallelState extends StateBase, Transition, JsonPathIo, Assigns {
  Type: 'Parallel';
  Branches: StatesBlock[];
  Parameters?: Json;
  Arguments?: Json;
  ResultSelector?: Json;
  ResultPath?: string | null;
  Retry?: Retrier[];
  Catch?: Catcher[];
}

export interface ItemProcessor extends StatesBlock {
  ProcessorConfig?: { Mode?: 'INLINE' | 'DISTRIBUTED'; ExecutionType?: 'STANDARD' | 'EXPRESS' };
}

export interface MapState extends StateBase, Transition, JsonPathIo, Assigns {
  Type: 'Map';
  ItemProcessor?: ItemProcessor;
  /** Legacy name of ItemProcessor. */
  Iterator?: StatesBlock;
  ItemsPath?: string;
  Items?: Json;
  ItemSelector?: Json;
  /** Legacy name of ItemSelector in a Map. */
  Parameters?: Json;
  ItemReader?: JsonObject;
  ItemBatcher?: JsonObject;
  ResultWriter?: JsonObject;
  ResultSelector?: Json;
  ResultPath?: string | null;
  MaxConcurrency?: number | string;
  MaxConcurrencyPath?: string;
  ToleratedFailurePercentage?: number | string;
  ToleratedFailurePercentagePath?: string;
  ToleratedFailureCount?: number | string;
  ToleratedFailureCountPath?: string;
  Label?: string;
  Retry?: Retrier[];
  Catch?: Catcher[];
}

/** Any ASL state, discriminated on `Type`. */
export type State = PassState | TaskState | ChoiceState | WaitState | SucceedState | FailState | ParallelState | MapState;

export type StateType = State['Type'];

export const STATE_TYPES: readonly StateType[] = ['Task', 'Wait', 'Pass', 'Succeed', 'Fail', 'Choice', 'Parallel', 'Map'];

/** A whole state machine definition. */
export interface StateMachineDefinition extends StatesBlock {
  Version?: string;
  TimeoutSeconds?: number;
}
