import type { ServiceCall } from '../../src/index.js';
import { didYouMean } from './did-you-mean.js';
import type { ExecutionModel } from './execution-model.js';
import { badArgument } from './execution.js';
import { stateSelector } from './state-selector.js';
import { isAsymmetricMatcher, offsetText, valueText } from './text.js';

/** Calls listed in a failure text before the rest are counted. */
const MAX_CALLS = 10;

/**
 * What `toHaveCalled` and `toHaveCalledTimes` look for: a Task state (plain or qualified name), a
 * Resource ARN (`arn:aws:states:::lambda:invoke`), or a Lambda function (name or ARN, from a
 * `lambda:invoke` FunctionName or a bare function ARN).
 */
export interface CallTarget {
  readonly text: string;
  matches(call: ServiceCall): boolean;
}

export function callTarget(matcher: string, value: unknown, model: ExecutionModel): CallTarget {
  if (typeof value !== 'string' || value === '') {
    badArgument(
      matcher,
      `target must be a Task state name ('ChargeCard'), a Resource ARN ('arn:aws:states:::lambda:invoke') or a Lambda function name; got ${value === '' ? 'an empty string' : typeof value}.`,
    );
  }
  const selector = stateSelector(value);
  return {
    text: value,
    matches: (call) =>
      call.resource === value ||
      functionNames(call).includes(value) ||
      (!value.startsWith('arn:') && selector.matches(model.visitOfCall.get(call)?.path ?? call.stateName)),
  };
}

/** The names a call's Lambda function goes by: the FunctionName as written, and the bare function name. */
export function functionNames(call: ServiceCall): string[] {
  const names: string[] = [];
  const input = call.input;
  const written =
    call.resource.startsWith('arn:aws:states:::lambda:invoke') && typeof input === 'object' && input !== null && !Array.isArray(input)
      ? (input as Record<string, unknown>)['FunctionName']
      : call.resource.includes(':function:')
        ? call.resource
        : undefined;
  if (typeof written !== 'string') return names;
  names.push(written);
  const arn = /:function:([^:]+)/.exec(written);
  if (arn?.[1] !== undefined) names.push(arn[1]);
  else if (written.includes(':')) names.push(written.split(':')[0] ?? written);
  return names;
}

/**
 * The numbered call list of failure texts, aws-sdk-client-mock style: which state, which attempt, when,
 * how it ended, and the parameters on the next line.
 */
export function callRows(model: ExecutionModel, calls: readonly ServiceCall[]): string[] {
  const lines: string[] = [];
  calls.slice(0, MAX_CALLS).forEach((call, i) => {
    const visit = model.visitOfCall.get(call);
    const event = model.eventOfCall.get(call);
    const state = visit?.path ?? call.stateName;
    const attempt = call.attempt === 0 ? '' : ` (retry ${call.attempt})`;
    const when =
      event === undefined
        ? `t=${offsetText(Date.parse(call.time) - Date.parse(model.result.startTime))}`
        : `#${event.id}  t=${offsetText(model.offset(event))}`;
    const outcome =
      call.outcome === 'succeeded'
        ? 'succeeded'
        : `${call.outcome === 'timedOut' ? 'timed out' : 'failed'}${call.error == null ? '' : `: ${call.error}`}`;
    lines.push(`  ${i + 1}. ${state}${attempt}  ${when}  ${outcome}`);
    lines.push(`       ${valueText(call.input, 160, 'execution.calls')}`);
  });
  if (calls.length > MAX_CALLS) lines.push(`  … ${calls.length - MAX_CALLS} more calls (see execution.calls)`);
  return lines;
}

/** ` Did you mean "ChargeCard"?` among the states, resources and functions the execution called. */
export function callSuggestion(model: ExecutionModel, target: CallTarget): string {
  return didYouMean(
    target.text,
    model.result.calls.flatMap((c) => [c.stateName, c.resource, ...functionNames(c)]),
  );
}

/**
 * The part of `actual` that `expected` talks about (its keys, recursively), so that vitest's diff shows
 * only the parameters the test asked for, as `toMatchObject` does.
 */
export function subsetLike(actual: unknown, expected: unknown): unknown {
  if (isAsymmetricMatcher(expected)) return actual;
  if (Array.isArray(actual) && Array.isArray(expected) && actual.length === expected.length) {
    return actual.map((a, i) => subsetLike(a, expected[i]));
  }
  if (isRecord(actual) && isRecord(expected)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(expected)) if (key in actual) out[key] = subsetLike(actual[key], expected[key]);
    return out;
  }
  return actual;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
