import type { MatcherState } from 'vitest';
import { callRows, callSuggestion, callTarget } from './support/calls.js';
import { executionModel } from './support/execution-model.js';
import { asExecution } from './support/execution.js';
import { blocks, hint, type MatcherOutcome } from './support/matcher-text.js';
import { ending } from './support/report.js';
import { plural, quote, times as timesText } from './support/text.js';
import { countArgument } from './support/visits.js';

/**
 * `expect(execution).toHaveCalledTimes(target, times)`: the Task state, Resource ARN or Lambda function
 * was called exactly `times` times; every retry is a call. The failure lists the calls in order.
 * @example
 * expect(execution).toHaveCalledTimes('ChargeCard', 2); // throttled once, then charged
 */
export function toHaveCalledTimes(this: MatcherState, received: unknown, target: unknown, times: unknown): MatcherOutcome {
  const result = asExecution(received, 'toHaveCalledTimes');
  const model = executionModel(result);
  const wanted = callTarget('toHaveCalledTimes', target, model);
  const expected = countArgument('toHaveCalledTimes', 'times', times, false) ?? 0;
  const calls = result.calls.filter((c) => wanted.matches(c));
  return {
    pass: calls.length === expected,
    actual: calls.length,
    expected,
    message: () => {
      const head = hint(this, 'toHaveCalledTimes', `${quote(wanted.text)}, ${expected}`);
      if (this.isNot) {
        return blocks(
          head,
          [`Expected ${quote(wanted.text)} not to be called exactly ${timesText(expected)}, but it was:`, ...callRows(model, calls)],
          ending(model),
        );
      }
      if (calls.length === 0) {
        return blocks(
          head,
          [
            `Expected ${quote(wanted.text)} to be called ${timesText(expected)}; it never was.${callSuggestion(model, wanted)}`,
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
          `Expected ${quote(wanted.text)} to be called ${timesText(expected)}; it was called ${timesText(calls.length)}:`,
          ...callRows(model, calls),
        ],
        ending(model),
      );
    },
  };
}
