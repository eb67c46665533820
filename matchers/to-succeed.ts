import type { MatcherState } from 'vitest';
import { executionModel } from './support/execution-model.js';
import { asExecution } from './support/execution.js';
import { blocks, hint, type MatcherOutcome } from './support/matcher-text.js';
import { ending, failureBlock, outcomeLine, pathLine, topLevelPath } from './support/report.js';

/**
 * `expect(execution).toSucceed()`: the execution ended `SUCCEEDED`.
 * @example
 * expect(await machine.run({ order })).toSucceed();
 */
export function toSucceed(this: MatcherState, received: unknown): MatcherOutcome {
  const result = asExecution(received, 'toSucceed');
  return {
    pass: result.status === 'SUCCEEDED',
    actual: result.status,
    expected: 'SUCCEEDED',
    message: () => {
      const model = executionModel(result);
      if (this.isNot) {
        return blocks(
          hint(this, 'toSucceed'),
          `Expected the execution not to succeed, but it did: ${outcomeLine(model)}.`,
          `Path: ${pathLine(topLevelPath(model))}`,
          ending(model).slice(1),
        );
      }
      return blocks(
        hint(this, 'toSucceed'),
        `Expected the execution to succeed; it did not.`,
        `Path: ${pathLine(topLevelPath(model))}`,
        failureBlock(model),
        ending(model),
      );
    },
  };
}
