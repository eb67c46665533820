import type { MatcherState } from 'vitest';
import { executionModel } from './support/execution-model.js';
import { asExecution } from './support/execution.js';
import { blocks, hint, type MatcherOutcome } from './support/matcher-text.js';
import { ending, timeBlock } from './support/report.js';
import { durationArgument } from './support/time.js';
import { durationText } from './support/text.js';

/**
 * `expect(execution).toHaveTakenLessThan(durationMs)`: start to stop, the execution took less than this
 * much virtual time, in milliseconds.
 * @example
 * expect(execution).toHaveTakenLessThan(5 * 60_000); // fits in an Express workflow
 */
export function toHaveTakenLessThan(this: MatcherState, received: unknown, durationMs: unknown): MatcherOutcome {
  const result = asExecution(received, 'toHaveTakenLessThan');
  const limit = durationArgument('toHaveTakenLessThan', durationMs);
  const took = Date.parse(result.stopTime) - Date.parse(result.startTime);
  return {
    pass: took < limit,
    actual: took,
    expected: limit,
    message: () => {
      const model = executionModel(result);
      const head = hint(this, 'toHaveTakenLessThan', String(limit));
      if (this.isNot) {
        return blocks(
          head,
          `Expected the execution to take ${durationText(limit)} of virtual time or more; it took ${durationText(took)}.`,
          timeBlock(model),
          ending(model),
        );
      }
      return blocks(
        head,
        `Expected the execution to take less than ${durationText(limit)} of virtual time; it took ${durationText(took)}.`,
        timeBlock(model),
        ending(model),
      );
    },
  };
}
