import type { MatcherState } from 'vitest';
import { callRows, callSuggestion, callTarget, subsetLike } from './support/calls.js';
import { executionModel } from './support/execution-model.js';
import { asExecution, badArgument } from './support/execution.js';
import { blocks, hint, type MatcherOutcome } from './support/matcher-text.js';
import { ending } from './support/report.js';
import { plural, quote, times, valueText } from './support/text.js';

/**
 * `expect(execution).toHaveCalled(target, params?)`: a Task called a service at least once, where
 * `target` is the Task state (plain or qualified name), the Resource ARN or the Lambda function name;
 * with `params`, at least one call's parameters match them as `toMatchObject` does (a partial, deep
 * match; asymmetric matchers allowed). The failure lists every call in order.
 * @example
 * expect(execution).toHaveCalled('ChargeCard', { Payload: { orderId: 'o-42' } });
 * expect(execution).toHaveCalled('charge-card');
 */
export function toHaveCalled(this: MatcherState, received: unknown, target: unknown, params?: unknown): MatcherOutcome {
  const result = asExecution(received, 'toHaveCalled');
  if (params !== undefined && (typeof params !== 'object' || params === null)) {
    badArgument(
      'toHaveCalled',
      `params must be an object of expected parameters, e.g. { Payload: { orderId: 'o-42' } }; got ${params === null ? 'null' : typeof params}.`,
    );
  }
  const model = executionModel(result);
  const wanted = callTarget('toHaveCalled', target, model);
  const calls = result.calls.filter((c) => wanted.matches(c));
  const testers = [...this.customTesters, this.utils.iterableEquality, this.utils.subsetEquality];
  const matching = params === undefined ? calls : calls.filter((c) => this.equals(c.input, params, testers));
  const closest = calls[0];
  return {
    pass: matching.length > 0,
    actual: params === undefined || closest === undefined ? calls.length : subsetLike(closest.input, params),
    expected: params ?? 'at least 1 call',
    message: () => {
      const head = hint(this, 'toHaveCalled', params === undefined ? quote(wanted.text) : `${quote(wanted.text)}, params`);
      if (this.isNot) {
        const sentence =
          params === undefined
            ? [`Expected ${quote(wanted.text)} not to be called, but it was, ${times(matching.length)}:`]
            : [
                `Expected ${quote(wanted.text)} not to be called with parameters matching:`,
                `  ${valueText(params, 200)}`,
                `but it was, ${times(matching.length)}:`,
              ];
        return blocks(head, [...sentence, ...callRows(model, matching)], ending(model));
      }
      if (calls.length === 0) {
        return blocks(
          head,
          [
            `Expected ${quote(wanted.text)} to be called; it never was.${callSuggestion(model, wanted)}`,
            result.calls.length === 0
              ? 'The execution made no service call.'
              : `The execution made ${plural(result.calls.length, 'call')}:`,
            ...callRows(model, result.calls),
          ],
          ending(model),
        );
      }
      return blocks(
        head,
        [
          `Expected ${quote(wanted.text)} to be called with parameters matching:`,
          `  ${valueText(params, 200)}`,
          `It was called ${times(calls.length)}, never with matching parameters:`,
          ...callRows(model, calls),
        ],
        ending(model),
      );
    },
  };
}
