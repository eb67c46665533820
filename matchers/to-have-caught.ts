import type { MatcherState } from 'vitest';
import { caughtError, executionModel } from './support/execution-model.js';
import { asExecution } from './support/execution.js';
import { blocks, hint, type MatcherOutcome } from './support/matcher-text.js';
import { ending, visitBlock } from './support/report.js';
import { checkTextExpectation, expectationText, textMatches } from './support/text-match.js';
import { quote } from './support/text.js';
import { neverEntered, selectorArgument, visitsOf } from './support/visits.js';

/** Visits shown in a failure text. */
const MAX_VISITS = 3;

/**
 * `expect(execution).toHaveCaught(state, error?)`: a `Catch` of the state caught an error (this error
 * name when given: a string, a RegExp or an asymmetric matcher) and the execution went on to the
 * catcher's `Next`.
 * @example
 * expect(execution).toHaveCaught('ChargeCard', 'Lambda.TooManyRequestsException');
 */
export function toHaveCaught(this: MatcherState, received: unknown, state: unknown, error?: unknown): MatcherOutcome {
  const result = asExecution(received, 'toHaveCaught');
  const selector = selectorArgument('toHaveCaught', 'state', state);
  checkTextExpectation('toHaveCaught', 'error', error);
  const model = executionModel(result);
  const visits = visitsOf(model, selector);
  const caught = visits.map((v) => ({ visit: v, caught: caughtError(model, v) })).filter((c) => c.caught !== undefined);
  const hits = caught.filter((c) => textMatches(this, error, c.caught?.error));
  return {
    pass: hits.length > 0,
    actual: caught.map((c) => c.caught?.error),
    expected: error === undefined ? 'an error caught' : error,
    message: () => {
      const args = error === undefined ? quote(selector.text) : `${quote(selector.text)}, ${expectationText(error)}`;
      const head = hint(this, 'toHaveCaught', args);
      const what = error === undefined ? 'an error' : expectationText(error);
      if (this.isNot) {
        const first = hits[0];
        return blocks(
          head,
          `Expected no Catch of ${quote(selector.text)} to catch ${what}, but one caught ${first?.caught?.error ?? ''}${hits.length > 1 ? ` (and ${hits.length - 1} more)` : ''}:`,
          first === undefined ? undefined : visitBlock(model, first.visit),
          ending(model),
        );
      }
      if (visits.length === 0) {
        return blocks(
          head,
          `Expected a Catch of ${quote(selector.text)} to catch ${what}; ${neverEntered(model, selector)}`,
          ending(model),
        );
      }
      const got =
        caught.length === 0
          ? 'none did'
          : `it caught only ${[...new Set(caught.map((c) => c.caught?.error ?? ''))].map((e) => quote(e)).join(', ')}`;
      const shown = visits.slice(-MAX_VISITS);
      return blocks(
        head,
        `Expected a Catch of ${quote(selector.text)} to catch ${what}; ${got}. What happened instead:`,
        shown.flatMap((v, i) => (i === 0 ? visitBlock(model, v) : ['', ...visitBlock(model, v)])),
        ending(model),
      );
    },
  };
}
