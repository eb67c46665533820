import type { MatcherState } from 'vitest';
import { executionModel } from './support/execution-model.js';
import { asExecution } from './support/execution.js';
import { blocks, hint, type MatcherOutcome } from './support/matcher-text.js';
import { ending, timeBlock } from './support/report.js';
import { durationArgument } from './support/time.js';
import { durationText } from './support/text.js';

/**
 * `expect(execution).toHaveTakenVirtual(durationMs)`: start to stop, the execution took exactly this
 * much virtual time (waits, retry back-off, task latency), in milliseconds.
 * @example
 * expect(execution).toHaveTakenVirtual(60 * 60_000 + 2_000); // the warehouse hour plus one 2 s back-off
 */
export function toHaveTakenVirtual(this: MatcherState, received: unknown, durationMs: unknown): MatcherOutcome {
  const result = asExecution(received, 'toHaveTakenVirtual');
  const expected = durationArgument('toHaveTakenVirtual', durationMs);
  const took = Date.parse(result.stopTime) - Date.parse(result.startTime);
  return {
    pass: took === expected,
    actual: took,
    expected,
    message: () => {
      const model = executionModel(result);
      const head = hint(this, 'toHaveTakenVirtual', String(expected));
      if (this.isNot) {
        return blocks(
          head,
          `Expected the execution not to take ${durationText(expected)} of virtual time, but it did.`,
          timeBlock(model),
          ending(model),
        );
      }
      return blocks(
        head,
        `Expected the execution to take ${durationText(expected)} of virtual time; it took ${durationText(took)}.`,
        timeBlock(model),
        ending(model),
      );
    },
  };
}
