import { didYouMean } from '../../asl/did-you-mean.js';
import type { Json } from '../../asl/json.js';
import { StatesError } from '../../asl/states-error.js';
import { lambdaFunctionError, type IntegrationContext } from '../integrations/index.js';
import { MockConfigError } from '../mock-config-file.js';
import { DelayedOutcome } from './after-seconds.js';
import { callAwsSdk, type AwsSdkBridgeOptions } from '../aws-sdk-bridge.js';
import { parseTaskResource } from '../resource.js';
import { isLambdaMock, LambdaFunctionError, lambdaKeys } from './lambda-function.js';
import { answerFromResponse, mockResponseProblem, type MockRequest, type TaskAnswer, type TaskMock } from './task-mock.js';
import type { MockResponse } from './types.js';

/** A raw task handler: returns the task result exactly as the state receives it. */
export type RawTaskHandler = (request: MockRequest) => unknown;

type ResolvedMock =
  | { readonly kind: 'list'; readonly responses: readonly MockResponse[]; readonly label: string; readonly fromMockFile: boolean }
  | { readonly kind: 'function'; readonly fn: (request: MockRequest) => unknown; readonly label: string; readonly lambda: boolean }
  | { readonly kind: 'raw'; readonly fn: RawTaskHandler; readonly label: string };

export interface MockPlanSources {
  readonly mocks?: Readonly<Record<string, TaskMock>> | undefined;
  readonly taskHandlers?: Readonly<Record<string, RawTaskHandler>> | undefined;
  /** Responses from a Step Functions Local mock file test case, by state name. */
  readonly mockFile?: { readonly label: string; readonly responses: ReadonlyMap<string, readonly MockResponse[]> } | undefined;
  readonly unmockedTasks?: 'error' | 'passthrough' | 'aws-sdk' | undefined;
  readonly awsSdk?: AwsSdkBridgeOptions | undefined;
}

/**
 * Every mock of a state machine, checked once against its Task states. A mock is found by the state's
 * name first (nested states included), then by its Resource ARN.
 */
export class MockPlan {
  private readonly byName = new Map<string, ResolvedMock>();
  readonly passthrough: boolean;
  private readonly awsSdk: AwsSdkBridgeOptions | undefined;

  /**
   * @param taskStates the machine's Task state names (nested ones included)
   * @param functionNames Lambda function names and ARNs the definition calls, which mocks may also be keyed by
   */
  constructor(sources: MockPlanSources, taskStates: ReadonlySet<string>, functionNames: ReadonlySet<string> = new Set()) {
    this.passthrough = sources.unmockedTasks === 'passthrough';
    this.awsSdk = sources.unmockedTasks === 'aws-sdk' ? (sources.awsSdk ?? { region: 'us-east-1' }) : undefined;
    const problems: string[] = [];
    const known = (key: string, what: string): boolean => {
      if (key.startsWith('arn:') || taskStates.has(key) || functionNames.has(key)) return true;
      problems.push(
        `${what} "${key}" matches no Task state or Lambda function${didYouMean(key, [...taskStates, ...functionNames])} (Task states: ${[...taskStates].join(', ') || 'none'})`,
      );
      return false;
    };
    for (const [key, list] of sources.mockFile?.responses ?? []) {
      if (known(key, `the mock file test case ${sources.mockFile?.label ?? ''} mocks`)) {
        this.byName.set(key, {
          kind: 'list',
          responses: list,
          label: `${sources.mockFile?.label ?? 'mock file'} → ${key}`,
          fromMockFile: true,
        });
      }
    }
    for (const [key, handler] of Object.entries(sources.taskHandlers ?? {})) {
      if (known(key, 'taskHandlers')) this.byName.set(key, { kind: 'raw', fn: handler, label: `taskHandlers["${key}"]` });
    }
    for (const [key, mock] of Object.entries(sources.mocks ?? {})) {
      if (!known(key, 'mocks')) continue;
      const label = `mocks["${key}"]`;
      if (typeof mock === 'function') {
        this.byName.set(key, { kind: 'function', fn: mock as (request: MockRequest) => unknown, label, lambda: isLambdaMock(mock) });
        continue;
      }
      const list: readonly unknown[] = Array.isArray(mock) ? mock : [mock];
      if (list.length === 0) problems.push(`${label} is an empty list: give at least one response`);
      list.forEach((response, i) => {
        const problem = mockResponseProblem(response);
        if (problem !== undefined) problems.push(`${label}${Array.isArray(mock) ? `[${i}]` : ''}: ${problem}`);
      });
      this.byName.set(key, { kind: 'list', responses: list as readonly MockResponse[], label, fromMockFile: false });
    }
    if (problems.length > 0) throw new MockConfigError(`Invalid mocks:\n  ${problems.join('\n  ')}`, 'mocks');
  }

  /** The mock for a call: by state name, then (Lambda) by function name or ARN, then by Resource ARN. */
  private find(request: MockRequest): ResolvedMock | undefined {
    const byState = this.byName.get(request.stateName);
    if (byState !== undefined) return byState;
    for (const key of lambdaKeys(request.resource, request.input)) {
      const byFunction = this.byName.get(key);
      if (byFunction !== undefined) return byFunction;
    }
    return this.byName.get(request.resource);
  }

  /**
   * The answer for one call. `undefined` when nothing mocks the state (the caller decides between
   * passthrough and a usage error).
   */
  answer(request: MockRequest, ctx: IntegrationContext): TaskAnswer | Promise<TaskAnswer> | undefined {
    const mock = this.find(request);
    if (mock === undefined) {
      return this.awsSdk === undefined ? undefined : callAwsSdk(parseTaskResource(request.resource), request.input, this.awsSdk, ctx);
    }
    switch (mock.kind) {
      case 'list': {
        const response = mock.responses[request.invocation];
        if (response !== undefined) return answerFromResponse(response);
        if (mock.fromMockFile) {
          // AWS (Step Functions Local): no entry for this invocation fails the execution (§8.1)
          return {
            kind: 'error',
            error: new StatesError(
              'States.Runtime',
              `No mocked response for state '${request.stateName}' and invocation number ${request.invocation} in ${mock.label}.`,
            ),
            afterSeconds: 0,
          };
        }
        throw new MockConfigError(
          `${mock.label} lists ${mock.responses.length} response${mock.responses.length === 1 ? '' : 's'}, but "${request.stateName}" was called a ${ordinal(request.invocation + 1)} time ` +
            `(retries and re-entries each use the next response). Add responses, or use a function mock to answer any number of calls.`,
          mock.label,
        );
      }
      case 'function':
        return settle(() => mock.fn(request), true, mock.lambda ? (e) => asLambdaError(e, request, ctx) : undefined);
      case 'raw':
        return settle(() => mock.fn(request), false);
      default: {
        const never: never = mock;
        return never;
      }
    }
  }
}

/** Calls a function mock and normalises what it returns or throws. */
function settle(
  call: () => unknown,
  wrap: boolean,
  convert?: (thrown: unknown) => StatesError | undefined,
): TaskAnswer | Promise<TaskAnswer> {
  const failed = (thrown: unknown): TaskAnswer => {
    const converted = convert?.(thrown);
    return converted === undefined ? fromThrown(thrown) : { kind: 'error', error: converted, afterSeconds: 0 };
  };
  try {
    const value = call();
    if (typeof value === 'object' && value !== null && typeof (value as PromiseLike<unknown>).then === 'function') {
      return (value as Promise<unknown>).then((v) => fromValue(v, wrap), failed);
    }
    return fromValue(value, wrap);
  } catch (thrown) {
    return failed(thrown);
  }
}

/** What a Lambda function's thrown error becomes: AWS's error name (errorType) and cause JSON (§6.3). */
function asLambdaError(thrown: unknown, request: MockRequest, ctx: IntegrationContext): StatesError | undefined {
  if (thrown instanceof StatesError || thrown instanceof MockConfigError) return undefined;
  const resource = parseTaskResource(request.resource);
  if (thrown instanceof LambdaFunctionError) {
    const raised = { errorMessage: thrown.errorMessage, stackTrace: thrown.stackTrace };
    return lambdaFunctionError(resource, thrown.errorType === undefined ? raised : { ...raised, errorType: thrown.errorType }, ctx);
  }
  if (thrown instanceof Error)
    return lambdaFunctionError(resource, { errorType: thrown.name, errorMessage: thrown.message, stackTrace: [] }, ctx);
  return lambdaFunctionError(resource, { errorType: 'Error', errorMessage: String(thrown), stackTrace: [] }, ctx);
}

function fromValue(value: unknown, wrap: boolean): TaskAnswer {
  if (value instanceof DelayedOutcome) {
    const o = value.outcome;
    return 'error' in o
      ? { kind: 'error', error: o.error, afterSeconds: value.seconds }
      : { kind: 'result', value: o.result, wrap, afterSeconds: value.seconds };
  }
  return { kind: 'result', value: toJson(value), wrap, afterSeconds: 0 };
}

function fromThrown(thrown: unknown): TaskAnswer {
  if (thrown instanceof MockConfigError || (thrown instanceof Error && thrown.name === 'UsageError')) throw thrown;
  if (thrown instanceof StatesError) return { kind: 'error', error: thrown, afterSeconds: 0 };
  if (thrown instanceof Error) return { kind: 'error', error: new StatesError(thrown.name, thrown.message), afterSeconds: 0 };
  return { kind: 'error', error: new StatesError('Error', String(thrown)), afterSeconds: 0 };
}

/** A mock's value must be JSON: copying it through JSON text also isolates the engine from later mutation. */
function toJson(value: unknown): Json {
  if (value === undefined) return null;
  const text = JSON.stringify(value);
  return text === undefined ? null : (JSON.parse(text) as Json);
}

function ordinal(n: number): string {
  const suffix =
    n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
