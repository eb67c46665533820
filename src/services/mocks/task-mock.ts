import { isJsonObject, type Json } from '../../asl/json.js';
import { StatesError } from '../../asl/states-error.js';
import type { MockResponse } from './types.js';

/** What a function mock receives for one Task attempt. */
export interface MockRequest {
  /** The Task state's name. */
  readonly stateName: string;
  /** The state's `Resource` ARN as written in the definition. */
  readonly resource: string;
  /** The effective parameters: what AWS would send to the service. */
  readonly input: Json;
  /** 0 for the first attempt of this state visit, then 1, 2… for retries (`$$.State.RetryCount`). */
  readonly attempt: number;
  /** 0 for the first call of this state in the execution; retries and re-entries advance it. */
  readonly invocation: number;
  /** The Context object (`$$`) as the state sees it; `Task.Token` for callback tasks. */
  readonly context: Json;
  /** Virtual time of the call, ISO-8601. */
  readonly time: string;
}

/**
 * A mock for one Task state (or one Resource): a response, a list of responses used one per
 * invocation, or a function of the request that returns what the service returns (throw
 * `new StatesError(name, cause)` to fail, return `afterSeconds(s, value)` to take virtual time).
 * @example
 * const mocks: Record<string, TaskMock> = {
 *   ChargeCard: [{ throws: { error: 'Lambda.TooManyRequestsException', cause: 'Rate exceeded' } }, { returns: { chargeId: 'ch_1' } }],
 *   Notify: { returns: { MessageId: 'm-1' }, afterSeconds: 2 },
 *   Score: ({ input }) => ({ score: (input as { amount: number }).amount > 100 ? 'high' : 'low' }),
 * };
 */
export type TaskMock = MockResponse | readonly MockResponse[] | ((request: MockRequest) => unknown);

/** A normalised answer: a result (wrapped as the integration returns it, or as is) or an error, after a latency. */
export type TaskAnswer = (
  { readonly kind: 'result'; readonly value: Json; readonly wrap: boolean } | { readonly kind: 'error'; readonly error: StatesError }
) & { readonly afterSeconds: number; readonly heartbeats?: readonly number[] | undefined; readonly submitted?: Json | undefined };

const RESPONSE_KEYS = new Set(['returns', 'raw', 'throws', 'afterSeconds', 'heartbeats', 'submitted']);

/** Checks a declared response; returns a description of the problem, or undefined when it is well formed. */
export function mockResponseProblem(value: unknown): string | undefined {
  if (!isJsonObject(value as Json)) return 'a response must be an object like { returns: … }, { raw: … } or { throws: { error, cause } }';
  const response = value as Record<string, unknown>;
  const unknown = Object.keys(response).filter((k) => !RESPONSE_KEYS.has(k));
  if (unknown.length > 0)
    return `unknown field ${unknown.map((k) => `'${k}'`).join(', ')}: use returns, raw or throws, with afterSeconds, heartbeats, submitted`;
  const kinds = ['returns', 'raw', 'throws'].filter((k) => k in response);
  if (kinds.length !== 1)
    return `a response needs exactly one of returns, raw, throws; got ${kinds.length === 0 ? 'none' : kinds.join(' and ')}`;
  if ('throws' in response) {
    const t = response['throws'];
    if (!isJsonObject(t as Json) || typeof (t as Record<string, unknown>)['error'] !== 'string')
      return "throws needs { error: '<ErrorName>', cause?: '<text>' }";
    const cause = (t as Record<string, unknown>)['cause'];
    if (cause !== undefined && typeof cause !== 'string') return 'throws.cause must be a string';
  }
  const after = response['afterSeconds'];
  if (after !== undefined && (typeof after !== 'number' || !Number.isFinite(after) || after < 0))
    return 'afterSeconds must be a number of seconds >= 0';
  const beats = response['heartbeats'];
  if (beats !== undefined && (!Array.isArray(beats) || beats.some((b) => typeof b !== 'number' || !Number.isFinite(b) || b < 0))) {
    return 'heartbeats must be a list of seconds >= 0';
  }
  return undefined;
}

/** Turns a declared response into an answer. */
export function answerFromResponse(response: MockResponse): TaskAnswer {
  const timing = { afterSeconds: response.afterSeconds ?? 0, heartbeats: response.heartbeats, submitted: response.submitted };
  if ('throws' in response)
    return { kind: 'error', error: new StatesError(response.throws.error, response.throws.cause ?? null), ...timing };
  if ('raw' in response) return { kind: 'result', value: response.raw, wrap: false, ...timing };
  return { kind: 'result', value: response.returns, wrap: true, ...timing };
}
