// The slice of sfn-sim's public API that the conformance runner and the bench drive, typed
// structurally and loaded dynamically: tooling keeps compiling and reports "not available" (rather
// than crashing) while the engine is missing or broken.
import type { LambdaMockEngine } from './lambda-mocks.js';
import type { ReplayMockEngine } from './replay-mocks.js';

/** Options of `StateMachine.run` that tooling sets. */
export interface SimRunOptions {
  readonly seed?: number;
  readonly startTime?: string;
  readonly executionName?: string;
}

/** What a task handler receives. */
export interface SimTaskRequest {
  readonly input: unknown;
  readonly stateName: string;
  readonly resource: string;
  /** 0-based retry count. */
  readonly attempt: number;
  /** 0-based count of this state's calls in the execution (retries and re-entries advance it). */
  readonly invocation?: number;
}

/** A task handler: returns the task result or throws a `StatesError` to fail the attempt. */
export type SimTaskHandler = (request: SimTaskRequest) => unknown;

/** Constructor options of `StateMachine` that tooling sets. */
export interface SimStateMachineOptions {
  readonly taskHandlers?: Record<string, SimTaskHandler>;
  /** Task mocks by state name, Lambda function name or ARN, or Resource ARN (built with the engine's helpers). */
  readonly mocks?: Record<string, unknown>;
  readonly accountId?: string;
  readonly type?: 'STANDARD' | 'EXPRESS';
  /** AWS quotas the engine enforces; `Infinity` lifts one. */
  readonly limits?: { readonly payloadBytes?: number; readonly historyEvents?: number };
}

/** The fields of `ExecutionResult` tooling reads. */
export interface SimExecutionResult {
  readonly status: string;
  readonly output?: unknown;
  readonly error?: unknown;
  readonly cause?: unknown;
  readonly history?: readonly unknown[];
  readonly transitions?: number;
}

export interface SimStateMachine {
  run(input?: unknown, options?: SimRunOptions): Promise<SimExecutionResult>;
}

/** The engine module (`src/index.ts`) as tooling sees it. */
export interface SimEngine {
  readonly StateMachine: new (definition: unknown, options?: SimStateMachineOptions) => SimStateMachine;
  /** `null` error / cause: AWS recorded none (a callback failed without an error field). */
  readonly StatesError: new (error: string | null, cause: string | null) => Error;
  /** Lambda function mocks (optional: without them the lambda cases are reported as not runnable). */
  readonly lambdaFunction?: LambdaMockEngine['lambdaFunction'];
  readonly LambdaFunctionError?: LambdaMockEngine['LambdaFunctionError'];
  readonly afterSeconds?: LambdaMockEngine['afterSeconds'];
}

/** The engine's Lambda mock helpers, or why they are missing. */
export function lambdaMockEngine(engine: SimEngine): LambdaMockEngine | string {
  const { lambdaFunction, LambdaFunctionError, afterSeconds, StatesError } = engine;
  const missing = [
    typeof lambdaFunction === 'function' ? null : 'lambdaFunction',
    typeof LambdaFunctionError === 'function' ? null : 'LambdaFunctionError',
    typeof afterSeconds === 'function' ? null : 'afterSeconds',
  ].filter((m): m is string => m !== null);
  if (lambdaFunction === undefined || LambdaFunctionError === undefined || afterSeconds === undefined || missing.length > 0)
    return `the engine does not export ${missing.join(', ')}`;
  return { lambdaFunction, LambdaFunctionError, afterSeconds, StatesError };
}

/** The engine's helpers for replay mocks, or why they are missing. */
export function replayMockEngine(engine: SimEngine): ReplayMockEngine | string {
  const { afterSeconds, StatesError } = engine;
  if (typeof afterSeconds !== 'function') return 'the engine does not export afterSeconds';
  return { afterSeconds, StatesError };
}

export type SimEngineLoad = { readonly ok: true; readonly engine: SimEngine } | { readonly ok: false; readonly reason: string };

// A variable specifier keeps tsc from resolving the module: the engine may not exist yet.
const ENGINE_SPECIFIER: string = '../../src/index.js';

/**
 * Imports the engine, by default `src/index.ts` (or another module, e.g. a compiled
 * `index.js`, given by URL); never throws.
 */
export async function loadSimEngine(specifier: string = ENGINE_SPECIFIER): Promise<SimEngineLoad> {
  const label = specifier === ENGINE_SPECIFIER ? 'src/index.ts' : specifier;
  let mod: Record<string, unknown>;
  try {
    mod = (await import(specifier)) as Record<string, unknown>;
  } catch (err) {
    return { ok: false, reason: `cannot import ${label}: ${describeError(err)}` };
  }
  if (typeof mod['StateMachine'] !== 'function') {
    return { ok: false, reason: `${label} does not export a StateMachine class` };
  }
  if (typeof mod['StatesError'] !== 'function') {
    return { ok: false, reason: `${label} does not export StatesError` };
  }
  return { ok: true, engine: mod as unknown as SimEngine };
}

/** One line naming an error: `Name: message` (first line only). */
export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const firstLine = (err.message.split('\n')[0] ?? '').trim();
    return firstLine === '' ? err.name : `${err.name}: ${firstLine}`;
  }
  return String(err);
}
