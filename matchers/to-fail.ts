import type { MatcherState } from 'vitest';
import { executionModel } from './support/execution-model.js';
import { asExecution } from './support/execution.js';
import { blocks, hint, type MatcherOutcome } from './support/matcher-text.js';
import { ending, failureBlock, outcomeLine, pathLine, topLevelPath } from './support/report.js';
import { checkTextExpectation, expectationText, textMatches } from './support/text-match.js';

/**
 * `expect(execution).toFail(error?, cause?)`: the execution ended `FAILED`, with this error name and
 * cause when given (string for equality, RegExp, or asymmetric matcher).
 * @example
 * expect(execution).toFail('OrderRejected', expect.stringContaining('could not be charged'));
 */
export function toFail(this: MatcherState, received: unknown, error?: unknown, cause?: unknown): MatcherOutcome {
  const result = asExecution(received, 'toFail');
  checkTextExpectation('toFail', 'error', error);
  checkTextExpectation('toFail', 'cause', cause);
  const pass = result.status === 'FAILED' && textMatches(this, error, result.error) && textMatches(this, cause, result.cause);
  const errorArg = error === undefined ? 'undefined' : expectationText(error);
  const args = cause === undefined ? (error === undefined ? '' : errorArg) : `${errorArg}, ${expectationText(cause)}`;
  const wanted =
    error === undefined && cause === undefined
      ? 'to fail'
      : `to fail${error === undefined ? '' : ` with error ${expectationText(error)}`}${cause === undefined ? '' : `${error === undefined ? ' with' : ' and'} cause ${expectationText(cause)}`}`;
  return {
    pass,
    actual: { status: result.status, error: result.error, cause: result.cause },
    expected: {
      status: 'FAILED',
      ...(error === undefined ? { error: result.error } : { error }),
      ...(cause === undefined ? { cause: result.cause } : { cause }),
    },
    message: () => {
      const model = executionModel(result);
      const head = hint(this, 'toFail', args);
      if (this.isNot) {
        return blocks(
          head,
          `Expected the execution not ${wanted}, but it did: ${outcomeLine(model)}.`,
          failureBlock(model),
          ending(model).slice(1),
        );
      }
      return blocks(
        head,
        `Expected the execution ${wanted}; it ended ${outcomeLine(model)}.`,
        `Path: ${pathLine(topLevelPath(model))}`,
        failureBlock(model),
        ending(model).slice(1),
      );
    },
  };
}
