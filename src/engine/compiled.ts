import type { Json } from '../asl/json.js';
import type { QueryLanguage, StateType } from '../asl/types.js';
import type { CompiledJsonata } from '../query/jsonata.js';
import type { TaskResource } from '../services/resource.js';
import type { CompiledPath } from '../query/jsonpath.js';
import type { CompiledTemplate } from '../query/payload-template.js';
import type { CompiledChoiceRule } from './states/choice-rule.js';

/** A `*Path` field or its literal twin, resolved at run time (Wait Seconds, TimeoutSeconds, MaxConcurrency…). */
export type NumberSource =
  | { readonly kind: 'literal'; readonly value: number }
  | { readonly kind: 'path'; readonly path: CompiledPath; readonly field: string }
  | { readonly kind: 'jsonata'; readonly value: CompiledJsonata; readonly field: string };

/** `Assign`: a payload template (JSONPath) or a JSONata template; evaluated against pre-state values (§4.2). */
export type CompiledAssign =
  { readonly lang: 'JSONPath'; readonly template: CompiledTemplate } | { readonly lang: 'JSONata'; readonly value: CompiledJsonata };

export interface CompiledRetrier {
  readonly errorEquals: readonly string[];
  readonly intervalSeconds: number;
  readonly maxAttempts: number;
  readonly backoffRate: number;
  readonly maxDelaySeconds: number | undefined;
  readonly jitter: 'FULL' | 'NONE';
}

export interface CompiledCatcher {
  readonly errorEquals: readonly string[];
  readonly next: string;
  /** `undefined` = the default `$`; `null` = discard the error output. */
  readonly resultPath: CompiledPath | null | undefined;
  readonly assign: CompiledAssign | undefined;
  /** JSONata `Output` (default: the Error Output). */
  readonly output: CompiledJsonata | undefined;
}

interface Common {
  readonly name: string;
  /** The state's query language: its own `QueryLanguage`, else the machine's (§3.1). */
  readonly lang: QueryLanguage;
  /** Runs without taking virtual time or awaiting anything (JSONPath Pass, Choice, Succeed, Fail): the fast path. */
  readonly sync: boolean;
  /** Output = input, nothing assigned (a Pass or Succeed with no data-flow fields): the chain skips the work call. */
  readonly identity: boolean;
  /** The state `next` names, linked once the block is compiled (no lookup per transition). */
  readonly nextState: CompiledState | undefined;
  readonly assign: CompiledAssign | undefined;
  /** JSONata `Output`. */
  readonly output: CompiledJsonata | undefined;
  /** The state to go to next; `undefined` for a terminal state (`End: true`, Succeed, Fail). */
  readonly next: string | undefined;
  /** `undefined` = `$` (the default); `null` = `{}`. */
  readonly inputPath: CompiledPath | null | undefined;
  readonly outputPath: CompiledPath | null | undefined;
}

interface WithResult {
  readonly resultSelector: CompiledTemplate | undefined;
  readonly resultPath: CompiledPath | null | undefined;
  readonly retriers: readonly CompiledRetrier[];
  readonly catchers: readonly CompiledCatcher[];
}

export interface CompiledPass extends Common {
  readonly type: 'Pass';
  readonly parameters: CompiledTemplate | undefined;
  readonly result: Json | undefined;
  readonly resultPath: CompiledPath | null | undefined;
}

export interface CompiledTask extends Common, WithResult {
  readonly type: 'Task';
  readonly resource: string;
  /** The Resource parsed once: which events it records and how its answers are shaped. */
  readonly target: TaskResource;
  /** `.waitForTaskToken` or `.sync`/`.sync:2`: the task waits, records TaskSubmitted and has a task token. */
  readonly waits: boolean;
  readonly parameters: CompiledTemplate | undefined;
  readonly timeoutSeconds: NumberSource | undefined;
  readonly heartbeatSeconds: NumberSource | undefined;
  readonly credentials: CompiledTemplate | undefined;
  /** JSONata `Arguments` (default: the state input). */
  readonly arguments: CompiledJsonata | undefined;
}

/** A top-level Choice rule: a JSONPath rule tree or a JSONata `Condition`, with its own Assign/Output. */
export interface CompiledChoiceBranch {
  readonly rule: CompiledChoiceRule | undefined;
  readonly condition: CompiledJsonata | undefined;
  readonly next: string;
  readonly assign: CompiledAssign | undefined;
  readonly output: CompiledJsonata | undefined;
}

export interface CompiledChoice extends Common {
  readonly type: 'Choice';
  readonly choices: readonly CompiledChoiceBranch[];
  readonly defaultNext: string | undefined;
}

export type WaitSource =
  | { readonly kind: 'seconds'; readonly value: number }
  | { readonly kind: 'timestamp'; readonly epochMs: number }
  | { readonly kind: 'secondsPath'; readonly path: CompiledPath }
  | { readonly kind: 'timestampPath'; readonly path: CompiledPath }
  | { readonly kind: 'jsonataSeconds'; readonly value: CompiledJsonata }
  | { readonly kind: 'jsonataTimestamp'; readonly value: CompiledJsonata };

export interface CompiledWait extends Common {
  readonly type: 'Wait';
  readonly wait: WaitSource;
}

export interface CompiledSucceed extends Common {
  readonly type: 'Succeed';
}

export type FailField =
  | { readonly kind: 'literal'; readonly value: string | null }
  | { readonly kind: 'dynamic'; readonly field: 'ErrorPath' | 'CausePath'; readonly text: string; readonly evaluate: CompiledTemplate }
  | { readonly kind: 'jsonata'; readonly value: CompiledJsonata };

export interface CompiledFail extends Common {
  readonly type: 'Fail';
  readonly error: FailField;
  readonly cause: FailField;
}

export interface CompiledParallel extends Common, WithResult {
  readonly type: 'Parallel';
  readonly parameters: CompiledTemplate | undefined;
  readonly branches: readonly CompiledBlock[];
  readonly arguments: CompiledJsonata | undefined;
}

export interface CompiledMap extends Common, WithResult {
  readonly type: 'Map';
  readonly itemsPath: CompiledPath | undefined;
  readonly itemSelector: CompiledTemplate | undefined;
  readonly processor: CompiledBlock;
  readonly distributed: boolean;
  readonly maxConcurrency: NumberSource | undefined;
  readonly toleratedFailureCount: NumberSource | undefined;
  readonly toleratedFailurePercentage: NumberSource | undefined;
  readonly label: string | undefined;
  /** JSONata `Items` (default: the state input). */
  readonly items: CompiledJsonata | undefined;
  /** JSONata `ItemSelector`. */
  readonly itemSelectorJsonata: CompiledJsonata | undefined;
}

/** A state prepared for execution: every path, template and rule parsed once. */
export type CompiledState =
  CompiledPass | CompiledTask | CompiledChoice | CompiledWait | CompiledSucceed | CompiledFail | CompiledParallel | CompiledMap;

/** A compiled `{StartAt, States}` block (the machine itself, a branch, an item processor). */
export interface CompiledBlock {
  readonly startAt: string;
  readonly states: ReadonlyMap<string, CompiledState>;
}

export type { StateType };
